import type { KratosTexts } from '../agrees.ts';

// Kratos' own English texts of the recovery ids (brought by `RecoveryView`): see ../kratos-texts.ts.
export const kratosRecovery: KratosTexts = {
  '1060002': 'An email containing a recovery link has been sent to the email address you provided.',
  '1060003': 'An email containing a recovery code has been sent to the email address you provided.',
  '4010005': 'Could not find a strategy to recover your account with. Did you fill out the form correctly?',
  '4060001': 'The request was already completed successfully and can not be retried.',
  '4060002': 'The recovery flow reached a failure state and must be retried.',
  '4060004': 'The recovery token is invalid or has already been used. Please retry the flow.',
  '4060005': 'The recovery flow expired %.2f minutes ago, please try again.',
  '4060006': 'The recovery code is invalid or has already been used. Please try again.',
};
