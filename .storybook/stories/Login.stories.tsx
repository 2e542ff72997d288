import type { Meta, StoryObj } from '@storybook/react-vite';
import { Login } from '@orykit/react';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';
import { flowArgTypes } from './controls.ts';
import * as f from './fixtures.ts';

// Every state a person meets when signing in; recorded from a real Kratos v0.11.0 where possible.
const meta = {
  title: 'Components/Login',
  component: Login,
  render: kit(Login),
  args: { flow: f.recorded.loginBrowser, onSubmit: f.onSubmit, hrefs: f.hrefs },
  argTypes: flowArgTypes,
  parameters: {
    docs: {
      description: {
        component:
          'First factor, `refresh`, `aal2` (TOTP, backup code, security key), passwordless WebAuthn and social sign-in. ' +
          'Without `flow` it runs its own flow (managed mode); with `flow` and `onSubmit` you drive it. Theme, locale, ' +
          'direction and the host page are under *Frame*; group and node order under *Order and filter*.',
      },
    },
  },
} satisfies Meta<ComponentProps<typeof Login> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Initial: Story = {};
export const WrongPassword: Story = { args: { flow: f.recorded.loginInvalid } };
export const FieldError: Story = { args: { flow: f.loginFieldError } };
export const SecondFactor: Story = { args: { flow: f.loginAal2 } };
export const Refresh: Story = { args: { flow: f.loginRefresh } };
export const WithSocialAndSecurityKey: Story = { args: { flow: f.loginWebAuthnTrigger } };
/** `groupOrder` puts social sign-in first; `nodeOrder` the password before the identifier. */
export const SocialFirst: Story = { args: { flow: f.loginWebAuthnTrigger, groupOrder: ['oidc', 'default', 'password', 'webauthn'], nodeOrder: ['password'] } };
export const WithoutSocial: Story = { args: { flow: f.loginWebAuthnTrigger, hiddenGroups: ['oidc'] } };
export const Loading: Story = { args: { flow: undefined, status: 'loading' } };
export const Submitting: Story = { args: { status: 'submitting' } };
export const NetworkError: Story = { args: { problem: f.problems.network, onRetry: () => {} } };
export const Expired: Story = { args: { problem: f.problems.expired } };
export const CsrfError: Story = { args: { problem: f.problems.csrf } };
export const ServerErrorWithoutFlow: Story = { args: { flow: undefined, status: 'ready', problem: f.problems.server, onRetry: () => {} } };
