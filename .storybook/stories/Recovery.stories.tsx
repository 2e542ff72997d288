import type { Meta, StoryObj } from '@storybook/react-vite';
import { Recovery } from '@orykit/react';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';
import { flowArgTypes } from './controls.ts';
import * as f from './fixtures.ts';

const meta = {
  title: 'Components/Recovery',
  component: Recovery,
  render: kit(Recovery),
  args: { flow: f.recorded.recoveryBrowser, onSubmit: f.onSubmit, hrefs: f.hrefs },
  argTypes: flowArgTypes,
  parameters: { docs: { description: { component: 'Account recovery by code or link, in every state.' } } },
} satisfies Meta<ComponentProps<typeof Recovery> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Initial: Story = {};
export const SentEmail: Story = { args: { flow: f.recorded.recoverySent } };
export const WrongCode: Story = { args: { flow: f.recorded.recoveryWrongCode } };
