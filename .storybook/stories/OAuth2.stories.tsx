import type { Meta, StoryObj } from '@storybook/react-vite';
import { Login, OAuth2Login, OAuth2Logout } from '@orykit/react';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';
import * as f from './fixtures.ts';

const noop = () => {};

const meta = {
  title: 'Components/OAuth2Login',
  component: OAuth2Login,
  render: kit(OAuth2Login),
  args: { request: f.loginRequestSkip, onContinue: noop, onCancel: noop },
  argTypes: { request: { control: 'object' } },
  parameters: { docs: { description: { component: 'A Hydra login request: the client\'s card; "Signed in as …" for a person signed in to the app, else your sign-in UI as children. Hydra\'s skip is accepted at once.' } } },
} satisfies Meta<ComponentProps<typeof OAuth2Login> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

// Hydra's skip is accepted at once when there are handlers; without them (JavaScript off) the card asks.
export const Remembered: Story = { render: () => <OAuth2Login request={f.loginRequestSkip} action="/oauth2/login" /> };
export const SignedIn: Story = { args: { request: f.loginRequestFresh, identity: f.identity, switchAccountHref: '/logout' } };
export const Fresh: Story = {
  args: { request: f.loginRequestFresh, hrefs: f.hrefs, children: <Login flow={f.recorded.loginBrowser} onSubmit={f.onSubmit} hrefs={f.hrefs} /> },
};
/** `OAuth2Logout`: confirm an RP-initiated logout. */
export const LogoutRequest: Story = { render: () => <OAuth2Logout request={f.logoutRequest} onAccept={noop} onReject={noop} /> };
