import type { KratosTexts } from '../agrees.ts';

// Kratos' own English texts of the verification ids (brought by `VerificationView`): see ../kratos-texts.ts.
export const kratosVerification: KratosTexts = {
  '1080001': 'An email containing a verification link has been sent to the email address you provided.',
  '1080002': 'You successfully verified your email address.',
  '1080003': 'An email containing a verification code has been sent to the email address you provided.',
  '4010006': 'Could not find a strategy to verify your account with. Did you fill out the form correctly?',
  '4070001': 'The verification token is invalid or has already been used. Please retry the flow.',
  '4070002': 'The request was already completed successfully and can not be retried.',
  '4070003': 'The verification flow reached a failure state and must be retried.',
  '4070005': 'The verification flow expired %.2f minutes ago, please try again.',
  '4070006': 'The verification code is invalid or has already been used. Please try again.',
};
