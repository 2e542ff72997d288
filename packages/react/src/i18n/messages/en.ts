// English catalog: every message id Kratos v0.9–v0.11 can send (text/id.go), the id variants chosen by
// `messageKey`, and the UI strings of the components (`ui.*`). The texts are our own wording of
// Kratos' meaning. Placeholders are the fields of the message's `context` (see KRATOS-NOTES.md);
// `{x, relative}` renders an RFC 3339 time relative to now ("5 minutes ago", "in 15 minutes").
//
// This is the only locale bundled eagerly; it must not import any other locale.
import type { MessageEntry, Messages } from '../types.ts';
import { lookupSecretList, schemaTitle, secret, serverText } from './shared.ts';

export const en = {
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

  // ── Registration (1040xxx) ─────────────────────────────────────────────────────────────────────
  '1040001': 'Sign up',
  '1040002': 'Sign up with {provider}',
  '1040003': 'Continue',
  '1040004': 'Sign up with security key',

  // ── Settings (1050xxx) ─────────────────────────────────────────────────────────────────────────
  '1050001': 'Your changes have been saved.',
  '1050002': 'Link {provider}',
  '1050003': 'Unlink {provider}',
  '1050004': 'Remove authenticator app',
  '1050005': 'QR code for your authenticator app',
  '1050006': secret,
  '1050007': 'Show backup recovery codes',
  '1050008': 'Create new backup recovery codes',
  '1050009': secret,
  '1050010': 'These are your backup recovery codes. Keep them in a safe place!',
  '1050011': 'Confirm backup recovery codes',
  '1050012': 'Add security key',
  '1050013': 'Security key name',
  '1050014': 'Used on {used_at, datetime}',
  '1050015': lookupSecretList,
  '1050016': 'Turn off this method',
  '1050017': "This is your authenticator app's secret key. Enter it manually if you can't scan the QR code.",
  '1050018': 'Remove security key “{display_name}”',

  // ── Recovery (1060xxx) ─────────────────────────────────────────────────────────────────────────
  '1060001':
    'You have recovered your account. Please change your password or set up another way to sign in (for example, social sign-in) before this recovery session ends {privilegedSessionExpiresAt, relative}.',
  '1060002': 'We have sent an email with a recovery link to the address you entered.',
  '1060003': 'We have sent an email with a recovery code to the address you entered.',

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

  // ── Verification (1080xxx) ─────────────────────────────────────────────────────────────────────
  '1080001': 'We have sent an email with a verification link to the address you entered.',
  '1080002': 'Your email address has been verified.',
  '1080003': 'We have sent an email with a verification code to the address you entered.',

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
  '4010003': "We couldn't find a way to sign you up. Did you fill out the form correctly?",
  '4010004': "We couldn't find a way to update your settings. Did you fill out the form correctly?",
  '4010005': "We couldn't find a way to recover your account. Did you fill out the form correctly?",
  '4010006': "We couldn't find a way to verify your account. Did you fill out the form correctly?",
  '4040001': 'The sign-up form expired {expired_at, relative}. Please try again.',
  '4050001': 'The settings form expired {expired_at, relative}. Please try again.',
  '4060001': 'This request has already been completed and cannot be repeated.',
  '4060002': 'Account recovery failed. Please start again.',
  '4060003': 'The recovery token is missing. Please request a new recovery email.',
  '4060004': 'This recovery link is invalid or has already been used. Please request a new one.',
  '4060005': 'The recovery form expired {expired_at, relative}. Please try again.',
  '4060006': 'This recovery code is invalid or has already been used. Please try again.',
  '4070001': 'This verification link is invalid or has already been used. Please request a new one.',
  '4070002': 'This request has already been completed and cannot be repeated.',
  '4070003': 'Verification failed. Please start again.',
  '4070004': 'The verification token is missing. Please request a new verification email.',
  '4070005': 'The verification form expired {expired_at, relative}. Please try again.',
  '4070006': 'This verification code is invalid or has already been used. Please try again.',

  // ── System (5000xxx) ───────────────────────────────────────────────────────────────────────────
  '5000001': serverText,

  // ── UI: general ────────────────────────────────────────────────────────────────────────────────
  'ui.loading': 'Loading…',
  'ui.submitting': 'Please wait…',
  'ui.retry': 'Try again',
  'ui.reload': 'Reload page',
  'ui.copy': 'Copy',
  'ui.copied': 'Copied!',
  'ui.copy_failed': "Couldn't copy. Please select the text and copy it yourself.",
  'ui.download': 'Download',
  'ui.print': 'Print',
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
  'ui.registration.title': 'Create an account',
  'ui.registration.have_account': 'Already have an account?',
  'ui.registration.sign_in': 'Sign in',
  'ui.recovery.title': 'Recover your account',
  'ui.recovery.back_to_login': 'Back to sign-in',
  'ui.verification.title': 'Verify your email address',
  'ui.verification.continue': 'Continue',
  'ui.settings.title': 'Account settings',

  // ── UI: settings sections (one per node group) ─────────────────────────────────────────────────
  'ui.group.default': 'General',
  'ui.group.password': 'Change password',
  'ui.group.oidc': 'Sign in with social accounts',
  'ui.group.profile': 'Profile',
  'ui.group.totp': 'Authenticator app',
  'ui.group.lookup_secret': 'Backup recovery codes',
  'ui.group.webauthn': 'Security keys',
  'ui.group.link': 'Email link',
  'ui.group.code': 'Email code',
  'ui.group.totp.description': 'Use an app such as Google Authenticator, Authy or 1Password to create sign-in codes.',
  'ui.group.lookup_secret.description': 'One-time codes that let you sign in if you lose access to your other methods.',
  'ui.group.webauthn.description': "Use a hardware security key or your device's fingerprint or face recognition to sign in.",
  'ui.group.oidc.description': 'Connect accounts from other providers to sign in with them.',

  // ── UI: social sign-in ─────────────────────────────────────────────────────────────────────────
  'ui.oidc.sign_in_with': 'Sign in with {provider}',
  'ui.oidc.sign_up_with': 'Sign up with {provider}',
  'ui.oidc.link': 'Link {provider}',
  'ui.oidc.unlink': 'Unlink {provider}',
  'ui.oidc.divider': 'or continue with',

  // ── UI: second factors ─────────────────────────────────────────────────────────────────────────
  'ui.lookup_secrets.title': 'Backup recovery codes',
  'ui.lookup_secrets.description': 'Each code works once. Store them somewhere safe, such as a password manager.',
  'ui.lookup_secrets.used': 'used',
  'ui.lookup_secrets.filename': 'recovery-codes.txt',
  'ui.totp.qr_alt': 'QR code to scan with your authenticator app',
  'ui.totp.secret_label': "Can't scan the code? Enter this key instead:",
  'ui.webauthn.waiting': 'Follow the instructions of your browser to use your security key…',

  // ── UI: OAuth2 consent (Hydra) ─────────────────────────────────────────────────────────────────
  'ui.consent.title': '{client} wants to access your account',
  'ui.consent.audiences': 'It can use this access at:',
  'ui.consent.no_scopes': 'No permissions were requested.',
  'ui.oauth2_login.title': 'Sign in to {client}',
  'ui.sessions.methods': 'Signed in with: {methods}',
  'ui.error.error': 'Something went wrong. Please try again.',
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
  'ui.logout.accept': 'Sign out',
  'ui.logout.reject': 'Stay signed in',
  'ui.logout.done': 'You have been signed out.',

  // ── UI: sessions ───────────────────────────────────────────────────────────────────────────────
  'ui.sessions.title': 'Active sessions',
  'ui.sessions.current': 'Current session',
  'ui.sessions.this_device': 'This device',
  'ui.sessions.other': 'Other sessions',
  'ui.sessions.none_other': 'You have no other active sessions.',
  'ui.sessions.device': 'Device',
  'ui.sessions.unknown_device': 'Unknown device',
  'ui.sessions.ip': 'IP address',
  'ui.sessions.location': 'Location',
  'ui.sessions.last_active': 'Last active {time, relative}',
  'ui.sessions.signed_in': 'Signed in {time, datetime}',
  'ui.sessions.expires': 'Expires {time, relative}',
  'ui.sessions.revoke': 'Sign out this session',
  'ui.sessions.revoke_all_others': 'Sign out all other sessions',
  'ui.sessions.revoked': 'The session was signed out.',
  'ui.sessions.revoked_others': 'All other sessions were signed out.',

  // ── UI: error page ─────────────────────────────────────────────────────────────────────────────
  'ui.error_view.title': 'Something went wrong',
  'ui.error_view.text': 'An error occurred. Please go back and try again.',
  'ui.error_view.back': 'Back to sign-in',
  'ui.error_view.home': 'Go to the home page',
  'ui.error_view.id': 'Error ID: {id}',

  // ── UI: theme and language ─────────────────────────────────────────────────────────────────────
  'ui.theme.label': 'Theme',
  'ui.theme.light': 'Light',
  'ui.theme.dark': 'Dark',
  'ui.theme.system': 'System',
  'ui.locale.label': 'Language',
  'ui.locale.en': 'English',
  'ui.locale.de': 'German',
  'ui.locale.fr': 'French',
  'ui.locale.es': 'Spanish',
  'ui.locale.pt-BR': 'Portuguese (Brazil)',
  'ui.locale.ja': 'Japanese',
} satisfies Messages;

/** A key of the English catalog: every key the kit itself uses. */
export type KnownMessageKey = keyof typeof en;

/** The shape every locale module must have: exactly the English keys. */
export type Catalog = { [K in KnownMessageKey]: MessageEntry };
