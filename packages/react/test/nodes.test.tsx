import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UiNode } from '@orykit/client';
import { Flow, Node } from '../src/index.ts';
import { anchor, csrf, error, img, info, input, script, success, text } from './fixtures/nodes.ts';
import { LOOKUP_CODES, WEBAUTHN_LOGIN_ONCLICK, settingsFlow, settingsLookupRevealed } from './fixtures/flows.ts';
import { installFakeWebAuthn } from './helpers/webauthn.ts';

const ui = (nodes: UiNode[], messages?: unknown[]) =>
  ({ action: 'http://127.0.0.1:4433/self-service/login?flow=1', method: 'POST', nodes, ...(messages ? { messages } : {}) }) as never;

describe('input types', () => {
  test('hidden inputs render with their value and no label', () => {
    const { container } = render(<Flow ui={ui([csrf('tok-1')])} />);
    const hidden = container.querySelector('input[type="hidden"][name="csrf_token"]') as HTMLInputElement;
    expect(hidden.value).toBe('tok-1');
    expect(container.querySelector('label')).toBeNull();
  });

  test.each(['text', 'email', 'number', 'tel', 'url', 'date', 'datetime-local'])('%s input with its label', (type) => {
    render(<Flow ui={ui([input('default', `traits.f_${type}`, type, { label: info(1070002, `Field ${type}`) })])} />);
    const el = screen.getByLabelText(`Field ${type}`) as HTMLInputElement;
    expect(el.type).toBe(type);
    expect(el.name).toBe(`traits.f_${type}`);
  });

  test('an unknown input type falls back to a text input', () => {
    render(<Flow ui={ui([input('default', 'traits.color', 'color-wheel', { label: info(1070002, 'Color') })])} />);
    expect((screen.getByLabelText('Color') as HTMLInputElement).type).toBe('text');
  });

  test('an input without a label gets one from its name', () => {
    render(<Flow ui={ui([input('default', 'traits.name.first', 'text')])} />);
    expect(screen.getByLabelText('First')).toBeInTheDocument();
  });

  test('password with a show/hide toggle', async () => {
    const user = userEvent.setup();
    render(<Flow ui={ui([input('password', 'password', 'password', { label: info(1070001, 'Password'), required: true })])} kind="login" />);
    const pw = screen.getByLabelText(/^Password/) as HTMLInputElement;
    expect(pw.type).toBe('password');
    expect(pw).toHaveAttribute('autocomplete', 'current-password');
    expect(pw).toBeRequired();
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAttribute('aria-controls', pw.id);
    await user.click(toggle);
    expect(pw.type).toBe('text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle);
    expect(pw.type).toBe('password');
  });

  test('checkbox is labelled, posts "true", and reflects the server value', () => {
    render(<Flow ui={ui([input('profile', 'traits.newsletter', 'checkbox', { value: true, label: info(1070002, 'Newsletter') })])} />);
    const cb = screen.getByLabelText('Newsletter') as HTMLInputElement;
    expect(cb.type).toBe('checkbox');
    expect(cb.checked).toBe(true);
    expect(cb.value).toBe('true');
    fireEvent.click(cb);
    expect(cb.checked).toBe(false);
  });

  test('submit renders a button with name and value', () => {
    render(<Flow ui={ui([input('password', 'method', 'submit', { value: 'password', label: info(1010001, 'Sign in') })])} />);
    const b = screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
    expect(b.type).toBe('submit');
    expect(b.name).toBe('method');
    expect(b.value).toBe('password');
  });

  test('a button without onclick renders as a plain button', () => {
    render(<Flow ui={ui([input('default', 'noop', 'button', { value: 'x', label: info(0, 'Do it') })])} />);
    expect((screen.getByRole('button', { name: 'Do it' }) as HTMLButtonElement).type).toBe('button');
  });

  test('disabled, required, pattern are passed through', () => {
    render(<Flow ui={ui([input('code', 'code', 'text', { required: true, disabled: true, pattern: '[0-9]+', label: info(1070006, 'Verify code') })])} kind="verification" />);
    const el = screen.getByLabelText(/Verification code/) as HTMLInputElement;
    expect(el).toBeDisabled();
    expect(el).toBeRequired();
    expect(el).toHaveAttribute('pattern', '[0-9]+');
    expect(el).toHaveAttribute('autocomplete', 'one-time-code');
    expect(el).toHaveAttribute('inputmode', 'numeric');
  });
});

describe('node types', () => {
  test('img: the TOTP QR code gets a descriptive alt text', () => {
    render(<Flow ui={ui([img('totp', 'totp_qr', 'data:image/png;base64,iVBORw0KGgo=', info(1050005, 'Authenticator app QR code'))])} />);
    const i = screen.getByRole('img', { name: 'QR code to scan with your authenticator app' }) as HTMLImageElement;
    expect(i.src).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(i).toHaveAttribute('width', '256');
  });

  test('img: a generic image uses its label as alt and caption; a javascript: src is dropped', () => {
    const { container } = render(<Flow ui={ui([img('default', 'logo', 'https://x.test/a.png', info(0, 'Company logo')), img('default', 'bad', 'javascript:alert(1)')])} />);
    expect(screen.getByRole('img', { name: 'Company logo' })).toBeInTheDocument();
    expect(container.querySelectorAll('img')).toHaveLength(1);
  });

  test('a: a link with its title; unsafe hrefs render as text', () => {
    render(<Flow ui={ui([anchor('code', 'continue', 'https://app.test/', info(1070009, 'Continue')), anchor('code', 'evil', 'javascript:alert(1)', info(0, 'Evil'))])} />);
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', 'https://app.test/');
    expect(screen.queryByRole('link', { name: 'Evil' })).toBeNull();
    expect(screen.getByText('Evil')).toBeInTheDocument();
  });

  test('text: generic text is text, never HTML', () => {
    const { container } = render(<Flow ui={ui([text('default', 'note', info(0, '<img src=x onerror=alert(1)> hello'), info(0, 'Note'))])} />);
    expect(screen.getByText('<img src=x onerror=alert(1)> hello')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Note')).toBeInTheDocument();
  });

  test('text 1050006: TOTP secret with a copy button', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Flow ui={ui([text('totp', 'totp_secret_key', info(1050006, 'ABCDEF', { secret: 'ABCDEF' }), info(1050017, 'This is your authenticator app secret.'))])} />);
    expect(screen.getByText('ABCDEF').tagName).toBe('CODE');
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('ABCDEF');
    expect(await screen.findByRole('button', { name: 'Copied!' })).toBeInTheDocument();
  });

  test('text 1050015: backup codes as a list, used ones marked, copy and .txt download', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const createObjectURL = vi.fn(() => 'blob:codes');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicks: HTMLAnchorElement[] = [];
    const origClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this);
    };
    try {
      render(<Flow ui={settingsLookupRevealed.ui} kind="settings" layout="grouped" />);
      const list = screen.getByRole('list', { name: /backup recovery codes/i });
      const items = within(list).getAllByRole('listitem');
      expect(items).toHaveLength(12);
      expect(items[1]).toHaveTextContent(/used/);
      expect(within(list).getByText('e8jx3hkb').tagName).toBe('CODE');

      await user.click(screen.getByRole('button', { name: 'Copy' }));
      expect(writeText).toHaveBeenCalledWith(LOOKUP_CODES.join('\n') + '\n');

      await user.click(screen.getByRole('button', { name: 'Download' }));
      expect(createObjectURL).toHaveBeenCalledTimes(1);
      const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
      expect(blob.type).toBe('text/plain;charset=utf-8');
      expect(await blob.text()).toBe(LOOKUP_CODES.join('\n') + '\n');
      expect(clicks[0]?.download).toBe('recovery-codes.txt');
      expect(clicks[0]?.href).toBe('blob:codes');
    } finally {
      HTMLAnchorElement.prototype.click = origClick;
    }
  });

  test("an app's own <Flow> of a settings flow is complete: backup codes as a list with Copy, the TOTP secret with Copy", () => {
    const { container } = render(<Flow ui={settingsLookupRevealed.ui} kind="settings" layout="grouped" />);
    expect(screen.getByRole('list', { name: /backup recovery codes/i })).toBeInTheDocument();
    for (const code of LOOKUP_CODES) expect(container.textContent).toContain(code);
    render(<Flow ui={ui([text('totp', 'totp_secret_key', info(1050006, 'ABCDEF', { secret: 'ABCDEF' }))])} />);
    expect(screen.getAllByRole('button', { name: 'Copy' }).length).toBeGreaterThanOrEqual(2);
  });

  test('copy failure is announced', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    render(<Flow ui={ui([text('totp', 'totp_secret_key', info(1050006, 'ABCDEF', { secret: 'ABCDEF' }))])} />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/Couldn't copy/, { selector: '[role="status"]' })).toBeInTheDocument();
  });

  test('webauthn.js is not loaded by default: the kit runs the ceremony itself', () => {
    render(<Flow ui={ui([script()])} />);
    expect(document.querySelectorAll('script[src*="webauthn.js"]')).toHaveLength(0);
  });

  test('script (webauthnScript="kratos"): rendered once per page (hoisted, deduplicated) with its attributes', () => {
    render(
      <>
        <Flow ui={ui([script()])} webauthnScript="kratos" />
        <Flow ui={ui([script()])} webauthnScript="kratos" />
      </>,
    );
    const scripts = document.querySelectorAll('script[src="http://127.0.0.1:4433/.well-known/ory/webauthn.js"]');
    expect(scripts).toHaveLength(1);
    const s = scripts[0] as HTMLScriptElement;
    expect(s.hasAttribute('async')).toBe(true);
    expect(s.getAttribute('integrity')).toMatch(/^sha512-/);
    expect(s.getAttribute('crossorigin')).toBe('anonymous');
    expect(s.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(s.getAttribute('nonce') ?? s.nonce).toBe('b6f9c2d4-6a1b-4d54-9a0e-1c3a8e7f1b20');
    expect(s.parentElement).toBe(document.head);
  });

  test('script without src renders nothing', () => {
    const { container } = render(<Flow ui={ui([{ type: 'script', group: 'webauthn', attributes: { node_type: 'script', src: '' }, messages: [], meta: {} } as never])} />);
    expect(container.querySelector('script')).toBeNull();
  });

  test('an unknown node type shows a translated note instead of throwing', () => {
    render(<Flow ui={ui([{ type: 'hologram', group: 'default', attributes: { node_type: 'hologram' }, messages: [], meta: {} } as never])} />);
    expect(screen.getByText("This part of the form can't be displayed.")).toBeInTheDocument();
  });

  test('<Node> renders a single node on its own', () => {
    render(<Node node={input('default', 'identifier', 'text', { label: info(1070004, 'ID') })} />);
    expect(screen.getByLabelText('ID')).toBeInTheDocument();
  });
});

describe('OIDC providers', () => {
  test.each([
    ['google', 'Google'],
    ['github', 'GitHub'],
    ['apple', 'Apple'],
    ['microsoft', 'Microsoft'],
    ['gitlab', 'GitLab'],
    ['facebook', 'Facebook'],
    ['discord', 'Discord'],
    ['slack', 'Slack'],
    ['auth0', 'Auth0'],
    ['google-workspace', 'google-workspace'],
    ['acme-sso', 'acme-sso'],
  ])('%s: a logo (inline SVG element, hidden from AT) and a translated label', (provider, display) => {
    const { container } = render(<Flow ui={ui([input('oidc', 'provider', 'submit', { value: provider, label: info(1010002, `Sign in with ${provider}`, { provider }) })])} />);
    const button = screen.getByRole('button', { name: `Sign in with ${display}` });
    expect(button).toHaveAttribute('name', 'provider');
    expect(button).toHaveAttribute('value', provider);
    const svg = button.querySelector('svg') as SVGElement;
    expect(svg).not.toBeNull();
    expect(svg.closest('[aria-hidden="true"]')).not.toBeNull();
    const known = ['google', 'github', 'apple', 'microsoft', 'gitlab', 'facebook', 'discord', 'slack', 'auth0'];
    const expected = known.find((k) => provider.startsWith(k)) ?? 'generic';
    expect(button).toHaveClass(`ory-oidc-button--${expected}`);
    expect(container.innerHTML).not.toContain('<img');
  });

  test('a provider button without a label still has an accessible name', () => {
    render(<Flow ui={ui([input('oidc', 'provider', 'submit', { value: 'gitlab' })])} />);
    expect(screen.getByRole('button', { name: 'Sign in with GitLab' })).toBeInTheDocument();
  });
});

describe('groups', () => {
  const groups = ['default', 'password', 'oidc', 'profile', 'link', 'code', 'totp', 'lookup_secret', 'webauthn', 'passkey_v2'];
  const nodes = groups.map((g) => input(g, `f_${g}`, 'text', { label: info(0, `Field ${g}`) }));

  test('single layout: one form, one section per group, in order, unknown group last', () => {
    const { container } = render(<Flow ui={ui(nodes)} />);
    expect(container.querySelectorAll('form')).toHaveLength(1);
    const sections = Array.from(container.querySelectorAll('.ory-section')).map((s) => s.className.replace('ory-section ory-section--', ''));
    expect(sections).toEqual(['default', 'profile', 'password', 'code', 'link', 'totp', 'lookup_secret', 'webauthn', 'oidc', 'passkey_v2']);
  });

  test('grouped layout: one titled form per group, unknown groups get a readable title', () => {
    const { container } = render(<Flow ui={ui([csrf('t'), ...nodes.slice(1)])} layout="grouped" kind="settings" />);
    const forms = container.querySelectorAll('form');
    expect(forms).toHaveLength(9);
    for (const f of forms) expect(f.querySelector('input[name="csrf_token"]')).not.toBeNull();
    for (const title of ['Change password', 'Sign in with social accounts', 'Profile', 'Email link', 'Email code', 'Authenticator app', 'Backup recovery codes', 'Security keys', 'Passkey v2']) {
      expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
    }
    expect(screen.getByRole('group', { name: 'Security keys' })).toBeInTheDocument();
  });

  test('hiddenGroups and groupOrder', () => {
    const { container } = render(<Flow ui={ui(nodes)} hiddenGroups={['oidc', 'totp']} groupOrder={['webauthn', 'default']} />);
    expect(screen.queryByLabelText('Field oidc')).toBeNull();
    expect(screen.queryByLabelText('Field totp')).toBeNull();
    expect(container.querySelector('.ory-section')?.className).toContain('webauthn');
  });

  test('nodeOrder by names and by a compare function', () => {
    const two = [input('default', 'a', 'text', { label: info(0, 'A') }), input('default', 'b', 'text', { label: info(0, 'B') })];
    const { container, rerender } = render(<Flow ui={ui(two)} nodeOrder={['b']} />);
    expect(Array.from(container.querySelectorAll('input')).map((i) => i.name)).toEqual(['b', 'a']);
    rerender(<Flow ui={ui(two)} nodeOrder={(x, y) => ((x.attributes as { name: string }).name < (y.attributes as { name: string }).name ? -1 : 1)} />);
    expect(Array.from(container.querySelectorAll('input')).map((i) => i.name)).toEqual(['a', 'b']);
  });

  test('settings fixture: every section is its own form with csrf and its submit', () => {
    const { container } = render(<Flow ui={settingsFlow.ui} layout="grouped" kind="settings" />);
    const forms = Array.from(container.querySelectorAll('form'));
    expect(forms.map((f) => f.getAttribute('data-ory-group'))).toEqual(['profile', 'password', 'totp', 'lookup_secret', 'webauthn', 'oidc']);
    for (const f of forms) {
      expect(f.getAttribute('action')).toBe(settingsFlow.ui.action);
      expect(f.getAttribute('method')).toBe('post');
    }
    expect(within(forms[1] as HTMLElement).getByLabelText(/Password/)).toHaveAttribute('autocomplete', 'new-password');
  });
});

describe('messages', () => {
  test('flow messages: errors in role=alert, info and success in a polite status region', () => {
    render(
      <Flow
        ui={ui([csrf()], [error(4000006, 'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.'), info(1010003, 'Please confirm this action by verifying that it is you.'), success(1050001, 'Your changes have been saved!')])}
      />
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The credentials are invalid');
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Please confirm this action by verifying that it is you.');
    expect(status).toHaveTextContent('Your changes have been saved.');
    expect(within(status).getByText('Your changes have been saved.')).toHaveClass('ory-message--success');
  });

  test('node messages are tied with aria-describedby; errors set aria-invalid', () => {
    render(
      <Flow
        ui={ui([
          input('password', 'traits.email', 'email', {
            label: info(1070002, 'E-Mail'),
            messages: [error(4000001, '"x" is not valid "email"'), info(0, 'We never share it.')],
          }),
          input('password', 'traits.nick', 'text', { label: info(1070002, 'Nick'), messages: [info(0, 'Optional')] }),
        ])}
      />,
    );
    const email = screen.getByLabelText('E-Mail');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('"x" is not valid "email" We never share it.');
    const nick = screen.getByLabelText('Nick');
    expect(nick).not.toHaveAttribute('aria-invalid');
    expect(nick).toHaveAccessibleDescription('Optional');
  });

  test('server text with markup stays text', () => {
    const { container } = render(<Flow ui={ui([csrf()], [error(999, '<b>bold</b><script>alert(1)</script>')])} />);
    expect(screen.getByText('<b>bold</b><script>alert(1)</script>')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
  });
});

describe('WebAuthn trigger', () => {
  let webauthn: ReturnType<typeof installFakeWebAuthn> | undefined;
  afterEach(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w['__oryWebAuthnLogin'];
    delete w['oryPasskeyLogin'];
    webauthn?.uninstall();
    webauthn = undefined;
  });

  test('webauthnScript="kratos": a click calls the function webauthn.js defined, with the parsed JSON', async () => {
    const user = userEvent.setup();
    const fn = vi.fn();
    webauthn = installFakeWebAuthn();
    Object.assign(window, { __oryWebAuthnLogin: fn });
    render(
      <Flow
        ui={ui([input('webauthn', 'webauthn_login_trigger', 'button', { value: '', onclick: WEBAUTHN_LOGIN_ONCLICK, label: info(1010011, 'Continue with security key') })])}
        webauthnScript="kratos"
      />,
    );
    const b = screen.getByRole('button', { name: 'Continue with security key' });
    expect(b).toHaveAttribute('type', 'button');
    expect(b).toHaveAttribute('name', 'webauthn_login_trigger');
    expect(b).not.toHaveAttribute('onclick');
    await user.click(b);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn.mock.calls[0]?.[0]).toMatchObject({ publicKey: { rpId: 'localhost' } });
    expect(webauthn.get).not.toHaveBeenCalled();
  });

  test('a malformed onclick is never executed: the button is disabled and explains why', async () => {
    const fn = vi.fn();
    const alertSpy = vi.fn();
    webauthn = installFakeWebAuthn();
    Object.assign(window, { __oryWebAuthnLogin: fn, alert: alertSpy });
    render(<Flow ui={ui([input('webauthn', 'webauthn_login_trigger', 'button', { onclick: 'window.__oryWebAuthnLogin({}); alert(1)', label: info(1010008, 'Use security key') })])} />);
    const b = screen.getByRole('button', { name: 'Use security key' });
    expect(b).toBeDisabled();
    expect(b).toHaveAccessibleDescription("This security key action can't be started. Please reload the page and try again.");
    fireEvent.click(b);
    expect(fn).not.toHaveBeenCalled();
    expect(webauthn.get).not.toHaveBeenCalled();
    expect(alertSpy).not.toHaveBeenCalled();
  });

  test('an unknown function name is refused the same way', () => {
    webauthn = installFakeWebAuthn();
    render(<Flow ui={ui([input('webauthn', 'webauthn_login_trigger', 'button', { onclick: 'window.stealCookies({})', label: info(1010008, 'Use security key') })])} />);
    expect(screen.getByRole('button', { name: 'Use security key' })).toBeDisabled();
  });

  test('no WebAuthn in this browser: a sentence instead of the button', () => {
    render(<Flow ui={ui([input('webauthn', 'webauthn_login_trigger', 'button', { onclick: WEBAUTHN_LOGIN_ONCLICK, label: info(1010008, 'Use security key') })])} />);
    expect(screen.queryByRole('button', { name: 'Use security key' })).toBeNull();
    expect(screen.getByText("This browser doesn't support security keys or passkeys. Try another browser or another way to sign in.")).toBeInTheDocument();
  });

  test('webauthnScript="kratos" and the script has not defined its function: a clear message with a retry', async () => {
    const user = userEvent.setup();
    webauthn = installFakeWebAuthn();
    render(<Flow ui={ui([input('webauthn', 'webauthn_login_trigger', 'button', { onclick: WEBAUTHN_LOGIN_ONCLICK, label: info(1010008, 'Use security key') })])} webauthnScript="kratos" />);
    await user.click(screen.getByRole('button', { name: 'Use security key' }));
    expect(screen.getByText("The security key script couldn't be loaded. Please reload the page.").closest('.ory-alert')).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  test('webauthnScript="kratos": onclickTrigger (newer servers) works without onclick', async () => {
    const user = userEvent.setup();
    const fn = vi.fn();
    webauthn = installFakeWebAuthn();
    Object.assign(window, { oryPasskeyLogin: fn });
    render(<Flow ui={ui([input('passkey', 'passkey_login_trigger', 'button', { onclickTrigger: 'oryPasskeyLogin', label: info(1010021, 'Sign in with passkey') })])} webauthnScript="kratos" />);
    await user.click(screen.getByRole('button', { name: 'Sign in with passkey' }));
    expect(fn).toHaveBeenCalledWith();
  });
});
