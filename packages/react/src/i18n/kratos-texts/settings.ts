import type { KratosTexts } from '../agrees.ts';

// Kratos' own English texts of the settings ids and the recovered-account message (brought by `SettingsView`): see ../kratos-texts.ts.
export const kratosSettings: KratosTexts = {
  '1050001': 'Your changes have been saved!',
  '1050002': 'Link %s',
  '1050003': 'Unlink %s',
  '1050004': 'Unlink TOTP Authenticator App',
  '1050005': 'Authenticator app QR code',
  '1050007': 'Reveal backup recovery codes',
  '1050008': 'Generate new backup recovery codes',
  '1050010': 'These are your back up recovery codes. Please keep them in a safe place!',
  '1050011': 'Confirm backup recovery codes',
  '1050012': 'Add security key',
  '1050014': 'Secret was used at %s',
  '1050016': 'Disable this method',
  '1050017': 'This is your authenticator app secret. Use it if you can not scan the QR code.',
  '1050018': 'Remove security key "%s"',
  '1060001': 'You successfully recovered your account. Please change your password or set up an alternative login method (e.g. social sign in) within the next %.2f minutes.',
  '4010004': 'Could not find a strategy to update your settings. Did you fill out the form correctly?',
  '4050001': 'The settings flow expired %.2f minutes ago, please try again.',
};
