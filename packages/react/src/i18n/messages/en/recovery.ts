// The English only the recovery flow shows (brought by `RecoveryView`).
import type { Messages } from '../../types.ts';

export const enRecovery = {
  // ── Recovery (1060xxx) ─────────────────────────────────────────────────────────────────────────
  '1060002': 'We have sent an email with a recovery link to the address you entered.',
  '1060003': 'We have sent an email with a recovery code to the address you entered.',

  // ── Flow errors (4010xxx–4070xxx) ──────────────────────────────────────────────────────────────
  '4010005': "We couldn't find a way to recover your account. Did you fill out the form correctly?",
  '4060001': 'This request has already been completed and cannot be repeated.',
  '4060002': 'Account recovery failed. Please start again.',
  '4060003': 'The recovery token is missing. Please request a new recovery email.',
  '4060004': 'This recovery link is invalid or has already been used. Please request a new one.',
  '4060005': 'The recovery form expired {expired_at, relative}. Please try again.',
  '4060006': 'This recovery code is invalid or has already been used. Please try again.',
} satisfies Messages;
