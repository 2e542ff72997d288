import type { UiText } from './types.ts';

// Kratos v0.11's text/message_*.go, one constructor per message. Texts are English; `context`
// carries the run-time values. A message built with Kratos' `context(nil)` has `context: {}`;
// one built without a context has none.

type Ctx = Record<string, unknown>;

function info(id: number, text: string, context?: Ctx): UiText {
  return context === undefined ? { id, text, type: 'info' } : { id, text, type: 'info', context };
}
function error(id: number, text: string, context?: Ctx): UiText {
  return context === undefined ? { id, text, type: 'error' } : { id, text, type: 'error', context };
}
function success(id: number, text: string, context?: Ctx): UiText {
  return context === undefined ? { id, text, type: 'success' } : { id, text, type: 'success', context };
}

/** Go's `%.2f` of minutes. */
const minutes = (ms: number): string => (ms / 60000).toFixed(2);
const iso = (ms: number): string => new Date(ms).toISOString();

export const text = {
  // login 1010xxx
  loginReAuth: () => info(1010003, 'Please confirm this action by verifying that it is you.', {}),
  loginMFA: () => info(1010004, 'Please complete the second authentication challenge.', {}),
  loginTOTPLabel: () => info(1010006, 'Authentication code', {}),
  loginLookupLabel: () => info(1010007, 'Backup recovery code', {}),
  login: () => info(1010001, 'Sign in', {}),
  loginPasswordlessWebAuthn: () => info(1010001, 'Sign in with security key', {}),
  loginTOTP: () => info(1010009, 'Use Authenticator', {}),
  loginLookup: () => info(1010010, 'Use backup recovery code', {}),
  loginVerify: () => info(1010005, 'Verify', {}),
  loginWith: (provider: string) => info(1010002, `Sign in with ${provider}`, { provider }),
  loginWebAuthn: () => info(1010008, 'Use security key'),
  loginContinueWebAuthn: () => info(1010011, 'Continue with security key'),
  loginWebAuthnPasswordless: () =>
    info(1010012, 'Prepare your WebAuthn device (e.g. security key, biometrics scanner, ...) and press continue.', {}),
  loginContinue: () => info(1010013, 'Continue'),
  loginFlowExpired: (expiredAt: number, now: number) =>
    error(4010001, `The login flow expired ${minutes(now - expiredAt)} minutes ago, please try again.`, { expired_at: iso(expiredAt) }),
  loginNoStrategy: () => error(4010002, 'Could not find a strategy to log you in with. Did you fill out the form correctly?'),
  registrationNoStrategy: () => error(4010003, 'Could not find a strategy to sign you up with. Did you fill out the form correctly?'),
  settingsNoStrategy: () => error(4010004, 'Could not find a strategy to update your settings. Did you fill out the form correctly?'),
  recoveryNoStrategy: () => error(4010005, 'Could not find a strategy to recover your account with. Did you fill out the form correctly?'),
  verificationNoStrategy: () => error(4010006, 'Could not find a strategy to verify your account with. Did you fill out the form correctly?'),

  // registration 1040xxx
  registration: () => info(1040001, 'Sign up', {}),
  registrationWith: (provider: string) => info(1040002, `Sign up with ${provider}`, { provider }),
  registrationContinue: () => info(1040003, 'Continue'),
  registrationRegisterWebAuthn: () => info(1040004, 'Sign up with security key'),
  registrationFlowExpired: (expiredAt: number, now: number) =>
    error(4040001, `The registration flow expired ${minutes(now - expiredAt)} minutes ago, please try again.`, { expired_at: iso(expiredAt) }),

  // settings 1050xxx
  settingsFlowExpired: (expiredAt: number, now: number) =>
    error(4050001, `The settings flow expired ${minutes(now - expiredAt)} minutes ago, please try again.`, { expired_at: iso(expiredAt) }),
  settingsUpdateSuccess: () => success(1050001, 'Your changes have been saved!'),
  settingsLinkOidc: (provider: string) => info(1050002, `Link ${provider}`, { provider }),
  settingsUnlinkOidc: (provider: string) => info(1050003, `Unlink ${provider}`, { provider }),
  settingsUnlinkTOTP: () => info(1050004, 'Unlink TOTP Authenticator App'),
  settingsTOTPQRCode: () => info(1050005, 'Authenticator app QR code'),
  settingsTOTPSecret: (secret: string) => info(1050006, secret, { secret }),
  settingsRevealLookup: () => info(1050007, 'Reveal backup recovery codes'),
  settingsRegenerateLookup: () => info(1050008, 'Generate new backup recovery codes'),
  settingsLookupSecret: (secret: string) => info(1050009, secret, { secret }),
  settingsLookupSecretsLabel: () => info(1050010, 'These are your back up recovery codes. Please keep them in a safe place!'),
  settingsLookupConfirm: () => info(1050011, 'Confirm backup recovery codes'),
  settingsRegisterWebAuthn: () => info(1050012, 'Add security key'),
  settingsWebAuthnDisplayName: () => info(1050013, 'Name of the security key'),
  settingsLookupSecretUsed: (usedAt: number) =>
    info(1050014, `Secret was used at ${goTime(usedAt)}`, { used_at: iso(usedAt) }),
  settingsLookupSecretList: (secrets: string[], raw: UiText[]) => info(1050015, secrets.join(', '), { secrets: raw }),
  settingsDisableLookup: () => info(1050016, 'Disable this method'),
  settingsTOTPSecretLabel: () => info(1050017, 'This is your authenticator app secret. Use it if you can not scan the QR code.'),
  settingsRemoveWebAuthn: (name: string, addedAt: number) =>
    info(1050018, `Remove security key "${name}"`, { display_name: name, added_at: iso(addedAt) }),

  // recovery 1060xxx
  recoveryFlowExpired: (expiredAt: number, now: number) =>
    error(4060005, `The recovery flow expired ${minutes(now - expiredAt)} minutes ago, please try again.`, { expired_at: iso(expiredAt) }),
  recoverySuccessful: (privilegedUntil: number, now: number) =>
    success(
      1060001,
      `You successfully recovered your account. Please change your password or set up an alternative login method (e.g. social sign in) within the next ${minutes(privilegedUntil - now)} minutes.`,
      { privilegedSessionExpiresAt: iso(privilegedUntil) },
    ),
  recoveryEmailSent: () => info(1060002, 'An email containing a recovery link has been sent to the email address you provided.', {}),
  recoveryEmailWithCodeSent: () => info(1060003, 'An email containing a recovery code has been sent to the email address you provided.', {}),
  recoveryTokenInvalid: () => error(4060004, 'The recovery token is invalid or has already been used. Please retry the flow.', {}),
  recoveryCodeInvalid: () => error(4060006, 'The recovery code is invalid or has already been used. Please try again.', {}),
  recoveryRetrySuccess: () => error(4060001, 'The request was already completed successfully and can not be retried.', {}),
  recoveryStateFailure: () => error(4060002, 'The recovery flow reached a failure state and must be retried.', {}),

  // nodes 1070xxx
  nodeVerifyOTP: () => info(1070006, 'Verify code'),
  nodeInputPassword: () => info(1070001, 'Password'),
  nodeLabelGenerated: (title: string) => info(1070002, title),
  nodeSave: () => info(1070003, 'Save'),
  nodeSubmit: () => info(1070005, 'Submit'),
  nodeContinue: () => info(1070009, 'Continue'),
  nodeID: () => info(1070004, 'ID'),
  nodeInputEmail: () => info(1070007, 'Email'),
  /** Kratos v0.11 sends the "Resend code" button with id 1070007, not 1070008. */
  nodeResendOTP: () => info(1070007, 'Resend code'),

  // verification 1080xxx
  verificationFlowExpired: (expiredAt: number, now: number) =>
    error(4070005, `The verification flow expired ${minutes(now - expiredAt)} minutes ago, please try again.`, { expired_at: iso(expiredAt) }),
  verificationSuccessful: () => success(1080002, 'You successfully verified your email address.'),
  verificationEmailSent: () => info(1080001, 'An email containing a verification link has been sent to the email address you provided.', {}),
  verificationEmailWithCodeSent: () =>
    info(1080003, 'An email containing a verification code has been sent to the email address you provided.', {}),
  verificationTokenInvalid: () => error(4070001, 'The verification token is invalid or has already been used. Please retry the flow.', {}),
  verificationRetrySuccess: () => error(4070002, 'The request was already completed successfully and can not be retried.', {}),
  verificationStateFailure: () => error(4070003, 'The verification flow reached a failure state and must be retried.', {}),
  verificationCodeInvalid: () => error(4070006, 'The verification code is invalid or has already been used. Please try again.', {}),

  // validation 4000xxx
  validationGeneric: (reason: string) => error(4000001, reason),
  validationRequired: (property: string) => error(4000002, `Property ${property} is missing.`, { property }),
  validationMinLength: (expected: number, actual: number) =>
    error(4000003, `Length must be >= ${expected}, but got ${actual}.`, { expected_length: expected, actual_length: actual }),
  validationInvalidFormat: (format: string, value: string) =>
    error(4000004, `${JSON.stringify(value)} is not valid ${JSON.stringify(format)}`, { expected_format: format, actual_value: value }),
  passwordPolicyViolation: (reason: string) => error(4000005, `The password can not be used because ${reason}.`, { reason }),
  invalidCredentials: () =>
    error(
      4000006,
      'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.',
      {},
    ),
  duplicateCredentials: () => error(4000007, 'An account with the same identifier (email, phone, username, ...) exists already.', {}),
  totpVerifierWrong: () => error(4000008, 'The provided authentication code is invalid, please try again.', {}),
  identifierMissing: () =>
    error(4000009, 'Could not find any login identifiers. Did you forget to set them? This could also be caused by a server misconfiguration.'),
  addressNotVerified: () => error(4000010, 'Account not active yet. Did you forget to verify your email address?'),
  noTOTPDevice: () => error(4000011, 'You have no TOTP device set up.', {}),
  lookupAlreadyUsed: () => error(4000012, 'This backup recovery code has already been used.', {}),
  noWebAuthnDevice: () => error(4000013, 'You have no WebAuthn device set up.', {}),
  noLookup: () => error(4000014, 'You have no backup recovery codes set up.', {}),
  noSuchWebAuthnUser: () => error(4000015, 'This account does not exist or has no security key set up.', {}),
  lookupInvalid: () => error(4000016, 'The backup recovery code is not valid.', {}),

  // system 5000xxx
  systemGeneric: (reason: string) => error(5000001, reason, {}),
};

/** Go's default time.Time String() in UTC: `2006-01-02 15:04:05 +0000 UTC`. */
function goTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC');
}
