// Real Chromium, with `webauthnScript="kratos"` (the opt-in for servers the kit cannot read): the
// server's script runs once per page however often flows render, and a WebAuthn trigger calls the
// function that script defined (a stand-in for Kratos' webauthn.js) without eval.
import '../src/theme/styles.css';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LoginFlow, UiNode } from '@orykit/client';
import { Flow, Login } from '../src/index.ts';
import { loginWebAuthnTrigger } from './fixtures/flows.ts';
import { script } from './fixtures/nodes.ts';

declare global {
  interface Window {
    __oryScriptRuns?: number;
    __oryWebAuthnLogin?: (opt: unknown) => void;
  }
}

// Served by the test server, on this page's origin: the flows' actions are relative, so that is Kratos'
// origin here (blob: and data: scripts are never loaded).
const served = (name: string) => new URL(`./fixtures/scripts/${name}`, import.meta.url).href;

test('a script node is loaded and executed once, however many flows render it', async () => {
  window.__oryScriptRuns = 0;
  const src = served('count-runs.js');
  const node = { ...script(src), attributes: { ...(script(src).attributes as object), integrity: '', nonce: '' } } as UiNode;
  const ui = (n: number) => ({ action: `/a?${n}`, method: 'POST', nodes: [node] }) as never;
  const { rerender, unmount } = render(
    <>
      <Flow ui={ui(1)} webauthnScript="kratos" />
      <Flow ui={ui(2)} webauthnScript="kratos" />
    </>,
  );
  await waitFor(() => expect(window.__oryScriptRuns).toBe(1));
  rerender(
    <>
      <Flow ui={ui(3)} webauthnScript="kratos" />
      <Flow ui={ui(4)} webauthnScript="kratos" />
      <Flow ui={ui(5)} webauthnScript="kratos" />
    </>,
  );
  unmount();
  render(<Flow ui={ui(6)} webauthnScript="kratos" />);
  await new Promise((r) => setTimeout(r, 200));
  expect(window.__oryScriptRuns).toBe(1);
  expect(document.querySelectorAll(`script[src="${src}"]`)).toHaveLength(1);
});

test('the trigger calls webauthn.js’s function with the parsed options; its form.submit() reaches onSubmit', async () => {
  const user = userEvent.setup();
  const src = served('webauthn-stub.js');
  const nodes = (loginWebAuthnTrigger.ui.nodes as UiNode[]).map((n) =>
    n.type === 'script' ? ({ ...n, attributes: { ...(n.attributes as object), src, integrity: '', nonce: '' } } as UiNode) : n,
  );
  const flow = { ...loginWebAuthnTrigger, ui: { ...loginWebAuthnTrigger.ui, action: '/self-service/login?flow=1', nodes } } as LoginFlow;
  const onSubmit = vi.fn().mockResolvedValue(undefined);
  render(<Login flow={flow} onSubmit={onSubmit} webauthnScript="kratos" />);
  await waitFor(() => expect(typeof window.__oryWebAuthnLogin).toBe('function'));
  await user.click(screen.getByRole('button', { name: 'Continue with security key' }));
  expect((window as unknown as { __lastOptions: { publicKey: { rpId: string } } }).__lastOptions.publicKey.rpId).toBe('localhost');
  expect(onSubmit).toHaveBeenCalledWith({
    csrf_token: expect.any(String),
    identifier: 'alice@example.com',
    webauthn_login: JSON.stringify({ id: 'credential-id', rpId: 'localhost' }),
  });
});

test('an injected onclick never runs', async () => {
  const user = userEvent.setup({ pointerEventsCheck: 0 });
  const alertSpy = vi.spyOn(window, 'alert').mockImplementation(() => {});
  const ui = {
    action: '/a',
    method: 'POST',
    nodes: [
      {
        type: 'input',
        group: 'webauthn',
        attributes: { name: 'webauthn_login_trigger', type: 'button', value: '', disabled: false, node_type: 'input', onclick: 'window.__oryWebAuthnLogin({}); alert(document.cookie)' },
        messages: [],
        meta: { label: { id: 1010008, text: 'Use security key', type: 'info' } },
      },
    ],
  } as never;
  render(<Flow ui={ui} onSubmit={vi.fn()} />);
  const button = screen.getByRole('button', { name: 'Use security key' });
  expect(button).toBeDisabled();
  expect(button.getAttribute('onclick')).toBeNull();
  await user.click(button);
  expect(alertSpy).not.toHaveBeenCalled();
  alertSpy.mockRestore();
});
