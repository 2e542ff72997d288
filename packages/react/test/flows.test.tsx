import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LoginFlow } from '@orykit/client';
import {
  Consent,
  Flow,
  ErrorView,
  Login,
  Logout,
  OAuth2Login,
  OAuth2Logout,
  OryComponentsProvider,
  Recovery,
  Registration,
  Sessions,
  Settings,
  Verification,
  defaultIdTokenClaims,
  describeUserAgent,
  loadMessages,
  type ButtonProps,
  type FieldProps,
  type FlowControllerLike,
  type OidcButtonProps,
  LoginView,
} from '../src/index.ts';
import {
  consentRequest,
  currentSession,
  identity,
  loginAal2,
  loginFlow,
  loginRefresh,
  loginRequestFresh,
  loginRequestSkip,
  logoutRequest,
  otherSessions,
  recoveryChooseMethod,
  recoverySentEmail,
  registrationErrors,
  registrationFlow,
  registrationWebAuthn,
  selfServiceError,
  settingsFlow,
  settingsLookupRevealed,
  settingsSuccess,
  settingsTotpLinked,
  verificationChooseMethod,
  verificationPassed,
  verificationSentEmail,
} from './fixtures/flows.ts';
import { installFakeWebAuthn } from './helpers/webauthn.ts';

// Browsers have WebAuthn (jsdom does not): the security-key buttons render as they would for a person.
let fakeWebAuthn: ReturnType<typeof installFakeWebAuthn>;
beforeEach(() => {
  fakeWebAuthn = installFakeWebAuthn();
});
afterEach(() => fakeWebAuthn.uninstall());

const hrefs = { login: '/login', registration: '/registration', recovery: '/recovery', verification: '/verification', logout: '/logout', home: '/' };
const network = { kind: 'network', message: 'Failed to fetch', retryable: true } as const;

describe('Login', () => {
  test('first factor: title, fields, methods, links', () => {
    render(<Login flow={loginFlow} onSubmit={vi.fn()} hrefs={hrefs} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^ID/)).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveClass('ory-button--primary');
    expect(screen.getByRole('button', { name: 'Sign in with security key' })).toHaveClass('ory-button--secondary');
    expect(screen.getByRole('button', { name: 'Sign in with Google' })).toHaveClass('ory-oidc-button--google');
    expect(screen.getByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/registration');
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute('href', '/recovery');
  });

  test('aal2 and refresh titles; "sign out instead" instead of sign-up links', () => {
    const { rerender } = render(<Login flow={loginAal2} hrefs={hrefs} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Two-factor authentication' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign out instead' })).toHaveAttribute('href', '/logout');
    expect(screen.queryByRole('link', { name: 'Sign up' })).toBeNull();
    expect(screen.getByText('Please complete the second authentication step.')).toBeInTheDocument();
    rerender(<Login flow={loginRefresh} hrefs={hrefs} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Confirm it is you' })).toBeInTheDocument();
  });

  test('loading state when there is no flow yet', () => {
    render(<LoginView />);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });

  test.each([
    ['network', "We couldn't reach the server. Check your connection and try again.", 'Try again'],
    ['timeout', 'The server took too long to respond. Please try again.', 'Try again'],
    ['server', 'Something went wrong on our side. Please try again in a moment.', 'Try again'],
  ] as const)('problem %s without a flow: alert with retry, never blank (every kind: problem.test.tsx)', async (kind, title, retry) => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<Login problem={{ kind, message: 'detail', retryable: true }} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('.ory-alert__title')).toHaveTextContent(title);
    expect(alert.querySelector('details')).toHaveTextContent('detail');
    await user.click(within(alert).getByRole('button', { name: retry }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  test('sign-in refused for an unverified address: a sentence and a link to verify, the form stays', () => {
    const unverified = { kind: 'unverified', message: 'x', id: 'session_verified_address_required', retryable: false } as const;
    const { rerender } = render(<Login flow={loginFlow} problem={unverified} hrefs={hrefs} />);
    expect(screen.getByText(/^Please verify your email address first\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Verify your email address' })).toHaveAttribute('href', '/verification');
    expect(screen.getByLabelText(/^Password/)).toBeInTheDocument();
    // Kratos v0.11.0 says it as a 400 with the flow and message 4000010 instead: the same link.
    const refused = { ...loginFlow, ui: { ...loginFlow.ui, messages: [{ id: 4000010, text: 'Account not active yet. Did you forget to verify your email address?', type: 'error' as const }] } };
    rerender(<Login flow={refused} hrefs={hrefs} />);
    expect(screen.getByRole('link', { name: 'Verify your email address' })).toBeInTheDocument();
    rerender(<Login flow={loginFlow} hrefs={hrefs} />);
    expect(screen.queryByRole('link', { name: 'Verify your email address' })).toBeNull();
  });

  test('a flow the operator turned off: says so', () => {
    render(<Login problem={{ kind: 'disabled', message: 'x', id: 'self_service_flow_disabled', retryable: false }} />);
    expect(screen.getByRole('alert')).toHaveTextContent("This isn't available: it has been turned off.");
  });

  test('problem with a flow: the form stays', () => {
    render(<Login flow={loginFlow} problem={network} onRetry={vi.fn()} />);
    expect(screen.getByText("We couldn't reach the server. Check your connection and try again.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Password/)).toBeInTheDocument();
  });

  test('done: redirecting…, buttons blocked', () => {
    render(<Login flow={loginFlow} status="done" onSubmit={vi.fn()} />);
    expect(screen.getByText('Redirecting…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute('aria-disabled', 'true');
  });

  test('a controller (flow hook result) drives the view', async () => {
    const user = userEvent.setup();
    const controller: FlowControllerLike<LoginFlow> = { flow: loginFlow, status: 'ready', problem: undefined, submit: vi.fn().mockResolvedValue(undefined), retry: vi.fn() };
    render(<Login controller={controller} />);
    await user.click(screen.getByRole('button', { name: 'Sign in with Google' }));
    expect(controller.submit).toHaveBeenCalledWith({ csrf_token: expect.any(String), provider: 'google' });
  });

  test('a controller that needs a native POST (Hydra login_challenge) leaves the submit to the browser', () => {
    const controller: FlowControllerLike<LoginFlow> = { flow: loginFlow, status: 'ready', problem: undefined, submit: vi.fn(), retry: vi.fn(), nativeSubmit: true };
    const { container } = render(<Login controller={controller} />);
    const form = container.querySelector('form') as HTMLFormElement;
    const ev = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
    expect(controller.submit).not.toHaveBeenCalled();
  });

  test('custom title, subtitle and logo', () => {
    render(<Login flow={loginFlow} title="Welcome back" subtitle="to Acme" logo={<img src="/logo.svg" alt="Acme" />} />);
    expect(screen.getByRole('heading', { name: 'Welcome back' })).toBeInTheDocument();
    expect(screen.getByText('to Acme')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Acme' })).toBeInTheDocument();
  });
});

describe('Registration', () => {
  test('fields, autocomplete, social sign-up, link to login', () => {
    render(<Registration flow={registrationFlow} hrefs={hrefs} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Create an account' })).toBeInTheDocument();
    expect(screen.getByLabelText(/E-Mail/)).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByLabelText(/First name/)).toHaveAttribute('autocomplete', 'given-name');
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByRole('button', { name: 'Sign up with Google' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  });

  test('errors: messages translated and tied to the fields', () => {
    render(<Registration flow={registrationErrors} />);
    expect(screen.getByLabelText(/E-Mail/)).toHaveAccessibleDescription('"alice@example" is not valid "email"');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription('The password must be at least 8 characters long; it has 3.');
  });

  test('webauthn registration: traits and the trigger share one form (webauthn.js submits that form)', () => {
    const { container } = render(<Registration flow={registrationWebAuthn} />);
    expect(container.querySelectorAll('form')).toHaveLength(1);
    const trigger = screen.getByRole('button', { name: 'Sign up with security key' });
    const form = trigger.closest('form') as HTMLFormElement;
    expect(form.querySelector('[name="traits.email"]')).not.toBeNull();
    expect(form.querySelector('[name="webauthn_register"]')).not.toBeNull();
    expect(screen.getByLabelText('Security key name')).toHaveAttribute('autocomplete', 'off');
  });
});

describe('Recovery and Verification', () => {
  test('recovery: choose method → sent email', () => {
    const { rerender } = render(<Recovery flow={recoveryChooseMethod} hrefs={hrefs} />);
    expect(screen.getByRole('heading', { name: 'Recover your account' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Email/)).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByRole('link', { name: 'Back to sign-in' })).toHaveAttribute('href', '/login');
    rerender(<Recovery flow={recoverySentEmail} hrefs={hrefs} />);
    expect(screen.getByRole('status')).toHaveTextContent('We have sent an email with a recovery code to the address you entered.');
    expect(screen.getByLabelText(/Verification code/)).toHaveAttribute('autocomplete', 'one-time-code');
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toEqual(['Submit', 'Resend code']);
  });

  test('verification: choose method, sent email, passed with continue', () => {
    const { rerender } = render(<Verification flow={verificationChooseMethod} hrefs={hrefs} />);
    expect(screen.getByRole('heading', { name: 'Verify your email address' })).toBeInTheDocument();
    rerender(<Verification flow={verificationSentEmail} hrefs={hrefs} />);
    expect(screen.getByText('We have sent an email with a verification code to the address you entered.')).toBeInTheDocument();
    rerender(<Verification flow={verificationPassed} hrefs={hrefs} />);
    expect(screen.getByText('Your email address has been verified.')).toHaveClass('ory-message--success');
    // Kratos' own "Continue" anchor node is shown; no second one is added.
    expect(screen.getAllByRole('link', { name: 'Continue' })).toHaveLength(1);
    const noAnchor = { ...verificationPassed, ui: { ...verificationPassed.ui, nodes: verificationPassed.ui.nodes.filter((n) => n.type !== 'a') } };
    rerender(<Verification flow={noAnchor} hrefs={hrefs} />);
    // return_to is on another origin than this page, and no allow-list names it: the app's home instead.
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', hrefs.home);
  });
});

describe('Settings', () => {
  test('one titled section per method, each its own form', () => {
    const { container } = render(<Settings flow={settingsFlow} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Account settings' })).toBeInTheDocument();
    for (const name of ['Profile', 'Change password', 'Authenticator app', 'Backup recovery codes', 'Security keys', 'Sign in with social accounts']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(container.querySelectorAll('form')).toHaveLength(6);
    expect(screen.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeInTheDocument();
    expect(screen.getByText('JBSWY3DPEHPK3PXPOFXGS4DBNZ2GK3TF')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show backup recovery codes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add security key' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove security key “YubiKey 5C”' })).toHaveClass('ory-button--danger');
    expect(screen.getByRole('button', { name: 'Link GitHub' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlink Google' })).toHaveClass('ory-oidc-button--unlink');
  });

  test('success message, revealed codes, linked TOTP, onlyGroups and hiddenGroups', () => {
    const { rerender } = render(<Settings flow={settingsSuccess} />);
    expect(screen.getByText('Your changes have been saved.').closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    rerender(<Settings flow={settingsLookupRevealed} />);
    expect(screen.getByRole('list', { name: /backup recovery codes/i })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn off this method' })).toHaveClass('ory-button--danger');
    rerender(<Settings flow={settingsTotpLinked} />);
    expect(screen.getByRole('button', { name: 'Remove authenticator app' })).toBeInTheDocument();
    rerender(<Settings flow={settingsFlow} onlyGroups={['password']} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Change password']);
    rerender(<Settings flow={settingsFlow} hiddenGroups={['webauthn', 'oidc', 'totp', 'lookup_secret']} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Profile', 'Change password']);
  });
});

describe('Consent', () => {
  test('client, scopes as checkboxes, audiences, claims preview, links', () => {
    render(<Consent request={consentRequest} identity={identity} onAccept={vi.fn()} onReject={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Acme Notes wants to access your account' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'This will allow Acme Notes to:' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(5);
    for (const b of boxes) expect(b).toBeChecked();
    expect(within(group).getByLabelText(/See your email address/)).toHaveAttribute('value', 'email');
    expect(within(group).getByLabelText(/notes\.read/)).toBeInTheDocument();
    expect(screen.getByText('https://api.notes.acme.test')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', 'https://notes.acme.test/privacy');
    expect(screen.getByRole('link', { name: 'Terms of service' })).toHaveAttribute('href', 'https://notes.acme.test/terms');
    expect(screen.getByText('Information shared with Acme Notes')).toBeInTheDocument();
    expect(screen.getByText('alice@example.com')).toBeInTheDocument();
    expect(screen.getByText('Alice Liddell')).toBeInTheDocument();
  });

  test('accept sends the granted scopes, audiences, remember and remember_for; unchecking updates the preview', async () => {
    const user = userEvent.setup();
    const onAccept = vi.fn().mockResolvedValue(undefined);
    render(<Consent request={consentRequest} identity={identity} onAccept={onAccept} onReject={vi.fn()} rememberFor={3600} />);
    await user.click(screen.getByLabelText(/See your email address/));
    expect(screen.queryByText('alice@example.com')).toBeNull();
    await user.click(screen.getByLabelText('Remember my decision'));
    await user.click(screen.getByRole('button', { name: 'Allow access' }));
    expect(onAccept).toHaveBeenCalledWith({
      grant_scope: ['openid', 'offline_access', 'profile', 'notes.read'],
      grant_access_token_audience: ['https://api.notes.acme.test'],
      remember: true,
      remember_for: 3600,
    });
  });

  test('reject; double clicks are ignored while in flight', async () => {
    const user = userEvent.setup();
    let resolve!: () => void;
    const onReject = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    const onAccept = vi.fn();
    render(<Consent request={consentRequest} onAccept={onAccept} onReject={onReject} />);
    await user.click(screen.getByRole('button', { name: 'Deny' }));
    await user.click(screen.getByRole('button', { name: 'Deny' }));
    await user.click(screen.getByRole('button', { name: 'Allow access' }));
    expect(onReject).toHaveBeenCalledTimes(1);
    expect(onAccept).not.toHaveBeenCalled();
    await act(async () => resolve());
  });

  test('without handlers it is a native form with the challenge and grant fields', () => {
    const { container } = render(<Consent request={consentRequest} action="/oauth2/consent" />);
    const form = container.querySelector('form') as HTMLFormElement;
    expect(form.getAttribute('action')).toBe('/oauth2/consent');
    const data = new FormData(form);
    expect(data.get('consent_challenge')).toBe(consentRequest.challenge);
    expect(data.getAll('grant_scope')).toEqual(['openid', 'offline_access', 'email', 'profile', 'notes.read']);
    expect(data.getAll('grant_access_token_audience')).toEqual(['https://api.notes.acme.test']);
  });

  test('defaultIdTokenClaims', () => {
    expect(defaultIdTokenClaims(consentRequest, ['openid', 'email', 'profile'], identity)).toEqual({
      sub: identity.id,
      email: 'alice@example.com',
      email_verified: true,
      given_name: 'Alice',
      family_name: 'Liddell',
      name: 'Alice Liddell',
    });
    expect(defaultIdTokenClaims(consentRequest, [], identity)).toEqual({});
  });

  test('loading and problem states', () => {
    const { rerender } = render(<Consent request={undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<Consent request={undefined} problem={network} onRetry={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent("We couldn't reach the server");
  });
});

describe('OAuth2 login and logout, Kratos logout', () => {
  test('OAuth2Login skip: continued at once as the remembered subject, no buttons (Hydra forbids a login UI)', async () => {
    const onContinue = vi.fn().mockResolvedValue(undefined);
    render(<OAuth2Login request={loginRequestSkip} onContinue={onContinue} onCancel={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Sign in to Acme Notes' })).toBeInTheDocument();
    await waitFor(() => expect(onContinue).toHaveBeenCalledTimes(1));
    expect(onContinue).toHaveBeenCalledWith('alice@example.com');
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('OAuth2Login skip without JavaScript handlers: a form to continue or cancel', () => {
    render(<OAuth2Login request={loginRequestSkip} action="/oauth2/login" />);
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  test('OAuth2Login without skip: the sign-in form inside the card, with recovery and registration links', () => {
    render(
      <OAuth2Login request={loginRequestFresh} hrefs={hrefs}>
        <Flow ui={loginFlow.ui} kind="login" />
      </OAuth2Login>,
    );
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Sign in to Acme Notes']);
    expect(screen.getByLabelText(/^Password/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Forgot your password/i })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Sign up/i })).toBeInTheDocument();
  });

  test('OAuth2Logout: confirm, accept, done', async () => {
    const user = userEvent.setup();
    const onAccept = vi.fn().mockResolvedValue(undefined);
    const { rerender } = render(<OAuth2Logout request={logoutRequest} onAccept={onAccept} onReject={vi.fn()} />);
    expect(screen.getByText('Acme Notes asks you to sign out. Do you want to sign out?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onAccept).toHaveBeenCalledTimes(1);
    rerender(<OAuth2Logout request={logoutRequest} status="done" />);
    expect(screen.getByRole('status')).toHaveTextContent('You have been signed out.');
  });

  test('Logout: a link to logout_url without JavaScript handlers; onConfirm with them; done', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Logout logoutUrl="http://127.0.0.1:4433/self-service/logout?token=abc" hrefs={hrefs} />);
    expect(screen.getByRole('link', { name: 'Sign out' })).toHaveAttribute('href', 'http://127.0.0.1:4433/self-service/logout?token=abc');
    expect(screen.getByRole('link', { name: 'Stay signed in' })).toHaveAttribute('href', '/');
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    rerender(<Logout onConfirm={onConfirm} onCancel={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    rerender(<Logout state="logging_out" />);
    expect(screen.getByRole('status')).toHaveTextContent('Please wait…');
    rerender(<Logout state="done" hrefs={hrefs} />);
    expect(screen.getByRole('status')).toHaveTextContent('You have been signed out.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  });

  test('a javascript: logout URL is not rendered as a link', () => {
    render(<Logout logoutUrl="javascript:alert(1)" />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('ErrorView', () => {
  test('a sentence; message, reason, status and id in the technical details (as text); links back', () => {
    render(<ErrorView error={selfServiceError} hrefs={hrefs} />);
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText('Something went wrong on our side. Please try again in a moment.')).toBeInTheDocument();
    const details = screen.getByText('Technical details').closest('details');
    expect(details).toHaveTextContent('An internal server error occurred, please contact the system administrator');
    expect(details).toHaveTextContent('Could not find a strategy to sign you up with. Did you fill out the form correctly?');
    expect(details).toHaveTextContent(`Error ID: ${selfServiceError.id}`);
    expect(details).toHaveTextContent('500 Internal Server Error');
    expect(screen.getByRole('link', { name: 'Back to sign-in' })).toHaveAttribute('href', '/login');
  });

  test('loading and problem', () => {
    const { rerender } = render(<ErrorView error={undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<ErrorView error={undefined} problem={{ kind: 'server', message: '', retryable: true }} onRetry={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('Sessions', () => {
  test('current session marked, others with revoke, revoke all others', async () => {
    const user = userEvent.setup();
    const onRevoke = vi.fn().mockResolvedValue(undefined);
    const onRevokeOthers = vi.fn().mockResolvedValue(undefined);
    render(<Sessions current={currentSession} sessions={otherSessions} onRevoke={onRevoke} onRevokeOthers={onRevokeOthers} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Active sessions' })).toBeInTheDocument();
    expect(screen.getByText('This device')).toBeInTheDocument();
    expect(screen.getByText('Chrome 124 · macOS')).toBeInTheDocument();
    expect(screen.getByText('Safari 17 · iOS')).toBeInTheDocument();
    expect(screen.getByText('Firefox 125 · Windows')).toBeInTheDocument();
    const revokes = screen.getAllByRole('button', { name: 'Sign out this session' });
    expect(revokes).toHaveLength(2);
    await user.click(revokes[1] as HTMLElement);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Sign out' }));
    expect(onRevoke).toHaveBeenCalledWith(otherSessions[1]?.id);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign out all other sessions' })).not.toHaveAttribute('aria-disabled'));
    await user.click(screen.getByRole('button', { name: 'Sign out all other sessions' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Sign out others' }));
    expect(onRevokeOthers).toHaveBeenCalledTimes(1);
  });

  test('no other sessions', () => {
    render(<Sessions current={currentSession} sessions={[currentSession]} onRevoke={vi.fn()} onRevokeOthers={vi.fn()} />);
    expect(screen.getByText('You have no other active sessions.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('describeUserAgent', () => {
    expect(describeUserAgent(undefined)).toBeUndefined();
    expect(describeUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 Edg/124.0')).toBe('Edge 124 · Linux');
    expect(describeUserAgent('curl/8.0')).toBe('curl/8.0');
  });
});

describe('overrides, translation, theme', () => {
  test('components prop replaces slots (Button, Input, OidcButton)', () => {
    const MyButton = (p: ButtonProps) => (
      <button type={p.type} name={p.name} value={p.value} data-custom="button">
        {p.children}
      </button>
    );
    const MyInput = (p: FieldProps) => (
      <label>
        {p.label}
        <input name={p.name} value={p.value} onChange={(e) => p.onChange(e.target.value)} data-custom="input" />
      </label>
    );
    const MyOidc = (p: OidcButtonProps) => (
      <button type="submit" name={p.name} value={p.value} data-custom="oidc">
        {p.provider}
      </button>
    );
    const { container } = render(
      <OryComponentsProvider components={{ Button: MyButton, Input: MyInput, OidcButton: MyOidc }}>
        <Login flow={loginFlow} />
      </OryComponentsProvider>,
    );
    expect(container.querySelectorAll('[data-custom="button"]')).toHaveLength(2);
    expect(container.querySelectorAll('[data-custom="input"]')).toHaveLength(1);
    expect(container.querySelectorAll('[data-custom="oidc"]')).toHaveLength(2);
  });

  test('a node-level slot replaces a whole node type', () => {
    render(
      <OryComponentsProvider components={{ TextNode: ({ node }) => <p>custom text node {node.attributes.node_type}</p> }}>
        <Settings flow={settingsLookupRevealed} />
      </OryComponentsProvider>,
    );
    expect(screen.getByText('custom text node text')).toBeInTheDocument();
  });

  test('messages from another locale, app overrides and schema titles', async () => {
    const de = await loadMessages('de');
    render(
      <OryComponentsProvider locale="de" messages={de} overrides={{ 'ui.login.title': 'Willkommen zurück' }} titles={{ 'traits.email': 'E-Mail-Adresse' }}>
        <Login flow={loginFlow} />
        <Registration flow={registrationFlow} />
      </OryComponentsProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Willkommen zurück' })).toBeInTheDocument();
    expect(screen.getAllByLabelText(/^Passwort/)).toHaveLength(2);
    expect(screen.getByLabelText(/E-Mail-Adresse/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Passwort anzeigen' })).toHaveLength(2);
  });

  test("each flow component brings its own English: Login shows the server's text for a settings message, Settings and an app's own <Flow> show ours", () => {
    const foreign = { ...loginFlow, ui: { ...loginFlow.ui, messages: settingsSuccess.ui.messages ?? [] } };
    const { unmount: unmountLogin } = render(<Login flow={foreign} hrefs={hrefs} />);
    expect(screen.getByText('Your changes have been saved!')).toBeInTheDocument();
    unmountLogin();
    const { unmount } = render(<Flow ui={settingsSuccess.ui} kind="settings" layout="grouped" />);
    expect(screen.getByText('Your changes have been saved.')).toBeInTheDocument();
    unmount();
    const { container } = render(
      <OryComponentsProvider overrides={{ 'ui.group.password': 'Passphrase' }}>
        <Settings flow={settingsSuccess} />
      </OryComponentsProvider>,
    );
    expect(screen.getByText('Your changes have been saved.')).toBeInTheDocument();
    // The app's overrides still win over the English the component brings.
    expect(screen.getByRole('heading', { level: 2, name: 'Passphrase' })).toBeInTheDocument();
    expect(container.querySelector('[data-message-id="1050001"]')).not.toBeNull();
  });

  test('theme prop sets data-theme on the wrapper; system leaves it to the media query', () => {
    const { container, rerender } = render(
      <OryComponentsProvider theme="dark">
        <Login flow={loginFlow} />
      </OryComponentsProvider>,
    );
    expect(container.querySelector('.ory-root')).toHaveAttribute('data-theme', 'dark');
    rerender(
      <OryComponentsProvider theme="system">
        <Login flow={loginFlow} />
      </OryComponentsProvider>,
    );
    expect(container.querySelector('.ory-root')).not.toHaveAttribute('data-theme');
  });
});
