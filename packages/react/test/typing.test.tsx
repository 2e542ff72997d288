import { render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import type { UiNode } from '@orykit/client';
import {
  defaultComponents,
  Flow,
  OryComponentsProvider,
  Settings,
  useFormScope,
  type FieldProps,
  type LabelProps,
  type MessagesProps,
  type NodeProps,
} from '../src/index.ts';
import { settingsFlow } from './fixtures/flows.ts';
import { csrf, input } from './fixtures/nodes.ts';
import { person } from './helpers/person.ts';

// The regression guard for "a keystroke re-renders one field": the field slots count their renders
// by field name, and one typed character must render the field typed into once, and nothing else.

function countingSlots() {
  const renders = new Map<string, number>();
  const count = (p: FieldProps) => renders.set(p.name, (renders.get(p.name) ?? 0) + 1);
  const components = {
    Input: (p: FieldProps) => {
      count(p);
      return <defaultComponents.Input {...p} />;
    },
    PasswordInput: (p: FieldProps) => {
      count(p);
      return <defaultComponents.PasswordInput {...p} />;
    },
  };
  return { renders, components };
}

async function typeOne(field: HTMLElement, renders: Map<string, number>, char: string) {
  const user = person();
  await user.click(field);
  renders.clear();
  await user.keyboard(char);
}

test('typing one character in the settings profile renders that one field once', async () => {
  const { renders, components } = countingSlots();
  render(
    <OryComponentsProvider components={components}>
      <Settings flow={settingsFlow} onSubmit={() => Promise.resolve()} />
    </OryComponentsProvider>,
  );
  const email = screen.getByLabelText(/E-Mail/) as HTMLInputElement;
  await typeOne(email, renders, 'x');
  expect(email.value).toBe('alice@example.comx');
  expect(Object.fromEntries(renders)).toEqual({ 'traits.email': 1 });

  const password = screen.getByLabelText(/^Password/) as HTMLInputElement;
  await typeOne(password, renders, 'y');
  expect(password.value).toBe('y');
  expect(Object.fromEntries(renders)).toEqual({ password: 1 });
});

test('typing one character renders the input only: no label and no message list again', async () => {
  const renders = { labels: 0, messages: 0 };
  const components = {
    Label: (p: LabelProps) => {
      renders.labels++;
      return <defaultComponents.Label {...p} />;
    },
    Messages: (p: MessagesProps) => {
      renders.messages++;
      return <defaultComponents.Messages {...p} />;
    },
  };
  render(
    <OryComponentsProvider components={components}>
      <Settings flow={settingsFlow} onSubmit={() => Promise.resolve()} />
    </OryComponentsProvider>,
  );
  const email = screen.getByLabelText(/E-Mail/) as HTMLInputElement;
  const user = person();
  await user.click(email);
  renders.labels = 0;
  renders.messages = 0;
  await user.keyboard('x');
  expect(email.value).toBe('alice@example.comx');
  expect(renders).toEqual({ labels: 0, messages: 0 });
});

test('typing one character in a 1000-input flow renders that one field once', async () => {
  const { renders, components } = countingSlots();
  const nodes: UiNode[] = [csrf()];
  for (let i = 0; i < 1000; i++) nodes.push(input('default', `traits.field_${i}`, 'text'));
  nodes.push(input('password', 'method', 'submit', { value: 'password' }));
  render(
    <OryComponentsProvider components={components}>
      <Flow ui={{ action: 'https://kratos.test/self-service/registration?flow=1', method: 'POST', nodes }} onSubmit={() => Promise.resolve()} />
    </OryComponentsProvider>,
  );
  expect(renders.size).toBe(1000);
  const field = document.querySelector<HTMLInputElement>('input[name="traits.field_500"]');
  if (!field) throw new Error('field 500 is not rendered');
  await typeOne(field, renders, 'z');
  expect(field.value).toBe('z');
  expect(Object.fromEntries(renders)).toEqual({ 'traits.field_500': 1 });
});

test('an InputNode override that reads scope.getValue still shows what the user types', async () => {
  // The scope API from before the per-field store: read the value, write it back on change.
  function PlainInput({ node }: NodeProps) {
    const scope = useFormScope();
    const a = node.attributes;
    if (!scope || a.node_type !== 'input' || a.type !== 'text') return <defaultComponents.InputNode node={node} />;
    const n = node as Parameters<typeof scope.getValue>[0];
    return <input aria-label={a.name} name={a.name} value={scope.getValue(n)} onChange={(e) => scope.setValue(n, e.target.value)} />;
  }
  const onSubmit = vi.fn().mockResolvedValue(undefined);
  const nodes: UiNode[] = [csrf(), input('default', 'traits.nick', 'text'), input('password', 'method', 'submit', { value: 'password' })];
  render(
    <OryComponentsProvider components={{ InputNode: PlainInput }}>
      <Flow ui={{ action: 'https://kratos.test/self-service/registration?flow=1', method: 'POST', nodes }} onSubmit={onSubmit} />
    </OryComponentsProvider>,
  );
  const user = person();
  await user.type(screen.getByLabelText('traits.nick'), 'ada');
  expect(screen.getByLabelText('traits.nick')).toHaveValue('ada');
  await user.click(screen.getByRole('button'));
  expect(onSubmit).toHaveBeenCalledWith({ csrf_token: expect.any(String), traits: { nick: 'ada' }, method: 'password' });
});

test('a parent re-render with the same flow renders no field', () => {
  const { renders, components } = countingSlots();
  const { rerender } = render(
    <OryComponentsProvider components={components}>
      <Settings flow={settingsFlow} onSubmit={() => Promise.resolve()} />
    </OryComponentsProvider>,
  );
  renders.clear();
  rerender(
    <OryComponentsProvider components={components}>
      <Settings flow={settingsFlow} onSubmit={() => Promise.resolve()} />
    </OryComponentsProvider>,
  );
  expect(Object.fromEntries(renders)).toEqual({});
});

test('a keystroke leaves the input to the browser: React does not write the typed value back', async () => {
  render(<Settings flow={settingsFlow} onSubmit={() => Promise.resolve()} />);
  const email = screen.getByLabelText(/E-Mail/) as HTMLInputElement;
  const user = person();
  await user.click(email);
  await user.keyboard('x');
  expect(email.value).toBe('alice@example.comx');
  // A controlled input would have its value attribute rewritten on every keystroke.
  expect(email.getAttribute('value')).toBe('alice@example.com');
});

test('a value an app sets through the scope shows in the default input', async () => {
  // An override that puts a button beside the default field, as an app's "use my work address" might.
  function WithFill({ node }: NodeProps) {
    const scope = useFormScope();
    const a = node.attributes;
    if (!scope || a.node_type !== 'input' || a.name !== 'traits.email') return <defaultComponents.InputNode node={node} />;
    return (
      <>
        <defaultComponents.InputNode node={node} />
        <button type="button" onClick={() => scope.setValue(node as Parameters<typeof scope.setValue>[0], 'ada@work.test')}>
          fill
        </button>
      </>
    );
  }
  const nodes: UiNode[] = [csrf(), input('default', 'traits.email', 'email'), input('password', 'method', 'submit', { value: 'password' })];
  render(
    <OryComponentsProvider components={{ InputNode: WithFill }}>
      <Flow ui={{ action: 'https://kratos.test/self-service/registration?flow=1', method: 'POST', nodes }} onSubmit={() => Promise.resolve()} />
    </OryComponentsProvider>,
  );
  const field = document.querySelector<HTMLInputElement>('input[name="traits.email"]');
  if (!field) throw new Error('no email field');
  const user = person();
  await user.type(field, 'x');
  await user.click(screen.getByRole('button', { name: 'fill' }));
  expect(field).toHaveValue('ada@work.test');
});

test('with the default fields, typing renders no component at all (the input follows the store itself)', async () => {
  const commits = vi.fn();
  render(
    <Profiler id="settings" onRender={commits}>
      <Settings flow={settingsFlow} onSubmit={() => Promise.resolve()} />
    </Profiler>,
  );
  const email = screen.getByLabelText(/E-Mail/) as HTMLInputElement;
  const password = screen.getByLabelText(/^Password/) as HTMLInputElement;
  const user = person();
  await user.click(email);
  commits.mockClear();
  await user.keyboard('x');
  await user.click(password);
  await user.keyboard('y');
  expect([email.value, password.value]).toEqual(['alice@example.comx', 'y']);
  expect(commits).not.toHaveBeenCalled();
});
