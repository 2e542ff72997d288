import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorView } from '@orykit/react';
import type { SelfServiceError } from '@orykit/client';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';
import * as f from './fixtures.ts';

const meta = {
  title: 'Components/ErrorView',
  component: ErrorView,
  render: kit(ErrorView),
  args: { error: f.selfServiceError, hrefs: f.hrefs },
  argTypes: { error: { control: 'object' } },
  parameters: { docs: { description: { component: 'A self-service error in plain words, the way back, and the server\'s details collapsed.' } } },
} satisfies Meta<ComponentProps<typeof ErrorView> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Fixture: Story = {};
export const Recorded: Story = { args: { error: f.recorded.selfServiceError as unknown as SelfServiceError } };
