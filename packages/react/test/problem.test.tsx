// Issue 13, point 2: every problem a flow can show reads as a sentence from the catalogue with one action
// that does what it says; the request line, status and error id are only in the collapsed details and
// the console.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LoginFlow } from '@orykit/client';
import { refusedAddress } from '@orykit/react-query';
import { ErrorView, Login, OryComponentsProvider, presentProblem, type ProblemActionKind } from '../src/index.ts';
import { problemNavigation, withoutFlowId } from '../src/flows/problem.tsx';
import { en } from '../src/i18n/messages/en.ts';
import { de } from '../src/i18n/messages/de.ts';
import type { FlowProblem } from '../src/types.ts';
import { loginFlow, selfServiceError } from './fixtures/flows.ts';

const hrefs = { login: '/login', verification: '/verification', home: '/' };
const catalogue = new Set(Object.values(en).filter((v): v is string => typeof v === 'string'));

/** A problem as the flow hooks report it: the client's developer message, with status and id. */
const p = (kind: FlowProblem['kind'], message: string, extra: Partial<FlowProblem> = {}): FlowProblem => ({
  kind,
  message,
  retryable: kind === 'network' || kind === 'timeout' || kind === 'server' || kind === 'malformed',
  ...extra,
});
const answer = (status: number, id: string, reason: string) =>
  p('error', `POST /self-service/login: ${status} ${id}: ${reason}`, { status, id });

// Every kind, every error id the kit knows, and the statuses that come without one.
const table: Array<[string, FlowProblem, ProblemActionKind]> = [
  ['network', p('network', 'POST /self-service/login: the server could not be reached'), 'retry'],
  ['timeout', p('timeout', 'POST /self-service/login: no answer within 10000 ms'), 'retry'],
  ['server (5xx)', p('server', 'POST /self-service/login: 500 Internal Server Error: boom', { status: 500 }), 'retry'],
  ['server (502 HTML)', p('server', 'POST /self-service/login: 502: the body is not JSON', { status: 502 }), 'retry'],
  ['malformed', p('malformed', 'The server answered without a flow.'), 'retry'],
  ['csrf', p('csrf', 'POST /self-service/login: 403 security_csrf_violation: Please retry the flow and optionally clear your cookies.', { status: 403, id: 'security_csrf_violation' }), 'start_over'],
  ['csrf without an id', p('csrf', 'GET /self-service/login/flows: 403 Forbidden', { status: 403 }), 'start_over'],
  ['expired', p('expired', 'POST /self-service/login: 410 self_service_flow_expired: The flow expired 5.00 minutes ago.', { status: 410, id: 'self_service_flow_expired' }), 'start_over'],
  ['unverified', p('unverified', 'POST /self-service/login: 400 session_verified_address_required', { status: 400, id: 'session_verified_address_required' }), 'none'],
  ['disabled', p('disabled', 'POST /self-service/registration/browser: 400 self_service_flow_disabled', { status: 400, id: 'self_service_flow_disabled' }), 'back'],
  ['disabled (404, no id)', p('disabled', 'GET /self-service/recovery/browser: 404 Not Found: This endpoint was disabled by system administrator.', { status: 404 }), 'back'],
  ['error (a thrown error)', p('error', 'TypeError: x is not a function'), 'reload'],
  ['error 400 without an id', p('error', 'POST /self-service/login: 400 Bad Request', { status: 400 }), 'reload'],
  ['401 without an id (account disabled)', p('error', 'POST /self-service/login: 401 Unauthorized: This account was disabled.', { status: 401 }), 'sign_in'],
  ['403 without an id', p('error', 'POST /self-service/settings: 403 Forbidden', { status: 403 }), 'back'],
  ['404 without an id', p('error', 'GET /self-service/errors: 404 Not Found', { status: 404 }), 'start_over'],
  ['429', p('error', 'POST /self-service/login: 429 Too Many Requests', { status: 429 }), 'retry'],
  ['security_identity_mismatch', answer(403, 'security_identity_mismatch', 'The flow was started by another identity.'), 'start_over'],
  ['self_service_flow_replaced', answer(410, 'self_service_flow_replaced', 'A newer flow was started.'), 'start_over'],
  ['self_service_flow_return_to_forbidden', answer(400, 'self_service_flow_return_to_forbidden', 'Requested return_to URL is not allowed.'), 'start_over'],
  ['browser_location_change_required', answer(422, 'browser_location_change_required', 'Go to the next page.'), 'start_over'],
  ['session_inactive', answer(401, 'session_inactive', 'No active session was found in this request.'), 'sign_in'],
  ['session_aal1_required', answer(401, 'session_aal1_required', 'You must sign in with a first factor.'), 'sign_in'],
  ['session_aal2_required', answer(403, 'session_aal2_required', 'An AAL2 session is required.'), 'sign_in'],
  ['session_refresh_required', answer(403, 'session_refresh_required', 'The login session is too old.'), 'sign_in'],
  ['session_already_available', answer(400, 'session_already_available', 'A valid session was detected.'), 'back'],
  ['redirect_refused (a redirect off the allow-list)', refusedAddress('redirect', 'https://evil.example/next'), 'start_over'],
  ['action_refused (a form posting off-origin)', refusedAddress('form_action', 'https://evil.example/collect'), 'none'],
  ['session_aal_already_fulfilled', answer(401, 'session_aal_already_fulfilled', 'The session already has AAL2.'), 'back'],
];

const METHOD = /\b(GET|POST|PUT|PATCH|DELETE)\b/;
const STATUS = /\b[1-5]\d\d\b/;
const PATH = /\/[a-z]/i;

let consoleError: { mock: { calls: unknown[][] } };
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(problemNavigation, 'reload').mockImplementation(() => {});
  vi.spyOn(problemNavigation, 'startOver').mockImplementation(() => {});
  vi.spyOn(problemNavigation, 'back').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe.each(table)('problem: %s', (_name, problem, action) => {
  test('one alert; its headline is a catalogue sentence without request line, status, id or path; the details hold them', () => {
    render(<Login problem={problem} onRetry={vi.fn()} hrefs={hrefs} />);
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    const alert = alerts[0]!;
    const headline = alert.querySelector('.ory-alert__title')?.textContent ?? '';
    expect(headline).toBe(en[presentProblem(problem).headline]);
    expect(catalogue.has(headline)).toBe(true);
    expect(headline).not.toMatch(METHOD);
    expect(headline).not.toMatch(STATUS);
    expect(headline).not.toMatch(PATH);
    if (problem.id) expect(headline).not.toContain(problem.id);

    const details = alert.querySelector('details');
    expect(details).not.toBeNull();
    expect(details!.open).toBe(false);
    expect(within(details!).getByText('Technical details')).toBeInTheDocument();
    expect(details).toHaveTextContent(problem.message);
    if (problem.status !== undefined) expect(details).toHaveTextContent(String(problem.status));
    if (problem.id) expect(details).toHaveTextContent(problem.id);
  });

  test(`the action (${action}) does what it says`, async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<Login problem={problem} onRetry={onRetry} hrefs={hrefs} />);
    const alert = screen.getByRole('alert');
    const press = (name: string) => user.click(within(alert).getByRole('button', { name }));
    switch (action) {
      case 'retry':
        await press('Try again');
        expect(onRetry).toHaveBeenCalledTimes(1);
        break;
      case 'reload':
        await press('Reload page');
        expect(problemNavigation.reload).toHaveBeenCalledTimes(1);
        break;
      case 'start_over':
        await press('Start over');
        expect(problemNavigation.startOver).toHaveBeenCalledTimes(1);
        break;
      case 'sign_in':
        expect(within(alert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/login');
        break;
      case 'back':
        expect(within(alert).getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
        break;
      case 'none':
        expect(within(alert).queryByRole('button')).toBeNull();
        // The view offers the way on: Login links to verification.
        if (problem.kind === 'unverified') expect(screen.getByRole('link', { name: 'Verify your email address' })).toHaveAttribute('href', '/verification');
        break;
    }
    if (action !== 'retry') expect(onRetry).not.toHaveBeenCalled();
  });

  test('the details go to the console once, however often it renders', () => {
    const fresh = { ...problem }; // once per problem: the table's object was logged by the tests above
    const { rerender } = render(<Login problem={fresh} onRetry={vi.fn()} hrefs={hrefs} />);
    rerender(<Login problem={fresh} onRetry={vi.fn()} hrefs={hrefs} />);
    const ours = consoleError.mock.calls.filter((args) => String(args[0]).startsWith('[orykit]'));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.join(' ')).toContain(problem.message);
  });
});

test('ids and kinds that name an object property get the general sentence, not a crash', () => {
  for (const id of ['constructor', '__proto__', 'toString']) {
    expect(presentProblem(p('error', 'x', { id }))).toEqual({ headline: 'ui.error.error', action: 'reload' });
  }
  expect(presentProblem({ kind: 'hasOwnProperty' as FlowProblem['kind'], message: 'x', retryable: false })).toEqual({ headline: 'ui.error.error', action: 'reload' });
});

describe('actions without the links they would use', () => {
  test('"Try again" without a retry really reloads', async () => {
    const user = userEvent.setup();
    render(<Login problem={table[0]![1]} />);
    await user.click(screen.getByRole('button', { name: 'Reload page' }));
    expect(problemNavigation.reload).toHaveBeenCalledTimes(1);
  });

  test('"sign in again" without a login page starts over; "go back" without a home page goes back', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Login problem={answer(401, 'session_inactive', 'No session.')} />);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(problemNavigation.startOver).toHaveBeenCalledTimes(1);
    rerender(<Login problem={answer(400, 'session_already_available', 'Signed in.')} />);
    await user.click(screen.getByRole('button', { name: 'Go back' }));
    expect(problemNavigation.back).toHaveBeenCalledTimes(1);
  });

  test('a login page that is not a safe link is not offered', () => {
    render(<Login problem={answer(401, 'session_inactive', 'No session.')} hrefs={{ login: 'javascript:alert(1)' }} />);
    expect(screen.queryByRole('link', { name: 'Sign in again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();
  });

  test('start over drops the flow id and keeps the rest of the address', () => {
    expect(withoutFlowId('https://app.example/login?flow=f1&return_to=%2Fhome')).toBe('https://app.example/login?return_to=%2Fhome');
  });
});

describe('one alert per problem', () => {
  test('an expired flow replaced by a new one: Kratos says it in the flow messages, so no second alert', () => {
    const replaced: LoginFlow = {
      ...loginFlow,
      ui: { ...loginFlow.ui, messages: [{ id: 4010001, text: 'The login flow expired 5.00 minutes ago, please try again.', type: 'error', context: { expired_at: loginFlow.expires_at } }] },
    };
    const expired = { ...table.find(([name]) => name === 'expired')![1] };
    render(<Login flow={replaced} problem={expired} onSubmit={vi.fn()} hrefs={hrefs} />);
    expect(document.querySelectorAll('.ory-alert')).toHaveLength(0);
    const said = screen.getAllByRole('alert').filter((a) => /expired/i.test(a.textContent ?? ''));
    expect(said).toHaveLength(1);
    expect(said[0]).not.toHaveTextContent('410');
    expect(said[0]).not.toHaveTextContent('self_service_flow_expired');
    // Still logged for developers.
    expect(consoleError.mock.calls.some((args) => String(args.join(' ')).includes('self_service_flow_expired'))).toBe(true);
  });

  test('a problem the flow does not state is still shown above it', () => {
    render(<Login flow={loginFlow} problem={table[0]![1]} onSubmit={vi.fn()} hrefs={hrefs} />);
    expect(document.querySelectorAll('.ory-alert')).toHaveLength(1);
  });
});

test('the headline and the action are translated', () => {
  render(
    <OryComponentsProvider locale="de" messages={de}>
      <Login problem={table.find(([name]) => name === 'csrf')![1]} hrefs={hrefs} />
    </OryComponentsProvider>,
  );
  const alert = screen.getByRole('alert');
  expect(alert.querySelector('.ory-alert__title')).toHaveTextContent(de['ui.flow.csrf'] as string);
  expect(within(alert).getByRole('button', { name: de['ui.problem.start_over'] as string })).toBeInTheDocument();
  expect(within(alert).getByText(de['ui.problem.details'] as string)).toBeInTheDocument();
});

describe('ErrorView', () => {
  test('a stored error reads as a sentence; message, reason, status and ids are in the details', () => {
    render(<ErrorView error={selfServiceError} hrefs={hrefs} />);
    const text = document.querySelector('.ory-error-view .ory-text__body')?.textContent ?? '';
    expect(text).toBe(en['ui.error.server']);
    const details = document.querySelector('.ory-error-view__details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details).toHaveTextContent('500 Internal Server Error');
    expect(details).toHaveTextContent(selfServiceError.id);
  });

  test('a stored error with an id Kratos knows gets its sentence', () => {
    const csrf = { ...selfServiceError, error: { id: 'security_csrf_violation', code: 403, status: 'Forbidden', reason: 'Please retry the flow.' } } as typeof selfServiceError;
    render(<ErrorView error={csrf} hrefs={hrefs} />);
    expect(document.querySelector('.ory-error-view .ory-text__body')).toHaveTextContent(en['ui.flow.csrf'] as string);
  });

  test('fetching the error failed (404): a sentence, not "GET /self-service/errors: 404 Not Found"', () => {
    render(<ErrorView error={undefined} problem={p('error', 'GET /self-service/errors: 404 Not Found', { status: 404 })} hrefs={hrefs} />);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('.ory-alert__title')).toHaveTextContent(en['ui.problem.not_found'] as string);
    expect(alert.querySelector('.ory-alert__title')).not.toHaveTextContent('404');
  });
});

describe("the form's own problems go through the presenter too", () => {
  test('a submit handler that throws: one alert, a sentence; the error text only in the details', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {
      throw new Error('POST /self-service/login: 502: the body is not JSON');
    });
    const { container } = render(<Login flow={loginFlow} onSubmit={onSubmit} hrefs={hrefs} />);
    for (const input of container.querySelectorAll<HTMLInputElement>('input[required]')) await user.type(input, 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(document.querySelectorAll('.ory-alert')).toHaveLength(1));
    const alert = document.querySelector('.ory-alert')!;
    expect(alert.querySelector('.ory-alert__title')).toHaveTextContent(en['ui.error.error']);
    expect(alert.querySelector('.ory-alert__title')?.textContent).not.toMatch(STATUS);
    expect(alert.querySelector('details')).toHaveTextContent('502: the body is not JSON');
  });
});
