// Story data: responses recorded from a real Kratos v0.11.0 (e2e/servers/fixtures) where they exist, and
// the component tests' fixtures for states that need a session with second factors.
import type { LoginFlow, RecoveryFlow, RegistrationFlow, SettingsFlow, VerificationFlow } from '@orykit/client';
import loginBrowser from '../../e2e/servers/fixtures/login-browser.json';
import loginInvalid from '../../e2e/servers/fixtures/login-api-submit-invalid.json';
import registrationBrowser from '../../e2e/servers/fixtures/registration-browser.json';
import registrationInvalid from '../../e2e/servers/fixtures/registration-api-submit-invalid.json';
import recoveryBrowser from '../../e2e/servers/fixtures/recovery-browser.json';
import recoverySent from '../../e2e/servers/fixtures/recovery-api-submit-email.json';
import recoveryWrongCode from '../../e2e/servers/fixtures/recovery-api-submit-wrong-code.json';
import verificationBrowser from '../../e2e/servers/fixtures/verification-browser.json';
import verificationSent from '../../e2e/servers/fixtures/verification-api-submit-email.json';
import settingsBrowser from '../../e2e/servers/fixtures/settings-browser.json';
import selfServiceError from '../../e2e/servers/fixtures/self-service-error.json';

export * from '../../packages/react/test/fixtures/flows.ts';

export const recorded = {
  loginBrowser: loginBrowser as unknown as LoginFlow,
  loginInvalid: loginInvalid as unknown as LoginFlow,
  registrationBrowser: registrationBrowser as unknown as RegistrationFlow,
  registrationInvalid: registrationInvalid as unknown as RegistrationFlow,
  recoveryBrowser: recoveryBrowser as unknown as RecoveryFlow,
  recoverySent: recoverySent as unknown as RecoveryFlow,
  recoveryWrongCode: recoveryWrongCode as unknown as RecoveryFlow,
  verificationBrowser: verificationBrowser as unknown as VerificationFlow,
  verificationSent: verificationSent as unknown as VerificationFlow,
  settingsBrowser: settingsBrowser as unknown as SettingsFlow,
  selfServiceError,
};

export const problems = {
  network: { kind: 'network', message: 'POST /self-service/login: the server could not be reached', retryable: true },
  expired: { kind: 'expired', message: 'The flow expired.', id: 'self_service_flow_expired', retryable: false },
  csrf: { kind: 'csrf', message: 'A security violation was detected.', id: 'security_csrf_violation', retryable: false },
  server: { kind: 'server', message: '502: the body is not JSON', retryable: true },
} as const;

export const hrefs = { login: '/login', registration: '/registration', recovery: '/recovery', verification: '/verification', logout: '/logout' };
export const onSubmit = async (body: Record<string, unknown>) => {
  console.log('submit', body);
};
