import type { KratosTexts } from '../agrees.ts';

// Kratos' own English texts of the registration ids (brought by `RegistrationView`): see ../kratos-texts.ts.
export const kratosRegistration: KratosTexts = {
  '1040001': 'Sign up',
  '1040002': 'Sign up with %s',
  '1040003': 'Continue',
  '1040004': 'Sign up with security key',
  '4010003': 'Could not find a strategy to sign you up with. Did you fill out the form correctly?',
  '4040001': 'The registration flow expired %.2f minutes ago, please try again.',
};
