import type { Meta, StoryObj } from '@storybook/react-vite';
import { Consent, ErrorView, Login, Sessions, Settings } from '@orykit/react';
import type { FrameArgs } from '../kit.tsx';
import * as f from './fixtures.ts';

// Every story can be put on this page with the toolbar's "Hostile host CSS"; these are the main screens.
const meta = {
  title: 'Guides/Hostile host',
  args: { host: 'hostile' },
  parameters: {
    docs: {
      description: {
        component:
          'The page loads an aggressive global stylesheet after the kit (a Tailwind-v4-style preflight, `a { color: red }`, ' +
          '`button { all: unset }`, `input { border: 0 }`, `* { box-sizing: content-box }`, `h1, h2 { font-size: 40px }`, ' +
          '`.content a { … }`), unlayered. The kit looks the same: `hostile-host.browser.test.tsx` renders every story on a ' +
          'clean and on this page and compares the screenshots and axe\'s contrast check.',
      },
    },
  },
} satisfies Meta<FrameArgs>;
export default meta;
type Story = StoryObj<FrameArgs>;

export const LoginPage: Story = { render: () => <Login flow={f.loginWebAuthnTrigger} onSubmit={f.onSubmit} hrefs={f.hrefs} /> };
export const SettingsPage: Story = { render: () => <Settings flow={f.settingsFlow} onSubmit={f.onSubmit} /> };
export const ConsentPage: Story = { render: () => <Consent request={f.consentRequest} identity={f.identity} onAccept={() => {}} onReject={() => {}} /> };
export const SessionsPage: Story = { render: () => <Sessions sessions={[f.currentSession, ...f.otherSessions]} current={f.currentSession} onRevoke={() => {}} /> };
export const ErrorPage: Story = { render: () => <ErrorView error={f.selfServiceError} hrefs={f.hrefs} /> };
