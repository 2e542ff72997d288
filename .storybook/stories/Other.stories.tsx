import type { Meta, StoryObj } from '@storybook/react-vite';
import { Consent, ErrorView, Flow, Logout, OAuth2Login, OAuth2Logout, Sessions } from '@orykit/react';
import type { SelfServiceError } from '@orykit/client';
import * as f from './fixtures.ts';

export default { title: 'Flows/OAuth2, sessions, errors' } satisfies Meta;
type Story = StoryObj;

const noop = () => {};

export const ConsentRequest: Story = { render: () => <Consent request={f.consentRequest} identity={f.identity} requiredScopes={['openid']} onAccept={noop} onReject={noop} /> };
export const ConsentLoading: Story = { render: () => <Consent request={undefined} status="loading" /> };
export const ConsentSubmitting: Story = { render: () => <Consent request={f.consentRequest} status="submitting" onAccept={noop} onReject={noop} /> };
// Hydra's skip is accepted at once with handlers; without them (JavaScript off) the card asks.
export const OAuth2LoginRemembered: Story = { render: () => <OAuth2Login request={f.loginRequestSkip} action="/oauth2/login" /> };
export const OAuth2LoginSignedIn: Story = { render: () => <OAuth2Login request={f.loginRequestFresh} identity={f.identity} switchAccountHref="/logout" onContinue={noop} onCancel={noop} /> };
export const OAuth2LoginFresh: Story = {
  render: () => (
    <OAuth2Login request={f.loginRequestFresh} hrefs={{ recovery: '/recovery', registration: '/registration' }} onContinue={noop} onCancel={noop}>
      <Flow ui={f.loginFlow.ui} kind="login" />
    </OAuth2Login>
  ),
};
export const OAuth2LogoutRequest: Story = { render: () => <OAuth2Logout request={f.logoutRequest} onAccept={noop} onReject={noop} /> };
export const KratosLogoutConfirm: Story = { render: () => <Logout logoutUrl="/self-service/logout?token=t" onConfirm={noop} onCancel={noop} /> };
export const KratosLoggingOut: Story = { render: () => <Logout state="logging_out" /> };
export const SessionsList: Story = {
  render: () => <Sessions sessions={[f.currentSession, ...f.otherSessions]} current={f.currentSession} onRevoke={noop} onRevokeOthers={noop} />,
};
export const SessionsLoading: Story = { render: () => <Sessions sessions={undefined} status="loading" /> };
export const SelfServiceErrorRecorded: Story = {
  render: () => <ErrorView error={f.recorded.selfServiceError as unknown as SelfServiceError} />,
};
export const SelfServiceErrorFixture: Story = { render: () => <ErrorView error={f.selfServiceError} /> };
