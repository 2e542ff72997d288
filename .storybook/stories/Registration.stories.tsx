import type { Meta, StoryObj } from '@storybook/react-vite';
import { Registration } from '@orykit/react';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';
import { flowArgTypes } from './controls.ts';
import * as f from './fixtures.ts';

const meta = {
  title: 'Components/Registration',
  component: Registration,
  render: kit(Registration),
  args: { flow: f.recorded.registrationBrowser, onSubmit: f.onSubmit, hrefs: f.hrefs },
  argTypes: flowArgTypes,
  parameters: { docs: { description: { component: 'Traits from the identity schema, password, security key and social sign-up.' } } },
} satisfies Meta<ComponentProps<typeof Registration> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Initial: Story = {};
export const Errors: Story = { args: { flow: f.recorded.registrationInvalid } };
export const ManyErrors: Story = { args: { flow: f.registrationErrors } };
export const SecurityKey: Story = { args: { flow: f.registrationWebAuthn } };
