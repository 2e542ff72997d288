// The English only the verification flow shows (brought by `VerificationView`).
import type { Messages } from '../../types.ts';

export const enVerification = {
  // ── Verification (1080xxx) ─────────────────────────────────────────────────────────────────────
  '1080001': 'We have sent an email with a verification link to the address you entered.',
  '1080002': 'Your email address has been verified.',
  '1080003': 'We have sent an email with a verification code to the address you entered.',

  // ── Flow errors (4010xxx–4070xxx) ──────────────────────────────────────────────────────────────
  '4010006': "We couldn't find a way to verify your account. Did you fill out the form correctly?",
  '4070001': 'This verification link is invalid or has already been used. Please request a new one.',
  '4070002': 'This request has already been completed and cannot be repeated.',
  '4070003': 'Verification failed. Please start again.',
  '4070004': 'The verification token is missing. Please request a new verification email.',
  '4070005': 'The verification form expired {expired_at, relative}. Please try again.',
  '4070006': 'This verification code is invalid or has already been used. Please try again.',

  // ── UI: flow cards ─────────────────────────────────────────────────────────────────────────────
  'ui.verification.title': 'Verify your email address',
  'ui.verification.continue': 'Continue',
  'ui.verification.completing': 'Verifying your email address…',
} satisfies Messages;
