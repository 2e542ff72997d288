import type { Meta, StoryObj } from '@storybook/react-vite';
import { Sessions } from '@orykit/react';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';
import * as f from './fixtures.ts';

const meta = {
  title: 'Components/Sessions',
  component: Sessions,
  render: kit(Sessions),
  args: { sessions: [f.currentSession, ...f.otherSessions], current: f.currentSession, onRevoke: () => {}, onRevokeOthers: () => {} },
  argTypes: { status: { control: 'inline-radio', options: ['loading', 'ready', 'submitting', 'done'] }, sessions: { control: 'object' } },
  parameters: { docs: { description: { component: 'The current session marked, the others with "Sign out", and "Sign out all other sessions".' } } },
} satisfies Meta<ComponentProps<typeof Sessions> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const List: Story = {};
export const Loading: Story = { args: { sessions: undefined, status: 'loading' } };
