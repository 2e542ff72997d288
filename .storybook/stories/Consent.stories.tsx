import type { Meta, StoryObj } from '@storybook/react-vite';
import { Consent } from '@orykit/react';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';
import * as f from './fixtures.ts';

const noop = () => {};

const meta = {
  title: 'Components/Consent',
  component: Consent,
  render: kit(Consent),
  args: { request: f.consentRequest, identity: f.identity, requiredScopes: ['openid'], onAccept: noop, onReject: noop },
  argTypes: { status: { control: 'inline-radio', options: ['loading', 'ready', 'submitting', 'done'] }, request: { control: 'object' } },
  parameters: { docs: { description: { component: 'Hydra consent: the client, scopes as checkboxes, audiences, remember, policy links and an ID token preview.' } } },
} satisfies Meta<ComponentProps<typeof Consent> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Request: Story = {};
export const Loading: Story = { args: { request: undefined, status: 'loading' } };
export const Submitting: Story = { args: { status: 'submitting' } };
