import type { Meta, StoryObj } from '@storybook/react-vite';
import { DEFAULT_GROUP_ORDER, Flow } from '@orykit/react';
import type { ComponentProps } from 'react';
import { kit, type FrameArgs } from '../kit.tsx';
import * as f from './fixtures.ts';

const order = { category: 'Order and filter' };

// The building block under every card: any `ui` container as real forms, in either layout.
const meta = {
  title: 'Components/Flow',
  component: Flow,
  render: kit(Flow),
  args: { ui: f.settingsFlow.ui, onSubmit: f.onSubmit, kind: 'settings', layout: 'grouped' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['single', 'grouped'], description: '`single`: one form; `grouped`: one form per group' },
    groupOrder: { control: 'object', table: order },
    hiddenGroups: { control: 'check', options: [...DEFAULT_GROUP_ORDER], table: order },
    onlyGroups: { control: 'check', options: [...DEFAULT_GROUP_ORDER], table: order },
    nodeOrder: { control: 'object', table: order },
    ui: { control: 'object' },
  },
  parameters: { docs: { description: { component: 'Renders any `ui` container as `<form action method>` that works without JavaScript; `layout`, group and node order are props.' } } },
} satisfies Meta<ComponentProps<typeof Flow> & FrameArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Grouped: Story = {};
export const Single: Story = { args: { ui: f.loginWebAuthnTrigger.ui, kind: 'login', layout: 'single' } };
export const PasswordFirst: Story = { args: { groupOrder: ['password', 'profile'], hiddenGroups: ['oidc', 'webauthn'] } };
