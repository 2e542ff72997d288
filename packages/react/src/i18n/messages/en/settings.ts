// The English only the settings flow shows (brought by `SettingsView`): its messages, section titles,
// backup codes, the TOTP secret, confirmations, and the recovery message a recovered account lands with.
import type { Messages } from '../../types.ts';
import { lookupSecretList, secret } from '../shared.ts';

export const enSettings = {
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
  '1050014': 'Used on {used_at, datetime}',
  '1050015': lookupSecretList,
  '1050016': 'Turn off this method',
  '1050017': "This is your authenticator app's secret key. Enter it manually if you can't scan the QR code.",
  '1050018': 'Remove security key “{display_name}”',

  // ── Recovery (1060xxx) ─────────────────────────────────────────────────────────────────────────
  '1060001':
    'You have recovered your account. Please change your password or set up another way to sign in (for example, social sign-in) before this recovery session ends {privilegedSessionExpiresAt, relative}.',

  // ── Flow errors (4010xxx–4070xxx) ──────────────────────────────────────────────────────────────
  '4010004': "We couldn't find a way to update your settings. Did you fill out the form correctly?",
  '4050001': 'The settings form expired {expired_at, relative}. Please try again.',

  // ── UI: general ────────────────────────────────────────────────────────────────────────────────
  'ui.copy': 'Copy',
  'ui.copied': 'Copied!',
  'ui.copy_failed': "Couldn't copy. Please select the text and copy it yourself.",
  'ui.download': 'Download',
  'ui.print': 'Print',

  // ── UI: flow cards ─────────────────────────────────────────────────────────────────────────────
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
  'ui.oidc.link': 'Link {provider}',
  'ui.oidc.unlink': 'Unlink {provider}',

  // ── UI: second factors ─────────────────────────────────────────────────────────────────────────
  'ui.lookup_secrets.title': 'Backup recovery codes',
  'ui.lookup_secrets.description': 'Each code works once. Store them somewhere safe, such as a password manager.',
  'ui.lookup_secrets.used': 'used',
  'ui.lookup_secrets.filename': 'recovery-codes.txt',
  'ui.totp.qr_alt': 'QR code to scan with your authenticator app',
  'ui.totp.secret_label': "Can't scan the code? Enter this key instead:",

  // ── UI: confirmations ──────────────────────────────────────────────────────────────────────────
  'ui.confirm.totp_unlink.title': 'Remove the authenticator app?',
  'ui.confirm.totp_unlink.body': "You won't be asked for a code from the app when you sign in. You can set it up again at any time.",
  'ui.confirm.totp_unlink.confirm': 'Remove app',
  'ui.confirm.lookup_secret_disable.title': 'Turn off backup codes?',
  'ui.confirm.lookup_secret_disable.body': 'Your backup codes will stop working.',
  'ui.confirm.lookup_secret_disable.confirm': 'Turn off',
  'ui.confirm.lookup_secret_regenerate.title': 'Create new backup codes?',
  'ui.confirm.lookup_secret_regenerate.body': 'The codes you have now stop working once you save the new ones.',
  'ui.confirm.lookup_secret_regenerate.confirm': 'Create new codes',
  'ui.confirm.webauthn_remove.title': 'Remove this security key?',
  'ui.confirm.webauthn_remove.body': "You won't be able to sign in with it any more.",
  'ui.confirm.webauthn_remove.confirm': 'Remove key',
  'ui.confirm.unlink.title': 'Disconnect {provider}?',
  'ui.confirm.unlink.body': "You won't be able to sign in with {provider} any more.",
  'ui.confirm.unlink.confirm': 'Disconnect',
} satisfies Messages;
