// Controls shared by the flow components' docs pages: ordering, filtering and state.
import type { ArgTypes } from '@storybook/react-vite';
import { DEFAULT_GROUP_ORDER, type FlowViewProps, type SettingsProps } from '@orykit/react';

const order = { category: 'Order and filter' };
const state = { category: 'State' };

export const flowArgTypes: Partial<ArgTypes<FlowViewProps<unknown>>> = {
  groupOrder: { control: 'object', description: `Group order (default ${JSON.stringify(DEFAULT_GROUP_ORDER)})`, table: order },
  hiddenGroups: { control: 'check', options: [...DEFAULT_GROUP_ORDER], description: 'Groups not to render', table: order },
  nodeOrder: { control: 'object', description: 'Node names listed first inside each group (or a compare function)', table: order },
  status: { control: 'inline-radio', options: ['loading', 'ready', 'submitting', 'done'], table: state },
  problem: { control: 'object', table: state },
  flow: { control: 'object', table: state },
  title: { control: 'text' },
  subtitle: { control: 'text' },
};

export const settingsArgTypes: Partial<ArgTypes<SettingsProps>> = {
  ...flowArgTypes,
  onlyGroups: { control: 'check', options: DEFAULT_GROUP_ORDER.filter((g) => g !== 'default'), description: 'Only these groups (a single-purpose page)', table: order },
};
