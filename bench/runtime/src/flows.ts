// The flows every library renders: our own fixtures (Kratos v0.11 JSON shapes), passed as data.
import type { LoginFlow, SettingsFlow, UiNode } from '@orykit/client';
import { loginFlow, settingsFlow } from '../../../packages/react/test/fixtures/flows.ts';
import { csrf, info, input } from '../../../packages/react/test/fixtures/nodes.ts';

/** A login flow with `count` text fields (a stress case for typing and mounting). */
export function manyInputs(count: number): LoginFlow {
  const fields: UiNode[] = Array.from({ length: count }, (_, i) =>
    input('password', `traits.field_${i}`, 'text', { label: info(1070002, `Field ${i}`, { title: `Field ${i}` }) }),
  );
  const submit = input('password', 'method', 'submit', { value: 'password', label: info(1010001, 'Sign in') });
  return { ...loginFlow, ui: { ...loginFlow.ui, nodes: [csrf(), ...fields, submit] } };
}

export const flows = { login: loginFlow, settings: settingsFlow, many: manyInputs(1000) } satisfies Record<string, LoginFlow | SettingsFlow>;
export type FlowName = keyof typeof flows;
