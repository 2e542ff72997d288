// The WebAuthn ceremony run by the kit: options decoded, navigator.credentials called with a signal,
// the result encoded as Kratos v0.11 parses it, put into the hidden field of the button's own form and
// submitted through the flow's submit path; failures are sentences with a retry, never alert().
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LoginFlow, RegistrationFlow } from '@orykit/client';
import { Flow, Login, Registration } from '../src/index.ts';
import { decodeBase64Url, encodeBase64Url } from '../src/nodes/webauthn/codec.ts';
import { encodeCredential, runCeremony } from '../src/nodes/webauthn/ceremony.ts';
import { webAuthnRequestOf } from '../src/nodes/webauthn/options.ts';
import { resolveWebAuthnTrigger } from '../src/nodes/webauthn.ts';
import { loginAal2, loginWebAuthnOnclickTrigger, loginWebAuthnTrigger, registrationWebAuthn, WEBAUTHN_REGISTER_ONCLICK } from './fixtures/flows.ts';
import { fakeCredential, installFakeWebAuthn } from './helpers/webauthn.ts';

const LOGIN_RESULT = JSON.stringify({
  id: 'AQID',
  rawId: 'AQID',
  type: 'public-key',
  response: { authenticatorData: 'CQk', clientDataJSON: 'e30', signature: '_g', userHandle: '' },
});
const REGISTER_RESULT = JSON.stringify({ id: 'AQID', rawId: 'AQID', type: 'public-key', response: { attestationObject: '-_8', clientDataJSON: 'e30' } });

describe('codec and options', () => {
  test('base64url both ways; standard base64 and padding accepted; garbage refused', () => {
    expect(encodeBase64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
    expect([...(decodeBase64Url('-_-_') ?? [])]).toEqual([251, 255, 191]);
    expect([...(decodeBase64Url('+/+/') ?? [])]).toEqual([251, 255, 191]);
    expect([...(decodeBase64Url('AQ==') ?? [])]).toEqual([1]);
    expect(decodeBase64Url('AQ')?.length).toBe(1);
    expect(decodeBase64Url('no way!')).toBeUndefined();
    expect(decodeBase64Url('A')).toBeUndefined();
    expect(decodeBase64Url(42)).toBeUndefined();
    const big = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(decodeBase64Url(encodeBase64Url(big))).toEqual(big);
  });

  test('registration options: challenge, user id and excluded ids decoded; the parsed JSON is not changed', () => {
    const t = resolveWebAuthnTrigger({ onclick: WEBAUTHN_REGISTER_ONCLICK });
    if (!t.ok) throw new Error(t.reason);
    const before = JSON.stringify(t.trigger.arg);
    const r = webAuthnRequestOf(t.trigger, '');
    if (!r.ok || r.request.ceremony !== 'create') throw new Error('expected create');
    expect(r.request.resultName).toBe('webauthn_register');
    expect(new TextDecoder().decode(r.request.publicKey.user.id as Uint8Array)).toBe('user-handle-123');
    expect(r.request.publicKey.challenge).toBeInstanceOf(Uint8Array);
    expect(r.request.publicKey.rp).toEqual({ name: 'orykit', id: 'localhost' });
    expect(JSON.stringify(t.trigger.arg)).toBe(before);
  });

  test('options that are not base64url, or missing, are refused with a reason', () => {
    const trigger = { fn: '__oryWebAuthnLogin' as const, arg: { publicKey: { challenge: 'not base64!' } }, hasArg: true };
    expect(webAuthnRequestOf(trigger, '')).toEqual({ ok: false, reason: 'invalid_options' });
    expect(webAuthnRequestOf({ fn: 'oryPasskeyLogin', arg: undefined, hasArg: false }, '')).toEqual({ ok: false, reason: 'no_options' });
    const badId = { fn: '__oryWebAuthnLogin' as const, arg: { publicKey: { challenge: 'AQID', allowCredentials: [{ type: 'public-key', id: '%%' }] } }, hasArg: true };
    expect(webAuthnRequestOf(badId, '')).toEqual({ ok: false, reason: 'invalid_options' });
  });

  test('a newer trigger (onclickTrigger + options in value, unreadable onclick) resolves', () => {
    const attrs = (loginWebAuthnOnclickTrigger.ui.nodes[2] as unknown as { attributes: { onclick: string; onclickTrigger: string; value: string } }).attributes;
    const t = resolveWebAuthnTrigger(attrs);
    if (!t.ok) throw new Error(t.reason);
    const r = webAuthnRequestOf(t.trigger, attrs.value);
    expect(r.ok && r.request.resultName).toBe('webauthn_login');
    // Newer servers also pair `__oryWebAuthnLogin(...)` with `oryWebAuthnLogin`: the same action.
    expect(resolveWebAuthnTrigger({ onclick: 'window.__oryWebAuthnLogin({"publicKey":{}})', onclickTrigger: 'oryWebAuthnLogin' }).ok).toBe(true);
  });
});

describe('runCeremony', () => {
  const request = () => {
    const r = webAuthnRequestOf({ fn: '__oryWebAuthnLogin', arg: { publicKey: { challenge: 'AQID', timeout: 1000, allowCredentials: [] } }, hasArg: true }, '');
    if (!r.ok) throw new Error(r.reason);
    return r.request;
  };
  const failing = (name: string) => ({ create: vi.fn(), get: vi.fn().mockRejectedValue(new DOMException('x', name)) });

  test('encodes the assertion as Kratos parses it (unpadded base64url, empty userHandle)', async () => {
    const credentials = { create: vi.fn(), get: vi.fn().mockResolvedValue(fakeCredential('get')) };
    const controller = new AbortController();
    const r = await runCeremony(request(), { credentials, signal: controller.signal });
    expect(r).toEqual({ ok: true, value: LOGIN_RESULT });
    expect(credentials.get.mock.calls[0]?.[0].signal).toBe(controller.signal);
    expect(encodeCredential('create', fakeCredential('create'))).toBe(REGISTER_RESULT);
  });

  test('failures by name; a NotAllowedError at the timeout is a timeout, earlier a cancel', async () => {
    let t = 0;
    const slow = { create: vi.fn(), get: vi.fn(() => ((t = 1000), Promise.reject(new DOMException('x', 'NotAllowedError')))) };
    expect(await runCeremony(request(), { credentials: slow, now: () => t })).toMatchObject({ ok: false, failure: 'timed_out' });
    expect(await runCeremony(request(), { credentials: failing('NotAllowedError'), now: () => 0 })).toMatchObject({ failure: 'cancelled' });
    expect(await runCeremony(request(), { credentials: failing('InvalidStateError') })).toMatchObject({ failure: 'already_registered' });
    expect(await runCeremony(request(), { credentials: failing('SecurityError') })).toMatchObject({ failure: 'failed' });
    expect(await runCeremony(request(), { credentials: failing('AbortError') })).toMatchObject({ failure: 'aborted' });
    expect(await runCeremony(request(), {})).toEqual({ ok: false, failure: 'unsupported' });
  });
});

describe('the ceremony in a flow', () => {
  let webauthn: ReturnType<typeof installFakeWebAuthn>;
  let alertSpy: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    webauthn = installFakeWebAuthn();
    alertSpy = vi.spyOn(window, 'alert').mockImplementation(() => {});
  });
  afterEach(() => {
    expect(alertSpy).not.toHaveBeenCalled();
    alertSpy.mockRestore();
    webauthn.uninstall();
  });

  test('login: get() with the decoded options, the result in this form’s hidden field, submitted through onSubmit', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const { container } = render(<Login flow={loginWebAuthnTrigger} onSubmit={onSubmit} />);
    expect(document.querySelector('script[src*="webauthn.js"]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue with security key' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const opts = webauthn.get.mock.calls[0]?.[0] as CredentialRequestOptions;
    expect(opts.signal).toBeInstanceOf(AbortSignal);
    expect(opts.publicKey?.rpId).toBe('localhost');
    expect(encodeBase64Url(opts.publicKey?.allowCredentials?.[0]?.id as Uint8Array)).toBe('Wm9vYmFyQ3JlZGVudGlhbElk');
    expect(onSubmit).toHaveBeenCalledWith({ csrf_token: expect.any(String), identifier: 'alice@example.com', webauthn_login: LOGIN_RESULT });
    expect(container.querySelector<HTMLInputElement>('input[name="webauthn_login"]')?.value).toBe(LOGIN_RESULT);
  });

  test('the onclickTrigger + value fixture renders an enabled button that completes the ceremony', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Login flow={loginWebAuthnOnclickTrigger} onSubmit={onSubmit} />);
    const button = screen.getByRole('button', { name: 'Continue with security key' });
    expect(button).toBeEnabled();
    expect(button).not.toHaveAccessibleDescription(/can't be started/);
    await user.click(button);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ webauthn_login: LOGIN_RESULT })));
  });

  test('registration: create(); the traits are checked first and sent with the result', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Registration flow={registrationWebAuthn as RegistrationFlow} onSubmit={onSubmit} />);
    const button = screen.getByRole('button', { name: 'Sign up with security key' });
    await user.click(button);
    expect(webauthn.create).not.toHaveBeenCalled(); // the e-mail is required and empty
    await user.type(screen.getByLabelText(/E-Mail/i), 'ada@example.com');
    await user.type(screen.getByLabelText('Security key name'), 'YubiKey');
    await user.click(button);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const opts = webauthn.create.mock.calls[0]?.[0] as CredentialCreationOptions;
    expect(new TextDecoder().decode(opts.publicKey?.user.id as Uint8Array)).toBe('user-handle-123');
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      traits: { email: 'ada@example.com' },
      webauthn_register_displayname: 'YubiKey',
      webauthn_register: REGISTER_RESULT,
    });
  });

  test('cancelled: a sentence with a retry in the flow’s problem area; the retry completes it', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    webauthn.failNext('NotAllowedError');
    render(<Login flow={loginAal2} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Use security key' }));
    const alert = (await screen.findByText('The security key request was cancelled or timed out.')).closest('.ory-alert') as HTMLElement;
    expect(alert).toHaveAttribute('role', 'alert');
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ webauthn_login: LOGIN_RESULT })));
    expect(screen.queryByText('The security key request was cancelled or timed out.')).toBeNull();
  });

  test('waiting for a key: "Cancel" stops the ceremony at once, says so, and the retry completes it', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    // A browser waiting for an authenticator (e.g. the key was pulled out): only the signal ends it.
    webauthn.get.mockImplementationOnce(
      ({ signal }: { signal: AbortSignal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    render(<Login flow={loginAal2} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Use security key' }));
    expect(await screen.findByText('Follow the instructions of your browser to use your security key…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const alert = (await screen.findByText('The security key request was cancelled or timed out.')).closest('.ory-alert') as HTMLElement;
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ webauthn_login: LOGIN_RESULT })));
  });

  test('already registered (InvalidStateError) and other errors have their own sentences', async () => {
    const user = userEvent.setup();
    webauthn.failNext('InvalidStateError', 'SecurityError');
    render(<Registration flow={registrationWebAuthn as RegistrationFlow} onSubmit={vi.fn()} />);
    await user.type(screen.getByLabelText(/E-Mail/i), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Sign up with security key' }));
    expect(await screen.findByText('This security key is already registered. Use another key, or sign in with this one.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign up with security key' }));
    expect(await screen.findByText("The security key couldn't be used. Please try again or use another way to sign in.")).toBeInTheDocument();
  });

  test('two flows on a page: the result goes into the form the button is in', async () => {
    const user = userEvent.setup();
    const first = vi.fn().mockResolvedValue(undefined);
    const second = vi.fn().mockResolvedValue(undefined);
    const { container } = render(
      <>
        <Flow ui={loginAal2.ui} onSubmit={first} />
        <Flow ui={(loginWebAuthnTrigger as LoginFlow).ui} onSubmit={second} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Continue with security key' }));
    await waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(first).not.toHaveBeenCalled();
    const [a, b] = container.querySelectorAll<HTMLInputElement>('input[name="webauthn_login"]');
    expect(a?.value).toBe('');
    expect(b?.value).toBe(LOGIN_RESULT);
  });

  test('without onSubmit the form is posted natively with the result in its hidden field', async () => {
    const user = userEvent.setup();
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function (this: HTMLFormElement) {
      expect(new FormData(this).get('webauthn_login')).toBe(LOGIN_RESULT);
    });
    render(<Flow ui={loginWebAuthnTrigger.ui} />);
    await user.click(screen.getByRole('button', { name: 'Continue with security key' }));
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    submit.mockRestore();
  });
});
