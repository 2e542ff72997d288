// Responses captured from a real Kratos v0.11.1 (e2e/servers/fixtures, written by the e2e harness):
// every one with a `ui` renders with the matching component, every visible input is labelled, the
// WebAuthn onclick parses, and submitting builds the body Kratos expects.
import { render, screen } from '@testing-library/react';
import { person } from './helpers/person.ts';
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import { ErrorView, Login, Recovery, Registration, Settings, Verification, parseWebAuthnOnclick } from '../src/index.ts';

const captures = import.meta.glob('../../../e2e/servers/fixtures/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

type Captured = { id?: string; request_url?: string; ui?: { nodes?: Array<{ type: string; attributes: Record<string, unknown> }> }; error?: unknown };

function componentFor(name: string, flow: Captured): ReactElement | undefined {
  const url = typeof flow.request_url === 'string' ? flow.request_url : name;
  const props = { flow: flow as never, onSubmit: vi.fn().mockResolvedValue(undefined) };
  if (!flow.ui) return flow.error && flow.id ? <ErrorView error={flow as never} /> : undefined;
  if (/login/.test(url)) return <Login {...props} />;
  if (/registration/.test(url)) return <Registration {...props} />;
  if (/recovery/.test(url)) return <Recovery {...props} />;
  if (/verification/.test(url)) return <Verification {...props} />;
  if (/settings/.test(url)) return <Settings {...props} />;
  return undefined;
}

const renderable = Object.entries(captures)
  .map(([path, json]) => [path.split('/').pop() ?? path, json as Captured] as const)
  .filter(([name, flow]) => componentFor(name, flow) !== undefined);

describe.runIf(renderable.length > 0)('real Kratos v0.11.1 captures', () => {
  test.each(renderable)('%s renders, every visible input is labelled', (name, flow) => {
    const el = componentFor(name, flow) as ReactElement;
    expect(() => renderToString(el)).not.toThrow();
    const { container } = render(el);
    for (const input of Array.from(container.querySelectorAll('input:not([type="hidden"])'))) {
      expect((input as HTMLInputElement).labels?.length, `${name}: ${(input as HTMLInputElement).name}`).toBeGreaterThan(0);
    }
    for (const button of Array.from(container.querySelectorAll('button'))) {
      expect(button.textContent?.trim() || button.getAttribute('aria-label'), `${name}: a button without a name`).toBeTruthy();
    }
    expect(container.querySelector('.ory-unknown-node')).toBeNull();
  });

  test('every captured WebAuthn onclick parses to an allow-listed call with JSON', () => {
    const onclicks = renderable.flatMap(([, flow]) => (flow.ui?.nodes ?? []).map((n) => n.attributes['onclick']).filter((o): o is string => typeof o === 'string'));
    for (const o of onclicks) {
      const r = parseWebAuthnOnclick(o);
      expect(r.ok, o.slice(0, 60)).toBe(true);
    }
  });

  const settings = renderable.find(([name]) => name === 'settings-browser.json')?.[1];
  test.runIf(settings !== undefined)('settings capture: the profile form posts the traits with method=profile', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Settings flow={settings as never} onSubmit={onSubmit} />);
    await user.clear(screen.getByLabelText(/First name/));
    await user.fill(screen.getByLabelText(/First name/), 'Grace');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0] as HTMLElement);
    const body = onSubmit.mock.calls[0]?.[0] as { traits: { name: { first: string } }; method: string; csrf_token: string };
    expect(body.method).toBe('profile');
    expect(body.traits.name.first).toBe('Grace');
    expect(body.csrf_token.length).toBeGreaterThan(10);
    expect(body).not.toHaveProperty('password');
  });

  const recovery = renderable.find(([name]) => name === 'recovery-api-submit-email.json')?.[1];
  test.runIf(recovery !== undefined)('recovery capture: Enter in the code submits method=code, the code stays a string', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Recovery flow={recovery as never} onSubmit={onSubmit} />);
    await user.fill(screen.getByLabelText(/Verification code/), '012345{Enter}');
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ code: '012345', method: 'code' }));
    expect(onSubmit.mock.calls[0]?.[0]).not.toHaveProperty('email');
  });
});
