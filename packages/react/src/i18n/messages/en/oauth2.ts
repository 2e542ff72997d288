// The English of the OAuth2 cards (brought by `Consent`, `OAuth2Login`, `OAuth2Logout` and `Logout`).
import type { Messages } from '../../types.ts';

export const enOAuth2 = {
  // ── UI: OAuth2 consent (Hydra) ─────────────────────────────────────────────────────────────────
  'ui.consent.title': '{client} wants to access your account',
  'ui.consent.audiences': 'It can use this access at:',
  'ui.consent.no_scopes': 'No permissions were requested.',
  'ui.oauth2_login.title': 'Sign in to {client}',
  'ui.consent.signed_in_as': 'Signed in as {subject}',
  'ui.consent.scopes': 'This will allow {client} to:',
  'ui.consent.scope.openid': 'Confirm your identity',
  'ui.consent.scope.offline': "Stay connected when you aren't using it",
  'ui.consent.scope.offline_access': "Stay connected when you aren't using it",
  'ui.consent.scope.email': 'See your email address',
  'ui.consent.scope.profile': 'See your profile information, such as your name',
  'ui.consent.scope.unknown': 'Use the permission “{scope}”',
  'ui.consent.remember': 'Remember my decision',
  'ui.consent.accept': 'Allow access',
  'ui.consent.reject': 'Deny',
  'ui.consent.id_token': 'Information shared with {client}',
  'ui.consent.policy': 'Privacy policy',
  'ui.consent.tos': 'Terms of service',
  'ui.consent.client_uri': 'About {client}',

  // ── UI: logout ─────────────────────────────────────────────────────────────────────────────────
  'ui.logout.title': 'Sign out',
  'ui.logout.confirm': 'Do you want to sign out?',
  'ui.logout.confirm_client': '{client} asks you to sign out. Do you want to sign out?',
  'ui.logout.reject': 'Stay signed in',
  'ui.logout.done': 'You have been signed out.',

  // ── UI: OAuth2 consent and login (Hydra) ───────────────────────────────────────────────────────
  'ui.consent.required': 'Required',
  'ui.oauth2_login.other_account': 'Use another account',
} satisfies Messages;
