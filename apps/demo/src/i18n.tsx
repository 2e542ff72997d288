// The demo's own chrome (header, navigation, home page) in every kit locale. The strings are `demo.*`
// keys handed to <OryComponentsProvider overrides>, so the pages read them with the kit's `useTranslate()`
// like any kit string, and words the kit already has (Sign in, Theme, Language, …) come from its catalogs.
// English is here; the other languages are one lazily loaded chunk (i18n-locales.ts).
import { Fragment, type ReactNode } from 'react';
import type { Messages } from '@orykit/react';

export const demoEn = {
  'demo.skip': 'Skip to content',
  'demo.nav.label': 'Main',
  'demo.nav.home': 'Home',
  'demo.nav.settings': 'Settings',
  'demo.nav.sessions': 'Sessions',
  'demo.nav.oauth2': 'OAuth2 client',
  'demo.nav.admin': 'Admin',
  'demo.finish_sign_in': 'Finish signing in',
  'demo.footer': 'orykit demo — Ory v0alpha2 (Kratos + Hydra) from React.',
  'demo.home.loading': 'Loading your session…',
  'demo.home.aal2_title': 'One more step',
  'demo.home.aal2_text': 'Your account has a second factor. Confirm it to continue.',
  'demo.home.aal2_action': 'Use your second factor',
  'demo.home.hero': 'Ory, from React, with pleasure.',
  'demo.home.lead':
    'Every Kratos self-service flow, Hydra OAuth2 login and consent, and an admin console — rendered by {react} from the nodes the server sends, driven by {reactQuery}.',
  'demo.home.session_error': 'The session could not be read: {error}',
  'demo.home.emulator_note': 'Running on the embedded emulator: sign in as {email} with {password}, and find codes sent by email in {courier}.',
  'demo.home.courier': 'Admin → Courier',
  'demo.home.signed_in': 'Signed in',
  'demo.home.welcome': 'Welcome, {name}',
  'demo.home.unverified': '{addresses}: not verified yet.',
  'demo.home.verify_now': 'Verify now',
  'demo.home.aal': 'Assurance level',
  'demo.home.methods': 'Signed in with',
  'demo.home.authenticated': 'Authenticated',
  'demo.home.expires': 'Expires',
  'demo.home.identity': 'Identity',
  'demo.home.session': 'Session',
  'demo.home.all_sessions': 'all sessions',
  'demo.home.traits': 'Traits',
  'demo.home.traits_text': 'What the identity schema says about you, as Kratos stores it.',
  'demo.method.v0.6_legacy_session': 'Legacy session',
  'demo.title': '{page} · orykit demo',
  'demo.title.oauth2_login': 'Sign in to an app',
  'demo.title.oauth2_logout': 'Sign out of an app',
  'demo.not_found.title': 'Page not found',
  'demo.not_found.text': 'Nothing lives at this address.',
  'demo.error.no_id': 'No error id in the address (?id=…).',
  'demo.sessions.aal2_text': 'Confirm your second factor to see your sessions.',
  'demo.sessions.sign_in_text': 'Sign in to see where your account is signed in.',
  'demo.client.title': 'OAuth2 sample client',
  'demo.client.heading': 'Sample client',
  'demo.client.intro':
    "A third-party app that signs users in with Hydra. Hydra sends the browser to this demo's {login} and {consent} pages, which answer with the Kratos session.",
  'demo.client.register': 'Register the sample client',
  'demo.client.registering': 'Registering…',
  'demo.client.gone': 'The stored client no longer exists; register it again.',
  'demo.client.authentication': 'Authentication',
  'demo.client.scopes': 'Scopes to request',
  'demo.client.prompt': 'Prompt',
  'demo.client.prompt_none': '(none)',
  'demo.client.prompt_login': 'login — always ask to sign in',
  'demo.client.prompt_consent': 'consent — always ask for consent',
  'demo.client.start': 'Sign in with orykit',
  'demo.client.delete': 'Delete the client',
  'demo.client.last': 'Last sign-in',
  'demo.client.last_text': 'Subject {subject}, scopes {scopes}.',
  'demo.client.show_tokens': 'Show tokens',
  'demo.client.sign_out': 'Sign out of the sample client',
  'demo.callback.denied': 'Authorization failed',
  'demo.callback.failed': 'Token exchange failed',
  'demo.callback.back': 'Back to the sample client',
  'demo.callback.signing_in': 'Signing you in…',
  'demo.callback.exchanging': 'Exchanging the authorization code for tokens.',
  'demo.callback.signed_in': 'Signed in with orykit',
  'demo.callback.not_registered': 'The sample client is not registered in this browser.',
  'demo.callback.state_mismatch': 'The state does not match the authorization this browser started (possible CSRF).',
  'demo.callback.nonce_mismatch': 'The ID token nonce does not match.',
  'demo.callback.ask_for': '— (ask for {scope})',
} satisfies Messages;

export type DemoKey = keyof typeof demoEn;
/** Every other locale: exactly the English keys. */
export type DemoCatalog = { readonly [K in DemoKey]: string };

/** The demo strings for a kit locale code: English under the locale's own, so a missing key reads English. */
export async function loadDemoMessages(locale: string): Promise<Messages> {
  if (locale === 'en') return demoEn;
  try {
    const own = (await import('./i18n-locales.ts')).demoLocales[locale];
    return own ? { ...demoEn, ...own } : demoEn;
  } catch {
    return demoEn;
  }
}

/**
 * A translated sentence with elements in it: each `{name}` becomes `parts[name]`.
 * @example rich(t('demo.home.lead'), { react: <code>@orykit/react</code> })
 */
export function rich(text: string, parts: Record<string, ReactNode>): ReactNode {
  return text.split(/\{(\w+)\}/).map((piece, i) => <Fragment key={i}>{i % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece}</Fragment>);
}
