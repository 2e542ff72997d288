// The English only the registration flow shows (brought by `RegistrationView`).
import type { Messages } from '../../types.ts';

export const enRegistration = {
  // ── Registration (1040xxx) ─────────────────────────────────────────────────────────────────────
  '1040001': 'Sign up',
  '1040002': 'Sign up with {provider}',
  '1040003': 'Continue',
  '1040004': 'Sign up with security key',

  // ── Flow errors (4010xxx–4070xxx) ──────────────────────────────────────────────────────────────
  '4010003': "We couldn't find a way to sign you up. Did you fill out the form correctly?",
  '4040001': 'The sign-up form expired {expired_at, relative}. Please try again.',

  // ── UI: flow cards ─────────────────────────────────────────────────────────────────────────────
  'ui.registration.have_account': 'Already have an account?',

  // ── UI: social sign-in ─────────────────────────────────────────────────────────────────────────
  'ui.oidc.sign_up_with': 'Sign up with {provider}',
} satisfies Messages;
