// English texts for UI keys the catalogs do not have (yet). The translator is always asked first; these
// only keep a raw key such as `ui.consent.audiences` from ever reaching the screen.
export const CHROME_DEFAULTS: Readonly<Record<string, string>> = {
  'ui.consent.audiences': 'It can use this access at:',
  'ui.consent.no_scopes': 'No permissions were requested.',
  'ui.oauth2_login.title': 'Sign in to {client}',
  'ui.sessions.methods': 'Signed in with: {methods}',
  'ui.error.error': 'Something went wrong. Please try again.',
};
