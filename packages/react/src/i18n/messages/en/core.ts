// The English every flow can show, bundled with every component: login (1010xxx), node labels (1070xxx),
// validation (4000xxx), the login's flow errors, and the kit's own strings (problems, buttons, method names).
import type { Messages } from '../../types.ts';
import { schemaTitle, serverText } from '../shared.ts';

export const enCore = {
  // ── Login (1010xxx) ────────────────────────────────────────────────────────────────────────────
  '1010001': 'Sign in',
  '1010001.webauthn': 'Sign in with security key',
  '1010002': 'Sign in with {provider}',
  '1010003': 'Please confirm this action by verifying that it is you.',
  '1010004': 'Please complete the second authentication step.',
  '1010005': 'Verify',
  '1010006': 'Authentication code',
  '1010007': 'Backup recovery code',
  '1010008': 'Use security key',
  '1010009': 'Use authenticator app',
  '1010010': 'Use backup recovery code',
  '1010011': 'Continue with security key',
  '1010012': 'Get your security key or biometric sensor ready, then press Continue.',
  '1010013': 'Continue',

  // ── Node labels (1070xxx) ──────────────────────────────────────────────────────────────────────
  '1070001': 'Password',
  '1070002': schemaTitle,
  '1070003': 'Save',
  '1070004': 'ID',
  '1070005': 'Submit',
  '1070006': 'Verification code',
  '1070007': 'Email',
  '1070007.resend': 'Resend code',
  '1070008': 'Resend code',
  '1070009': 'Continue',

  // The security key's name: asked at registration (passwordless) and in settings.
  '1050013': 'Security key name',

  // ── Validation (4000xxx) ───────────────────────────────────────────────────────────────────────
  '4000001': serverText,
  '4000002': 'The field “{property}” is required.',
  '4000003': 'This must be at least {expected_length} long, but it is {actual_length}.',
  '4000004': '“{actual_value}” is not a valid {expected_format}.',
  '4000005': 'This password cannot be used because {reason}.',
  '4000005.min_length': 'The password must be at least {min_length} characters long; it has {actual_length}.',
  '4000005.similar': 'The password is too similar to your identifier (such as your email address or username).',
  '4000005.breached': 'This password has appeared in a data breach and must no longer be used. Please choose another one.',
  '4000005.network': "We couldn't check whether this password has been leaked. Please try again.",
  '4000006': 'The credentials are invalid. Check your password and your username, email address or phone number for typos.',
  '4000007': 'An account with this identifier (email address, phone number, username, …) already exists.',
  '4000008': 'The authentication code is invalid. Please try again.',
  '4000009': "We couldn't find a sign-in identifier. Did you forget to fill one in? This can also be caused by a server misconfiguration.",
  '4000010': 'Your account is not active yet. Did you verify your email address?',
  '4000011': "You haven't set up an authenticator app.",
  '4000012': 'This backup recovery code has already been used.',
  '4000013': "You haven't set up a security key.",
  '4000014': "You haven't set up backup recovery codes.",
  '4000015': "This account doesn't exist or has no security key set up.",
  '4000016': 'This backup recovery code is not valid.',

  // ── Flow errors (4010xxx–4070xxx) ──────────────────────────────────────────────────────────────
  '4010001': 'The sign-in form expired {expired_at, relative}. Please try again.',
  '4010002': "We couldn't find a way to sign you in. Did you fill out the form correctly?",

  // ── System (5000xxx) ───────────────────────────────────────────────────────────────────────────
  '5000001': serverText,

  // ── UI: general ────────────────────────────────────────────────────────────────────────────────
  'ui.loading': 'Loading…',
  'ui.submitting': 'Please wait…',
  'ui.retry': 'Try again',
  'ui.reload': 'Reload page',
  'ui.show_password': 'Show password',
  'ui.hide_password': 'Hide password',
  'ui.required': 'Required',
  'ui.optional': 'Optional',
  'ui.close': 'Close',
  'ui.cancel': 'Cancel',
  'ui.back': 'Back',
  'ui.continue': 'Continue',
  'ui.or': 'or',
  'ui.messages': 'Messages',

  // Identity-schema traits: the login identifier's label and well-known trait titles (1070002).
  'ui.trait.email': 'Email',
  'ui.trait.username': 'Username',
  'ui.trait.phone': 'Phone number',
  'ui.trait.first_name': 'First name',
  'ui.trait.last_name': 'Last name',
  'ui.trait.name': 'Name',

  // ── UI: errors the client detects ──────────────────────────────────────────────────────────────
  'ui.error.network': "We couldn't reach the server. Check your connection and try again.",
  'ui.error.timeout': 'The server took too long to respond. Please try again.',
  'ui.error.server': 'Something went wrong on our side. Please try again in a moment.',
  'ui.error.rate_limited': 'Too many attempts. Please wait a moment and try again.',
  'ui.error.malformed_flow': "We received a response we couldn't understand. Please reload the page.",
  'ui.error.form_action_refused': "This form points to an address that isn't this app's sign-in server, so it won't be sent there.",
  'ui.error.unknown_node': "This part of the form can't be displayed.",
  'ui.error.webauthn_unsupported':
    "This browser doesn't support security keys or passkeys. Try another browser or another way to sign in.",
  'ui.error.webauthn_invalid_trigger': "This security key action can't be started. Please reload the page and try again.",
  'ui.error.webauthn_script_missing': "The security key script couldn't be loaded. Please reload the page.",
  'ui.error.webauthn_cancelled': 'The security key request was cancelled or timed out.',
  'ui.error.webauthn_timed_out': 'The security key request timed out. Please try again.',
  'ui.error.webauthn_already_registered': 'This security key is already registered. Use another key, or sign in with this one.',
  'ui.error.webauthn_failed': "The security key couldn't be used. Please try again or use another way to sign in.",

  // ── UI: flow states ────────────────────────────────────────────────────────────────────────────
  'ui.flow.expired': 'This form expired, so we started a new one. Please try again.',
  'ui.flow.csrf':
    'The security check for this form failed. This can happen when cookies are blocked or the page was open for a long time. Please try again.',
  'ui.flow.replaced': 'This form was replaced by a newer one.',
  'ui.flow.session_already_available': 'You are already signed in.',
  'ui.flow.aal2_required': 'Please complete the second sign-in step to continue.',
  'ui.flow.refresh_required': 'Please sign in again to confirm it is you.',
  'ui.flow.return_to_forbidden': 'The address you were about to be sent to is not allowed.',
  'ui.flow.unverified': 'Please verify your email address first. Check your inbox for the verification message, or request a new one.',
  'ui.flow.disabled': "This isn't available: it has been turned off.",
  'ui.flow.redirecting': 'Redirecting…',

  // Problems: the sentence and the action of the problem alert (flows/problem-text.ts).
  'ui.problem.details': 'Technical details',
  'ui.problem.start_over': 'Start over',
  'ui.problem.sign_in': 'Sign in again',
  'ui.problem.go_back': 'Go back',
  'ui.problem.signed_out': "You're signed out, or your session has ended. Please sign in again.",
  'ui.problem.identity_mismatch': 'This form was started while signed in to a different account. Please start over.',
  'ui.problem.redirect_refused': "We couldn't take you to the next step. Please start over.",
  'ui.problem.forbidden': "You aren't allowed to do this.",
  'ui.problem.not_found': "We couldn't find what you were looking for. It may have expired. Please start over.",

  // ── UI: flow cards ─────────────────────────────────────────────────────────────────────────────
  'ui.login.title': 'Sign in',
  'ui.login.title_refresh': 'Confirm it is you',
  'ui.login.title_aal2': 'Two-factor authentication',
  'ui.login.no_account': "Don't have an account?",
  'ui.login.sign_up': 'Sign up',
  'ui.login.forgot_password': 'Forgot your password?',
  'ui.login.sign_out_instead': 'Sign out instead',
  'ui.login.verify_address': 'Verify your email address',
  'ui.registration.sign_in': 'Sign in',
  'ui.recovery.back_to_login': 'Back to sign-in',

  // ── UI: social sign-in ─────────────────────────────────────────────────────────────────────────
  'ui.oidc.sign_in_with': 'Sign in with {provider}',
  'ui.oidc.divider': 'or continue with',

  // ── UI: second factors ─────────────────────────────────────────────────────────────────────────
  'ui.webauthn.waiting': 'Follow the instructions of your browser to use your security key…',

  // A problem of no known kind.
  'ui.error.error': 'Something went wrong. Please try again.',

  // ── UI: method state and names (settings, sessions, apps) ───────────────────────────────────────
  'ui.method.on': 'On',
  'ui.method.on_since': 'On since {time, date}',
  'ui.method.off': 'Off',
  'ui.method.password': 'Password',
  'ui.method.totp': 'Authenticator app',
  'ui.method.lookup_secret': 'Backup code',
  'ui.method.webauthn': 'Security key',
  'ui.method.oidc': 'Social sign-in',
  'ui.method.code_recovery': 'Recovery code',
  'ui.method.link_recovery': 'Recovery link',
  'ui.method.code': 'Email code',

  // ── UI: error page ─────────────────────────────────────────────────────────────────────────────
  'ui.error_view.title': 'Something went wrong',
  'ui.error_view.text': 'An error occurred. Please go back and try again.',
  'ui.error_view.back': 'Back to sign-in',
  'ui.error_view.home': 'Go to the home page',
  'ui.error_view.id': 'Error ID: {id}',

  // Flow titles and a sign-out label that apps also use in their own navigation.
  'ui.logout.accept': 'Sign out',
  'ui.recovery.title': 'Recover your account',
  'ui.registration.title': 'Create an account',
  'ui.sessions.title': 'Active sessions',

  // ── UI: theme and language ─────────────────────────────────────────────────────────────────────
  'ui.theme.label': 'Theme',
  'ui.theme.light': 'Light',
  'ui.theme.dark': 'Dark',
  'ui.theme.system': 'System',
  'ui.locale.label': 'Language',
} satisfies Messages;
