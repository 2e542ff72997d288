import type { Meta, StoryObj } from '@storybook/react-vite';
import { Login, Recovery, Registration, Settings, Verification } from '@orykit/react';
import * as f from './fixtures.ts';

// Every self-service flow in every state a person meets: recorded from real Kratos where possible.
const base = { onSubmit: f.onSubmit, hrefs: f.hrefs };

export default { title: 'Flows/Self-service' } satisfies Meta;
type Story = StoryObj;

export const LoginInitial: Story = { render: () => <Login {...base} flow={f.recorded.loginBrowser} /> };
export const LoginWrongPassword: Story = { render: () => <Login {...base} flow={f.recorded.loginInvalid} /> };
export const LoginFieldError: Story = { render: () => <Login {...base} flow={f.loginFieldError} /> };
export const LoginSecondFactor: Story = { render: () => <Login {...base} flow={f.loginAal2} /> };
export const LoginRefresh: Story = { render: () => <Login {...base} flow={f.loginRefresh} /> };
export const LoginWithSocialAndSecurityKey: Story = { render: () => <Login {...base} flow={f.loginWebAuthnTrigger} /> };
export const LoginLoading: Story = { render: () => <Login {...base} flow={undefined} status="loading" /> };
export const LoginSubmitting: Story = { render: () => <Login {...base} flow={f.recorded.loginBrowser} status="submitting" /> };
export const LoginNetworkError: Story = {
  render: () => <Login {...base} flow={f.recorded.loginBrowser} problem={f.problems.network} onRetry={() => {}} />,
};
export const LoginExpired: Story = { render: () => <Login {...base} flow={f.recorded.loginBrowser} problem={f.problems.expired} /> };
export const LoginCsrfError: Story = { render: () => <Login {...base} flow={f.recorded.loginBrowser} problem={f.problems.csrf} /> };
export const LoginServerErrorWithoutFlow: Story = {
  render: () => <Login {...base} flow={undefined} status="ready" problem={f.problems.server} onRetry={() => {}} />,
};

export const RegistrationInitial: Story = { render: () => <Registration {...base} flow={f.recorded.registrationBrowser} /> };
export const RegistrationErrors: Story = { render: () => <Registration {...base} flow={f.recorded.registrationInvalid} /> };
export const RegistrationManyErrors: Story = { render: () => <Registration {...base} flow={f.registrationErrors} /> };
export const RegistrationSecurityKey: Story = { render: () => <Registration {...base} flow={f.registrationWebAuthn} /> };

export const RecoveryInitial: Story = { render: () => <Recovery {...base} flow={f.recorded.recoveryBrowser} /> };
export const RecoverySentEmail: Story = { render: () => <Recovery {...base} flow={f.recorded.recoverySent} /> };
export const RecoveryWrongCode: Story = { render: () => <Recovery {...base} flow={f.recorded.recoveryWrongCode} /> };

export const VerificationInitial: Story = { render: () => <Verification {...base} flow={f.recorded.verificationBrowser} /> };
export const VerificationSentEmail: Story = { render: () => <Verification {...base} flow={f.recorded.verificationSent} /> };
export const VerificationPassed: Story = { render: () => <Verification {...base} flow={f.verificationPassed} /> };

export const SettingsInitial: Story = { render: () => <Settings {...base} flow={f.recorded.settingsBrowser} /> };
export const SettingsAllMethods: Story = { render: () => <Settings {...base} flow={f.settingsFlow} /> };
export const SettingsLookupSecretsRevealed: Story = { render: () => <Settings {...base} flow={f.settingsLookupRevealed} /> };
export const SettingsTotpLinked: Story = { render: () => <Settings {...base} flow={f.settingsTotpLinked} /> };
export const SettingsPasswordError: Story = { render: () => <Settings {...base} flow={f.settingsPasswordError} /> };
export const SettingsSaved: Story = { render: () => <Settings {...base} flow={f.settingsSuccess} /> };
