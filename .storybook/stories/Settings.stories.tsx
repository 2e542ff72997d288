import type { Meta, StoryObj } from '@storybook/react-vite';
import { Settings } from '@orykit/react';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';
import { settingsArgTypes } from './controls.ts';
import * as f from './fixtures.ts';

const meta = {
  title: 'Components/Settings',
  component: Settings,
  render: kit(Settings),
  args: { flow: f.settingsFlow, onSubmit: f.onSubmit, hrefs: f.hrefs },
  argTypes: settingsArgTypes,
  parameters: { docs: { description: { component: 'One titled section per method, each its own form (the grouped layout). `onlyGroups` makes single-purpose pages.' } } },
} satisfies Meta<ComponentProps<typeof Settings> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AllMethods: Story = {};
export const Recorded: Story = { args: { flow: f.recorded.settingsBrowser } };
export const PasswordOnly: Story = { args: { onlyGroups: ['password'] } };
export const LookupSecretsRevealed: Story = { args: { flow: f.settingsLookupRevealed } };
export const TotpLinked: Story = { args: { flow: f.settingsTotpLinked } };
export const PasswordError: Story = { args: { flow: f.settingsPasswordError } };
export const Saved: Story = { args: { flow: f.settingsSuccess } };
