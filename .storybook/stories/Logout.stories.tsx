import type { Meta, StoryObj } from '@storybook/react-vite';
import { Logout } from '@orykit/react';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';

const meta = {
  title: 'Components/Logout',
  component: Logout,
  render: kit(Logout),
  args: { logoutUrl: '/self-service/logout?token=t', onConfirm: () => {}, onCancel: () => {} },
  argTypes: { state: { control: 'inline-radio', options: ['confirm', 'logging_out', 'done'] } },
  parameters: { docs: { description: { component: 'Kratos sign-out: confirm (a plain link to `logout_url` without JavaScript), progress, done.' } } },
} satisfies Meta<ComponentProps<typeof Logout> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Confirm: Story = {};
export const LoggingOut: Story = { args: { state: 'logging_out' } };
