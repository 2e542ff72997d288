import type { TemplateType } from './types.ts';

// Kratos v0.11's built-in email templates (courier/template/courier/builtin/templates/*), plain-text
// bodies as the courier stores them.

export interface Rendered {
  subject: string;
  body: string;
  template_type: TemplateType;
}

const ACCESS_ATTEMPTED =
  'Hi,\n\nyou (or someone else) entered this email address when trying to recover access to an account.\n\n' +
  'However, this email address is not on our database of registered users and therefore the attempt has failed.\n\n' +
  'If this was you, check if you signed up using a different address.\n\nIf this was not you, please ignore this email.\n';

const VERIFY_UNKNOWN =
  'Hi,\n\nsomeone asked to verify this email address, but we were unable to find an account for this address.\n\n' +
  'If this was you, check if you signed up using a different address.\n\nIf this was not you, please ignore this email.\n';

export const templates = {
  recoveryInvalid: (): Rendered => ({ subject: 'Account access attempted', body: ACCESS_ATTEMPTED, template_type: 'recovery_invalid' }),
  recoveryValid: (url: string): Rendered => ({
    subject: 'Recover access to your account',
    body: `Hi,\n\nplease recover access to your account by clicking the following link:\n\n${url}\n`,
    template_type: 'recovery_valid',
  }),
  recoveryCodeInvalid: (): Rendered => ({ subject: 'Account access attempted', body: ACCESS_ATTEMPTED, template_type: 'recovery_code_invalid' }),
  recoveryCodeValid: (code: string): Rendered => ({
    subject: 'Recover access to your account',
    body: `Hi,\n\nplease recover access to your account by entering the following code:\n\n${code}\n`,
    template_type: 'recovery_code_valid',
  }),
  verificationInvalid: (): Rendered => ({ subject: 'Someone tried to verify this email address', body: VERIFY_UNKNOWN, template_type: 'verification_invalid' }),
  verificationValid: (url: string): Rendered => ({
    subject: 'Please verify your email address',
    body: `Hi, please verify your account by clicking the following link:\n\n${url}\n\n`,
    template_type: 'verification_valid',
  }),
  verificationCodeInvalid: (): Rendered => ({
    subject: 'Someone tried to verify this email address',
    body: VERIFY_UNKNOWN,
    template_type: 'verification_code_invalid',
  }),
  verificationCodeValid: (code: string, url: string): Rendered => ({
    subject: 'Please verify your email address',
    body: `Hi,\n\nplease verify your account by entering the following code:\n\n${code}\n\nor clicking the following link:\n\n${url}\n`,
    template_type: 'verification_code_valid',
  }),
};
