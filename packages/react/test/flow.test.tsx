import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { person } from './helpers/person.ts';
import { useState } from 'react';
import type { LoginFlow, UiContainer, UiNode } from '@orykit/client';
import { Flow, Login, OryComponentsProvider, Registration } from '../src/index.ts';
import type { FlowBody } from '../src/index.ts';
import {
  loginAal2,
  loginFieldError,
  loginFlow,
  loginInvalidCredentials,
  loginWebAuthnTrigger,
  recoverySentEmail,
  registrationErrors,
  registrationFlow,
  settingsFlow,
} from './fixtures/flows.ts';
import { csrf, info, input } from './fixtures/nodes.ts';
import { installFakeWebAuthn } from './helpers/webauthn.ts';

// Browsers have WebAuthn (jsdom does not): the security-key buttons render as they would for a person.
let fakeWebAuthn: ReturnType<typeof installFakeWebAuthn>;
beforeEach(() => {
  fakeWebAuthn = installFakeWebAuthn();
});
afterEach(() => fakeWebAuthn.uninstall());

function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('submitting', () => {
  test('the body is built from the form, nested, with the clicked button’s name/value', async () => {
    const user = person();
    const onSubmit = vi.fn<(b: FlowBody) => Promise<void>>().mockResolvedValue(undefined);
    render(<Registration flow={registrationFlow} onSubmit={onSubmit} />);
    await user.fill(screen.getByLabelText(/E-Mail/), 'alice@example.com');
    await user.fill(screen.getByLabelText(/First name/), 'Alice');
    await user.fill(screen.getByLabelText(/^Password/), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      csrf_token: expect.any(String),
      traits: { email: 'alice@example.com', name: { first: 'Alice' } },
      password: 'correct horse battery staple',
      method: 'password',
    });
  });

  test('an OIDC button sends provider=…, not the password', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Login flow={loginFlow} onSubmit={onSubmit} />);
    await user.fill(screen.getByLabelText(/^Password/), 'typed');
    await user.click(screen.getByRole('button', { name: 'Sign in with GitHub' }));
    expect(onSubmit).toHaveBeenCalledWith({ csrf_token: expect.any(String), provider: 'github' });
  });

  test('the webauthn passwordless submit sends method=webauthn with the identifier', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Login flow={loginFlow} onSubmit={onSubmit} />);
    await user.fill(screen.getByLabelText(/^ID/), 'alice@example.com');
    await user.click(screen.getByRole('button', { name: 'Sign in with security key' }));
    expect(onSubmit).toHaveBeenCalledWith({ csrf_token: expect.any(String), identifier: 'alice@example.com', method: 'webauthn' });
  });

  test('aal2: each method submits its own code only, although both are required', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Login flow={loginAal2} onSubmit={onSubmit} />);
    await user.fill(screen.getByLabelText(/Backup recovery code/), 'e8jx3hkb');
    await user.click(screen.getByRole('button', { name: 'Use backup recovery code' }));
    expect(onSubmit).toHaveBeenCalledWith({ csrf_token: expect.any(String), identifier: 'alice@example.com', lookup_secret: 'e8jx3hkb', method: 'lookup_secret' });
  });

  test('a submit that skips browser validation still checks its own group: empty totp code is not sent', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Login flow={loginAal2} onSubmit={onSubmit} />);
    const totp = screen.getByLabelText(/Authentication code/);
    const button = screen.getByRole('button', { name: 'Use authenticator app' });
    expect(button).toHaveAttribute('formnovalidate'); // without JS the browser would block on the backup code field
    await user.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(totp).toHaveFocus();
  });

  test('double submits are prevented while a request is in flight', async () => {
    const user = person();
    const d = deferred();
    const onSubmit = vi.fn(() => d.promise);
    render(<Login flow={loginInvalidCredentials} onSubmit={onSubmit} />);
    await user.fill(screen.getByLabelText(/^Password/), 'pw');
    const button = screen.getByRole('button', { name: 'Sign in' });
    await user.click(button);
    await user.click(button);
    fireEvent.submit(button.closest('form') as HTMLFormElement);
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await act(async () => d.resolve());
    await waitFor(() => expect(button).not.toHaveAttribute('aria-busy'));
    await user.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  test('status="submitting" from the controller also blocks submits', async () => {
    const user = person();
    const onSubmit = vi.fn();
    render(<Login flow={loginInvalidCredentials} onSubmit={onSubmit} status="submitting" />);
    await user.fill(screen.getByLabelText(/^Password/), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('Enter in a field submits that field’s method (not the first button in the form)', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Login flow={loginAal2} onSubmit={onSubmit} />);
    await user.fill(screen.getByLabelText(/Backup recovery code/), 'q4n7vwm2{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ lookup_secret: 'q4n7vwm2', method: 'lookup_secret' });
  });

  test('Enter in the recovery code submits the code, never "Resend code"', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Flow ui={recoverySentEmail.ui} kind="recovery" onSubmit={onSubmit} />);
    await user.fill(screen.getByLabelText(/Verification code/), '123456{Enter}');
    expect(onSubmit).toHaveBeenCalledWith({ csrf_token: expect.any(String), code: '123456', method: 'code' });
  });

  test('"Resend code" skips validation of the empty code and sends email', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Flow ui={recoverySentEmail.ui} kind="recovery" onSubmit={onSubmit} />);
    const resend = screen.getByRole('button', { name: 'Resend code' });
    expect(resend).toHaveAttribute('formnovalidate');
    await user.click(resend);
    expect(onSubmit).toHaveBeenCalledWith({ csrf_token: expect.any(String), method: 'code', email: 'alice@example.com' });
  });

  test('Enter in the identifier of a password login submits with method=password', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<Login flow={loginFlow} onSubmit={onSubmit} />);
    await user.fill(screen.getByLabelText(/^ID/), 'alice');
    await user.fill(screen.getByLabelText(/^Password/), 'pw{Enter}');
    expect(onSubmit).toHaveBeenCalledWith({ csrf_token: expect.any(String), identifier: 'alice', password: 'pw', method: 'password' });
  });

  test('a rejected onSubmit shows an alert and unblocks the form', async () => {
    const user = person();
    const onSubmit = vi.fn().mockRejectedValue(new Error('boom'));
    render(<Flow ui={loginInvalidCredentials.ui} kind="login" onSubmit={onSubmit} />);
    await user.fill(screen.getByLabelText(/^Password/), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('boom')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).not.toHaveAttribute('aria-disabled');
  });

  test('settings: each section posts only its own fields', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const { container } = render(<Flow ui={settingsFlow.ui} kind="settings" layout="grouped" onSubmit={onSubmit} />);
    // A person clicks the next button once the last request is answered (the forms are unblocked by a
    // render React schedules after the submit resolves; clicking before it lands is blocked, by design).
    const answered = () => waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull());
    await user.fill(screen.getByLabelText(/^Password/), 'n3w-passw0rd!');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[1] as HTMLElement);
    expect(onSubmit).toHaveBeenCalledWith({ csrf_token: expect.any(String), password: 'n3w-passw0rd!', method: 'password' });

    await answered();
    await user.clear(screen.getByLabelText(/First name/));
    await user.fill(screen.getByLabelText(/First name/), 'Alicia');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0] as HTMLElement);
    expect(onSubmit).toHaveBeenLastCalledWith({
      csrf_token: expect.any(String),
      traits: { email: 'alice@example.com', name: { first: 'Alicia', last: 'Liddell' } },
      method: 'profile',
    });

    await answered();
    await user.click(screen.getByRole('button', { name: 'Show backup recovery codes' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ csrf_token: expect.any(String), lookup_secret_reveal: true });

    await answered();
    await user.click(screen.getByRole('button', { name: 'Link GitHub' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ csrf_token: expect.any(String), link: 'github' });
    await answered();
    await user.click(screen.getByRole('button', { name: 'Unlink Google' }));
    // Unlinking asks first (settings-confirm.test.tsx has the whole dialog).
    await user.click(within(screen.getByRole('alertdialog', { name: 'Disconnect Google?' })).getByRole('button', { name: 'Disconnect' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ csrf_token: expect.any(String), unlink: 'google' });
  });

  test('webauthnScript="kratos": webauthn.js calling form.submit() goes through onSubmit with the credential', async () => {
    const user = person();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    // What Kratos' webauthn.js does after navigator.credentials.get(): fill the hidden input, submit the form.
    const fakeScript = vi.fn(() => {
      (document.querySelector('*[name="webauthn_login"]') as HTMLInputElement).value = '{"id":"cred"}';
      (document.querySelector('*[name="webauthn_login_trigger"]')?.closest('form') as HTMLFormElement).submit();
    });
    Object.assign(window, { __oryWebAuthnLogin: fakeScript });
    try {
      render(<Login flow={loginWebAuthnTrigger} onSubmit={onSubmit} webauthnScript="kratos" />);
      await user.click(screen.getByRole('button', { name: 'Continue with security key' }));
      expect(fakeScript).toHaveBeenCalledTimes(1);
      expect(onSubmit).toHaveBeenCalledWith({ csrf_token: expect.any(String), identifier: 'alice@example.com', webauthn_login: '{"id":"cred"}' });
    } finally {
      delete (window as unknown as Record<string, unknown>)['__oryWebAuthnLogin'];
    }
  });

  test('without onSubmit the form posts natively (not prevented) to ui.action', () => {
    const { container } = render(<Flow ui={loginFlow.ui} kind="login" />);
    const form = container.querySelector('form') as HTMLFormElement;
    expect(form.getAttribute('action')).toBe(loginFlow.ui.action);
    expect(form.getAttribute('method')).toBe('post');
    const ev = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
  });

  test('with onSubmit the native submission is prevented', () => {
    const { container } = render(<Flow ui={loginFlow.ui} kind="login" onSubmit={vi.fn()} />);
    const form = container.querySelector('form') as HTMLFormElement;
    const ev = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(true);
  });
});

describe('nothing typed is lost', () => {
  function Harness({ first, next, kind = 'login' }: { first: UiContainer; next: UiContainer; kind?: 'login' | 'registration' }) {
    const [ui, setUi] = useState(first);
    return <Flow ui={ui} kind={kind} onSubmit={async () => setUi(next)} />;
  }

  test('after a 400, typed values survive the new flow, passwords are cleared, focus goes to the first invalid field', async () => {
    const user = person();
    const first = registrationFlow.ui;
    // The 400 echoes the email (with an error) but not the first name; the password is never echoed.
    const next = {
      ...registrationErrors.ui,
      nodes: (registrationErrors.ui.nodes as UiNode[]).map((n) =>
        (n.attributes as { name?: string }).name === 'traits.name.first' ? ({ ...n, attributes: { ...n.attributes, value: undefined } } as UiNode) : n,
      ),
    } as UiContainer;
    render(<Harness first={first} next={next} kind="registration" />);
    await user.fill(screen.getByLabelText(/E-Mail/), 'alice@example');
    await user.fill(screen.getByLabelText(/First name/), 'Alice');
    await user.fill(screen.getByLabelText(/^Password/), 'abc');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));

    const email = await screen.findByLabelText(/E-Mail/);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveValue('alice@example');
    expect(screen.getByLabelText(/First name/)).toHaveValue('Alice');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
    expect(email).toHaveFocus();
  });

  test('focus goes to the first invalid field in node order', async () => {
    const user = person();
    render(<Harness first={loginFlow.ui} next={loginFieldError.ui} />);
    await user.fill(screen.getByLabelText(/^ID/), ' ');
    await user.fill(screen.getByLabelText(/^Password/), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByLabelText(/^ID/)).toHaveFocus());
  });

  test('without field errors, focus moves to the flow messages after a failed submit', async () => {
    const user = person();
    render(<Harness first={loginFlow.ui} next={loginInvalidCredentials.ui} />);
    await user.fill(screen.getByLabelText(/^ID/), 'alice@example.com');
    await user.fill(screen.getByLabelText(/^Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(document.activeElement).toHaveClass('ory-messages'));
    expect(screen.getByRole('alert')).toHaveTextContent('The credentials are invalid');
    expect(screen.getByLabelText(/^ID/)).toHaveValue('alice@example.com');
  });

  test('a fresh flow after a refused submit (expired flow, CSRF failure: no message, no error) keeps the identifier', async () => {
    const user = person();
    const fresh = { ...loginFlow.ui, nodes: (loginFlow.ui.nodes as UiNode[]).map((n) => ({ ...n })) } as UiContainer;
    render(<Harness first={loginFlow.ui} next={fresh} />);
    await user.fill(screen.getByLabelText(/^ID/), 'alice@example.com');
    await user.fill(screen.getByLabelText(/^Password/), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByLabelText(/^Password/)).toHaveValue(''));
    expect(screen.getByLabelText(/^ID/)).toHaveValue('alice@example.com');
  });

  test('values survive a re-render with the same flow (e.g. status changes), passwords too', async () => {
    const user = person();
    const { rerender } = render(<Login flow={loginFlow} onSubmit={vi.fn()} status="ready" />);
    await user.fill(screen.getByLabelText(/^ID/), 'alice');
    await user.fill(screen.getByLabelText(/^Password/), 'pw');
    rerender(<Login flow={loginFlow} onSubmit={vi.fn()} status="ready" problem={{ kind: 'network', message: 'Failed to fetch', retryable: true }} />);
    expect(screen.getByLabelText(/^ID/)).toHaveValue('alice');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('pw');
    expect(screen.getByText("We couldn't reach the server. Check your connection and try again.")).toBeInTheDocument();
  });

  test('a field error on initial render (after a native POST round trip) is focused', async () => {
    render(<Login flow={loginFieldError} />);
    await waitFor(() => expect(screen.getByLabelText(/^ID/)).toHaveFocus());
  });
});

describe('malformed flows never throw', () => {
  const cases: Array<[string, unknown]> = [
    ['no flow.ui', { id: 'x' }],
    ['ui is a string', { id: 'x', ui: 'oops' }],
    ['ui.nodes is an object', { id: 'x', ui: { action: '/a', method: 'POST', nodes: { a: 1 } } }],
    ['ui.nodes is null', { id: 'x', ui: { action: '/a', method: 'POST', nodes: null } }],
    ['nodes with garbage', { id: 'x', ui: { action: '/a', method: 'POST', nodes: [null, 1, 'x', [], { type: 5 }, { type: 'input' }, { type: 'input', attributes: null }] } }],
    [
      'wrong attribute types',
      {
        id: 'x',
        ui: {
          action: 12,
          method: null,
          messages: [{ id: 'x', text: 5, type: 1 }, 'str'],
          nodes: [
            { type: 'input', group: 5, attributes: { name: 7, type: 9, value: { deep: true }, disabled: 'maybe', required: 1, label: 3 }, messages: 'no', meta: 'no' },
            { type: 'img', attributes: { src: 5, width: 'wide', height: {} }, meta: { label: { text: 3 } } },
            { type: 'a', attributes: { href: 9, title: 'not a uitext' } },
            { type: 'text', attributes: { text: 42 } },
            { type: 'text', attributes: { text: { id: 1050015, text: 'x', context: { secrets: 'not a list' } } } },
            { type: 'text', attributes: { text: { id: 1050015, text: 'x', context: { secrets: [null, 5, { id: 'a' }] } } } },
            { type: 'script', attributes: { src: { not: 'a string' }, async: 'yes' } },
            { type: 'input', attributes: { name: 'webauthn_login_trigger', type: 'button', onclick: 12345 } },
            { type: 'input', attributes: { name: 'x', type: 'submit', value: ['a'] }, group: 'oidc' },
          ],
        },
      },
    ],
  ];

  test.each(cases)('%s', (_name, flow) => {
    expect(() => render(<Login flow={flow as LoginFlow} onSubmit={vi.fn()} />)).not.toThrow();
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });

  test('a missing ui shows a clear message', () => {
    render(<Login flow={{ id: 'x' } as unknown as LoginFlow} />);
    expect(screen.getByRole('alert')).toHaveTextContent("We received a response we couldn't understand. Please reload the page.");
  });

  test('5 000 nodes render', { timeout: 60_000 }, () => {
    const nodes: UiNode[] = [csrf()];
    for (let i = 0; i < 5000; i++) nodes.push(input('default', `traits.f${i}`, i % 3 === 0 ? 'checkbox' : 'text', { label: info(1070002, `Field ${i}`) }));
    // Behaviour only (every node renders, nothing throws); render speed belongs in bench/, not in a timed test.
    const { container } = render(<Flow ui={{ action: '/a', method: 'POST', nodes } as UiContainer} />);
    expect(container.querySelectorAll('input')).toHaveLength(5001);
  });

  test('a throwing override component is caught by the error boundary', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Boom = () => {
      throw new Error('override broke');
    };
    render(
      <OryComponentsProvider components={{ Input: Boom }}>
        <Login flow={loginFlow} />
      </OryComponentsProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent("We received a response we couldn't understand");
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    spy.mockRestore();
  });
});
