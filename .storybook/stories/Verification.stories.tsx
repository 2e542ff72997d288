import type { Meta, StoryObj } from '@storybook/react-vite';
import { Verification } from '@orykit/react';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';
import { flowArgTypes } from './controls.ts';
import * as f from './fixtures.ts';

const meta = {
  title: 'Components/Verification',
  component: Verification,
  render: kit(Verification),
  args: { flow: f.recorded.verificationBrowser, onSubmit: f.onSubmit, hrefs: f.hrefs },
  argTypes: flowArgTypes,
  parameters: { docs: { description: { component: 'Address verification by code or link; "Continue" once verified.' } } },
} satisfies Meta<ComponentProps<typeof Verification> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Initial: Story = {};
export const SentEmail: Story = { args: { flow: f.recorded.verificationSent } };
export const Passed: Story = { args: { flow: f.verificationPassed } };
