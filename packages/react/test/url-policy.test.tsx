// Every href, src, script and form action the components render goes through @orykit/client's URL policy.
import { createOryClient, type OryClientOptions } from '@orykit/client';
import { OryProvider } from '@orykit/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Consent, Flow, Verification } from '../src/index.ts';
import { consentRequest, verificationPassed } from './fixtures/flows.ts';
import { anchor, csrf, img, info, input, script } from './fixtures/nodes.ts';

const KRATOS = 'https://auth.example';
const action = (url = `${KRATOS}/self-service/login?flow=1`) => url;
const ui = (nodes: unknown[], url = action()) => ({ action: url, method: 'POST', nodes, messages: [] }) as never;

const withClient = (options: Partial<OryClientOptions> = {}) =>
  function Wrapper({ children }: { children?: ReactNode }) {
    return <OryProvider client={createOryClient({ baseUrl: KRATOS, ...options })}>{children}</OryProvider>;
  };

// The shapes from the report that got through: Unicode white space before a script scheme, and friends.
const HOSTILE_HREFS = [
  '\u00a0javascript:alert(1)',
  '\u2028javascript:alert(1)',
  '\u2029javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  '\u3000javascript:alert(1)',
  '\u200bjavascript:alert(1)',
  '\u0085javascript:alert(1)',
  ' \t\njavascript:alert(1)',
  'java\u00a0script:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\u00a0data:text/html,<script>alert(1)</script>',
  '\u00a0vbscript:msgbox(1)',
  'blob:https://app.example/x',
  'file:///etc/passwd',
];

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
  for (const s of Array.from(document.head.querySelectorAll('script'))) s.remove();
});

describe('hrefs and image sources', () => {
  test.each(HOSTILE_HREFS)('an a node with href %j renders as text, not a link', (href) => {
    const { container } = render(<Flow ui={ui([anchor('code', 'x', href, info(1070009, 'Continue'))])} />);
    expect(screen.getByText('Continue')).toBeInTheDocument();
    expect(container.querySelector('a')).toBeNull();
  });

  test.each(HOSTILE_HREFS)('an img node with src %j renders no image', (src) => {
    const { container } = render(<Flow ui={ui([img('totp', 'totp_qr', src, info(1050005, 'QR'))])} />);
    expect(container.querySelector('img')).toBeNull();
  });

  test('a good anchor and image still render', () => {
    const { container } = render(<Flow ui={ui([anchor('code', 'x', ' https://app.example/next ', info(0, 'Next')), img('default', 'qr', 'data:image/png;base64,iVBORw0KGgo=')])} />);
    expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute('href', 'https://app.example/next');
    expect(container.querySelector('img')).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
  });

  test("an OAuth2 client's hostile policy, terms and logo URLs are not rendered", () => {
    const client = { ...consentRequest.client, policy_uri: '\u00a0javascript:alert(1)', tos_uri: 'data:text/html,x', logo_uri: '\u2028javascript:alert(1)' };
    const { container } = render(<Consent request={{ ...consentRequest, client } as never} />);
    expect(container.querySelector('a[href*="script"], a[href^="data:"]')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('verification "Continue" follows return_to rules', () => {
  const passed = (returnTo: string) => ({
    ...verificationPassed,
    return_to: returnTo,
    ui: { ...verificationPassed.ui, nodes: verificationPassed.ui.nodes.filter((n) => n.type !== 'a') },
  });

  test.each(['https://evil.example/x', 'javascript:alert(1)', '//evil.example/x'])('%j: the app home instead', (returnTo) => {
    render(<Verification flow={passed(returnTo)} hrefs={{ home: '/' }} />);
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/');
  });

  test("an origin on the client's allowedReturnUrls is kept", () => {
    render(<Verification flow={passed('https://shop.example/cart')} hrefs={{ home: '/' }} />, { wrapper: withClient({ allowedReturnUrls: ['https://shop.example'] }) });
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', 'https://shop.example/cart');
  });
});

describe('script nodes (webauthnScript="kratos") load only from Kratos or the app allow-list', () => {
  const loaded = () => Array.from(document.querySelectorAll('script[src]')).map((s) => s.getAttribute('src'));

  test.each([
    'data:text/javascript,alert(1)',
    '//evil.example/webauthn.js',
    'https://evil.example/.well-known/ory/webauthn.js',
    `${KRATOS}@evil.example/webauthn.js`,
    '\u00a0javascript:alert(1)',
    'blob:https://auth.example/x',
  ])('%j is not loaded, and the console says why', (src) => {
    render(<Flow ui={ui([script(src)])} webauthnScript="kratos" />, { wrapper: withClient() });
    expect(loaded()).toEqual([]);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('refused to load the script node'));
  });

  test("by default not even Kratos' own webauthn.js is loaded: the kit runs the ceremony", () => {
    render(<Flow ui={ui([script(`${KRATOS}/.well-known/ory/webauthn.js?0`)])} />, { wrapper: withClient() });
    expect(loaded()).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });

  // React loads a script once per page and remembers it: each test loads its own URL.
  test("Kratos' own webauthn.js is loaded", () => {
    render(<Flow ui={ui([script(`${KRATOS}/.well-known/ory/webauthn.js?1`)])} webauthnScript="kratos" />, { wrapper: withClient() });
    expect(loaded()).toEqual([`${KRATOS}/.well-known/ory/webauthn.js?1`]);
  });

  test('a script URL on allowedScriptUrls is loaded', () => {
    render(<Flow ui={ui([script('https://cdn.example/ory/webauthn.js')])} webauthnScript="kratos" />, { wrapper: withClient({ allowedScriptUrls: ['https://cdn.example/ory/'] }) });
    expect(loaded()).toEqual(['https://cdn.example/ory/webauthn.js']);
  });

  test("without a configured client, only the flow action's origin is Kratos'", () => {
    render(<Flow ui={ui([script('https://evil.example/webauthn.js'), script(`${KRATOS}/.well-known/ory/webauthn.js?2`)])} webauthnScript="kratos" />);
    expect(loaded()).toEqual([`${KRATOS}/.well-known/ory/webauthn.js?2`]);
  });
});

describe("form actions stay on Kratos' origin", () => {
  const nodes = [csrf(), input('password', 'identifier', 'text', { label: info(1070004, 'ID') }), input('password', 'method', 'submit', { value: 'password', label: info(1010001, 'Sign in') })];
  const refusal = "This form points to an address that isn't this app's sign-in server, so it won't be sent there.";

  test.each(['https://evil.example/collect', '//evil.example/collect', `${KRATOS}@evil.example/`, 'javascript:alert(1)', 'https://auth.example.evil.example/x'])(
    '%j: no native action, a visible sentence, a console error, and no native post',
    (url) => {
      const { container } = render(<Flow ui={ui(nodes, url)} />, { wrapper: withClient() });
      const form = container.querySelector('form')!;
      expect(form.hasAttribute('action')).toBe(false);
      expect(screen.getByText(refusal)).toBeInTheDocument();
      expect(errors.mock.calls.some((args: unknown[]) => args.join(' ').includes('Refused the form action'))).toBe(true);
      const submit = new Event('submit', { bubbles: true, cancelable: true });
      fireEvent(form, submit);
      expect(submit.defaultPrevented).toBe(true);
    },
  );

  test("an action on Kratos' origin posts natively, without a warning", () => {
    const { container } = render(<Flow ui={ui(nodes)} />, { wrapper: withClient() });
    expect(container.querySelector('form')).toHaveAttribute('action', action());
    expect(screen.queryByText(refusal)).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  test('with JavaScript, a refused action still submits through the client (to Kratos), not natively', async () => {
    const onSubmit = vi.fn(async () => {});
    const { container } = render(<Flow ui={ui(nodes, 'https://evil.example/collect')} onSubmit={onSubmit} />, { wrapper: withClient() });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(container.querySelector('form')!.hasAttribute('action')).toBe(false);
  });
});
