// Test fixture: every message id of Ory Kratos v0.11.x, as data.
//
// Source: github.com/ory/kratos `text/id.go` (102 ids), read from the Go module source of v0.11.0
// (`go mod download github.com/ory/kratos@v0.11.0`); the module proxy refuses v0.11.1 and the code
// index does not select tags. KRATOS-NOTES.md gives the same picture for v0.11.1: 102 ids, of which
// 1060003, 1070008, 1070009, 1080003, 4060006 and 4070006 are new since v0.10.1 (96 ids).
//
// status:
//   root    the first id of a range; never sent
//   sent    built by a `text.New…` constructor that Kratos calls while serving flows
//   unsent  defined but not sent by Kratos itself (webhooks may still send any id); see `note`
// Whether an id is sent was checked by following each constructor in `text/message_*.go` to its
// callers outside tests and `cmd/clidoc`.

export type KratosIdStatus = 'root' | 'sent' | 'unsent';

export interface KratosId {
  id: number;
  /** The Go constant's name in text/id.go. */
  name: string;
  status: KratosIdStatus;
  /** Added after v0.10.1. */
  since?: '0.11';
  note?: string;
}

export const kratosIdsV0111: readonly KratosId[] = [
  { id: 1010000, name: 'InfoSelfServiceLoginRoot', status: 'root' },
  { id: 1010001, name: 'InfoSelfServiceLogin', status: 'sent' },
  { id: 1010002, name: 'InfoSelfServiceLoginWith', status: 'sent' },
  { id: 1010003, name: 'InfoSelfServiceLoginReAuth', status: 'sent' },
  { id: 1010004, name: 'InfoSelfServiceLoginMFA', status: 'sent' },
  { id: 1010005, name: 'InfoSelfServiceLoginVerify', status: 'unsent', note: 'constructor only used by cmd/clidoc' },
  { id: 1010006, name: 'InfoSelfServiceLoginTOTPLabel', status: 'sent' },
  { id: 1010007, name: 'InfoLoginLookupLabel', status: 'sent' },
  { id: 1010008, name: 'InfoSelfServiceLoginWebAuthn', status: 'sent' },
  { id: 1010009, name: 'InfoLoginTOTP', status: 'sent' },
  { id: 1010010, name: 'InfoLoginLookup', status: 'sent' },
  { id: 1010011, name: 'InfoSelfServiceLoginContinueWebAuthn', status: 'unsent', note: 'constructor only used by cmd/clidoc' },
  { id: 1010012, name: 'InfoSelfServiceLoginWebAuthnPasswordless', status: 'sent' },
  { id: 1010013, name: 'InfoSelfServiceLoginContinue', status: 'sent' },
  { id: 1020000, name: 'InfoSelfServiceLogout', status: 'root' },
  { id: 1030000, name: 'InfoSelfServiceMFA', status: 'root' },
  { id: 1040000, name: 'InfoSelfServiceRegistrationRoot', status: 'root' },
  { id: 1040001, name: 'InfoSelfServiceRegistration', status: 'sent' },
  { id: 1040002, name: 'InfoSelfServiceRegistrationWith', status: 'sent' },
  { id: 1040003, name: 'InfoSelfServiceRegistrationContinue', status: 'sent' },
  { id: 1040004, name: 'InfoSelfServiceRegistrationRegisterWebAuthn', status: 'sent' },
  { id: 1050000, name: 'InfoSelfServiceSettings', status: 'root' },
  { id: 1050001, name: 'InfoSelfServiceSettingsUpdateSuccess', status: 'sent' },
  { id: 1050002, name: 'InfoSelfServiceSettingsUpdateLinkOidc', status: 'sent' },
  { id: 1050003, name: 'InfoSelfServiceSettingsUpdateUnlinkOidc', status: 'sent' },
  { id: 1050004, name: 'InfoSelfServiceSettingsUpdateUnlinkTOTP', status: 'sent' },
  { id: 1050005, name: 'InfoSelfServiceSettingsTOTPQRCode', status: 'sent' },
  { id: 1050006, name: 'InfoSelfServiceSettingsTOTPSecret', status: 'sent' },
  { id: 1050007, name: 'InfoSelfServiceSettingsRevealLookup', status: 'sent' },
  { id: 1050008, name: 'InfoSelfServiceSettingsRegenerateLookup', status: 'sent' },
  { id: 1050009, name: 'InfoSelfServiceSettingsLookupSecret', status: 'sent' },
  { id: 1050010, name: 'InfoSelfServiceSettingsLookupSecretLabel', status: 'sent' },
  { id: 1050011, name: 'InfoSelfServiceSettingsLookupConfirm', status: 'sent' },
  { id: 1050012, name: 'InfoSelfServiceSettingsRegisterWebAuthn', status: 'sent' },
  { id: 1050013, name: 'InfoSelfServiceSettingsRegisterWebAuthnDisplayName', status: 'sent' },
  { id: 1050014, name: 'InfoSelfServiceSettingsLookupSecretUsed', status: 'sent' },
  { id: 1050015, name: 'InfoSelfServiceSettingsLookupSecretList', status: 'sent' },
  { id: 1050016, name: 'InfoSelfServiceSettingsDisableLookup', status: 'sent' },
  { id: 1050017, name: 'InfoSelfServiceSettingsTOTPSecretLabel', status: 'sent' },
  { id: 1050018, name: 'InfoSelfServiceSettingsRemoveWebAuthn', status: 'sent' },
  { id: 1060000, name: 'InfoSelfServiceRecovery', status: 'root' },
  { id: 1060001, name: 'InfoSelfServiceRecoverySuccessful', status: 'sent' },
  { id: 1060002, name: 'InfoSelfServiceRecoveryEmailSent', status: 'sent' },
  { id: 1060003, name: 'InfoSelfServiceRecoveryEmailWithCodeSent', status: 'sent', since: '0.11' },
  { id: 1070000, name: 'InfoNodeLabel', status: 'root' },
  { id: 1070001, name: 'InfoNodeLabelInputPassword', status: 'sent' },
  { id: 1070002, name: 'InfoNodeLabelGenerated', status: 'sent' },
  { id: 1070003, name: 'InfoNodeLabelSave', status: 'sent' },
  { id: 1070004, name: 'InfoNodeLabelID', status: 'sent' },
  { id: 1070005, name: 'InfoNodeLabelSubmit', status: 'sent' },
  { id: 1070006, name: 'InfoNodeLabelVerifyOTP', status: 'sent' },
  { id: 1070007, name: 'InfoNodeLabelEmail', status: 'sent' },
  { id: 1070008, name: 'InfoNodeLabelResendOTP', status: 'unsent', since: '0.11', note: 'defined, no constructor' },
  { id: 1070009, name: 'InfoNodeLabelContinue', status: 'sent', since: '0.11' },
  { id: 1080000, name: 'InfoSelfServiceVerification', status: 'root' },
  { id: 1080001, name: 'InfoSelfServiceVerificationEmailSent', status: 'sent' },
  { id: 1080002, name: 'InfoSelfServiceVerificationSuccessful', status: 'sent' },
  { id: 1080003, name: 'InfoSelfServiceVerificationEmailWithCodeSent', status: 'sent', since: '0.11' },
  { id: 4000000, name: 'ErrorValidation', status: 'root' },
  { id: 4000001, name: 'ErrorValidationGeneric', status: 'sent' },
  { id: 4000002, name: 'ErrorValidationRequired', status: 'sent' },
  { id: 4000003, name: 'ErrorValidationMinLength', status: 'unsent', note: 'only built by schema.NewMinLengthError, which nothing calls' },
  { id: 4000004, name: 'ErrorValidationInvalidFormat', status: 'unsent', note: 'only built by schema.NewInvalidFormatError, which nothing calls' },
  { id: 4000005, name: 'ErrorValidationPasswordPolicyViolation', status: 'sent' },
  { id: 4000006, name: 'ErrorValidationInvalidCredentials', status: 'sent' },
  { id: 4000007, name: 'ErrorValidationDuplicateCredentials', status: 'sent' },
  { id: 4000008, name: 'ErrorValidationTOTPVerifierWrong', status: 'sent' },
  { id: 4000009, name: 'ErrorValidationIdentifierMissing', status: 'sent' },
  { id: 4000010, name: 'ErrorValidationAddressNotVerified', status: 'sent' },
  { id: 4000011, name: 'ErrorValidationNoTOTPDevice', status: 'sent' },
  { id: 4000012, name: 'ErrorValidationLookupAlreadyUsed', status: 'sent' },
  { id: 4000013, name: 'ErrorValidationNoWebAuthnDevice', status: 'sent' },
  { id: 4000014, name: 'ErrorValidationNoLookup', status: 'sent' },
  { id: 4000015, name: 'ErrorValidationSuchNoWebAuthnUser', status: 'sent' },
  { id: 4000016, name: 'ErrorValidationLookupInvalid', status: 'sent' },
  { id: 4010000, name: 'ErrorValidationLogin', status: 'root' },
  { id: 4010001, name: 'ErrorValidationLoginFlowExpired', status: 'sent' },
  { id: 4010002, name: 'ErrorValidationLoginNoStrategyFound', status: 'sent' },
  { id: 4010003, name: 'ErrorValidationRegistrationNoStrategyFound', status: 'sent' },
  { id: 4010004, name: 'ErrorValidationSettingsNoStrategyFound', status: 'sent' },
  { id: 4010005, name: 'ErrorValidationRecoveryNoStrategyFound', status: 'sent' },
  { id: 4010006, name: 'ErrorValidationVerificationNoStrategyFound', status: 'sent' },
  { id: 4040000, name: 'ErrorValidationRegistration', status: 'root' },
  { id: 4040001, name: 'ErrorValidationRegistrationFlowExpired', status: 'sent' },
  { id: 4050000, name: 'ErrorValidationSettings', status: 'root' },
  { id: 4050001, name: 'ErrorValidationSettingsFlowExpired', status: 'sent' },
  { id: 4060000, name: 'ErrorValidationRecovery', status: 'root' },
  { id: 4060001, name: 'ErrorValidationRecoveryRetrySuccess', status: 'sent' },
  { id: 4060002, name: 'ErrorValidationRecoveryStateFailure', status: 'sent' },
  { id: 4060003, name: 'ErrorValidationRecoveryMissingRecoveryToken', status: 'unsent', note: 'defined, no constructor' },
  { id: 4060004, name: 'ErrorValidationRecoveryTokenInvalidOrAlreadyUsed', status: 'sent' },
  { id: 4060005, name: 'ErrorValidationRecoveryFlowExpired', status: 'sent' },
  { id: 4060006, name: 'ErrorValidationRecoveryCodeInvalidOrAlreadyUsed', status: 'sent', since: '0.11' },
  { id: 4070000, name: 'ErrorValidationVerification', status: 'root' },
  { id: 4070001, name: 'ErrorValidationVerificationTokenInvalidOrAlreadyUsed', status: 'sent' },
  { id: 4070002, name: 'ErrorValidationVerificationRetrySuccess', status: 'sent' },
  { id: 4070003, name: 'ErrorValidationVerificationStateFailure', status: 'sent' },
  { id: 4070004, name: 'ErrorValidationVerificationMissingVerificationToken', status: 'unsent', note: 'defined, no constructor' },
  { id: 4070005, name: 'ErrorValidationVerificationFlowExpired', status: 'sent' },
  { id: 4070006, name: 'ErrorValidationVerificationCodeInvalidOrAlreadyUsed', status: 'sent', since: '0.11' },
  { id: 5000000, name: 'ErrorSystem', status: 'root' },
  { id: 5000001, name: 'ErrorSystemGeneric', status: 'sent' },
];
