import { createOryClient, type OryClient } from '@orykit/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OryProvider, oryKeys, useLoginFlow, useRecoveryFlow, useRegistrationFlow, useSettingsFlow, useToSession } from '../src/index.ts';
import { fakeKratos, loginFlow } from './fake-kratos.ts';

let kratos: ReturnType<typeof fakeKratos>;
let client: OryClient;
let queryClient: QueryClient;

const wrapper = ({ children }: { children: ReactNode }) => (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <OryProvider client={client}>{children}</OryProvider>
    </QueryClientProvider>
  </StrictMode>
);

beforeEach(() => {
  kratos = fakeKratos();
  client = createOryClient({ baseUrl: 'http://kratos', mode: 'browser', fetch: kratos.fetch, retry: 0, allowedReturnUrls: ['http://app'] });
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  window.history.replaceState(null, '', '/login');
  kratos.always('GET /self-service/login/browser', () => ({ status: 200, body: loginFlow('f1') }));
  kratos.always('GET /self-service/login/flows', (q) => ({ status: 200, body: loginFlow(q.get('id')!) }));
});

const password = { method: 'password', identifier: 'ada@example.com', password: 'pw', csrf_token: 'csrf' };

describe('useLoginFlow', () => {
  it('costs exactly one flow creation under StrictMode, and puts ?flow= in the URL', async () => {
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.flow?.id).toBe('f1');
    expect(kratos.count('GET /self-service/login/browser')).toBe(1);
    expect(kratos.requests).toHaveLength(1);
    expect(window.location.search).toBe('?flow=f1');
  });

  it('a cancelled request (StrictMode\'s first mount in dev, an unmount) is not shown as a problem', async () => {
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    await act(() => queryClient.cancelQueries());
    await act(() => queryClient.refetchQueries());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.problem).toBeUndefined();
  });

  it('fetches the flow named in the URL once, and creates none', async () => {
    window.history.replaceState(null, '', '/login?flow=f7');
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    await waitFor(() => expect(result.current.flow?.id).toBe('f7'));
    expect(kratos.requests.map((r) => r.path)).toEqual(['/self-service/login/flows']);
  });

  it('sends refresh, aal, return_to and login_challenge when creating', async () => {
    const { result } = renderHook(() => useLoginFlow({ refresh: true, aal: 'aal2', returnTo: 'http://app/x', loginChallenge: 'ch1' }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const q = kratos.requests[0]!.query;
    expect(Object.fromEntries(q)).toEqual({ refresh: 'true', aal: 'aal2', return_to: 'http://app/x', login_challenge: 'ch1' });
  });

  it('400: re-renders the returned flow with its messages', async () => {
    kratos.next('POST /self-service/login', { status: 400, body: loginFlow('f1', [{ id: 4000006, text: 'The provided credentials are invalid.', type: 'error' }]) });
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.submit(password));
    expect(result.current.flow?.ui.messages?.[0]?.id).toBe(4000006);
    expect(result.current.status).toBe('ready');
    expect(kratos.requests.at(-1)!.body).toEqual(password);
  });

  it('410 with use_flow_id: continues with the new flow and says it expired', async () => {
    kratos.next('POST /self-service/login', { status: 410, body: { error: { id: 'self_service_flow_expired', code: 410 }, use_flow_id: 'f2' } });
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.submit(password));
    await waitFor(() => expect(result.current.flow?.id).toBe('f2'));
    expect(result.current.problem?.kind).toBe('expired');
    expect(window.location.search).toBe('?flow=f2');
  });

  it('keeps showing the old flow while the replacement loads, so the form stays mounted', async () => {
    let release: () => void = () => {};
    kratos.next('POST /self-service/login', { status: 403, body: { error: { id: 'security_csrf_violation', code: 403 } } });
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const gate = new Promise<void>((r) => (release = r));
    kratos.always('GET /self-service/login/browser', () => ({ status: 200, body: loginFlow('f3') }));
    const slowFetch = kratos.fetch;
    client = createOryClient({ baseUrl: 'http://kratos', mode: 'browser', retry: 0, fetch: async (i, init) => (await gate, slowFetch(i, init)) });
    await act(() => result.current.submit(password));
    expect(result.current.flow?.id).toBe('f1');
    expect(result.current.problem?.kind).toBe('csrf');
    release();
  });

  it('422 browser_location_change_required: navigates', async () => {
    const navigate = vi.fn();
    kratos.next('POST /self-service/login', { status: 422, body: { error: { id: 'browser_location_change_required', code: 422 }, redirect_browser_to: 'https://github.com/login' } });
    const { result } = renderHook(() => useLoginFlow({ navigate }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.submit({ method: 'oidc', provider: 'github', csrf_token: 'csrf' }));
    expect(navigate).toHaveBeenCalledWith('https://github.com/login');
  });

  it('a network failure keeps the flow and offers a retry that resubmits the same body', async () => {
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    kratos.setNetworkDown(true);
    await act(() => result.current.submit(password));
    expect(result.current.problem).toMatchObject({ kind: 'network', retryable: true });
    expect(result.current.flow?.id).toBe('f1');
    kratos.setNetworkDown(false);
    kratos.next('POST /self-service/login', { status: 200, body: { session: { id: 's1' } } });
    const navigate = vi.fn();
    void navigate;
    await act(async () => result.current.retry());
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(kratos.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([password, password]);
  });

  it('ignores a second submit while one is in flight', async () => {
    const { result } = renderHook(() => useLoginFlow({ navigate: () => {} }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    kratos.next('POST /self-service/login', { status: 200, body: { session: { id: 's1' } } });
    await act(() => Promise.all([result.current.submit(password), result.current.submit(password)]));
    expect(kratos.count('POST /self-service/login')).toBe(1);
  });

  it('200: completes, refreshes the session and goes to the flow\'s return_to', async () => {
    const navigate = vi.fn();
    kratos.always('GET /sessions/whoami', () => ({ status: 200, body: { id: 's1', active: true } }));
    const { result } = renderHook(() => ({ flow: useLoginFlow({ navigate }), session: useToSession() }), { wrapper });
    await waitFor(() => expect(result.current.flow.status).toBe('ready'));
    await waitFor(() => expect(result.current.session.isSuccess).toBe(true));
    const before = kratos.count('GET /sessions/whoami');
    kratos.next('POST /self-service/login', { status: 200, body: { session: { id: 's1' } } });
    await act(() => result.current.flow.submit(password));
    expect(result.current.flow.status).toBe('done');
    expect(navigate).toHaveBeenCalledWith('http://app/after-login');
    await waitFor(() => expect(kratos.count('GET /sessions/whoami')).toBe(before + 1));
  });
});

describe('useSettingsFlow', () => {
  it('403 session_refresh_required: sends the user to sign in again and come back', async () => {
    const navigate = vi.fn();
    window.history.replaceState(null, '', '/settings');
    kratos.always('GET /self-service/settings/browser', () => ({ status: 200, body: { ...loginFlow('s1'), state: 'show_form' } }));
    kratos.next('POST /self-service/settings', { status: 403, body: { error: { id: 'session_refresh_required', code: 403 }, redirect_browser_to: 'http://kratos/self-service/login/browser?refresh=true' } });
    const { result } = renderHook(() => useSettingsFlow({ navigate }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.submit({ method: 'password', password: 'new', csrf_token: 'csrf' }));
    const url = new URL(navigate.mock.calls[0]![0] as string);
    expect(url.pathname).toBe('/self-service/login/browser');
    expect(url.searchParams.get('refresh')).toBe('true');
    expect(url.searchParams.get('return_to')).toBe('http://localhost:3000/settings?flow=s1');
  });

  it('401 without a session: goes to sign in', async () => {
    const navigate = vi.fn();
    kratos.always('GET /self-service/settings/browser', () => ({ status: 401, body: { error: { id: 'session_inactive', code: 401 } } }));
    renderHook(() => useSettingsFlow({ navigate }), { wrapper });
    await waitFor(() => expect(navigate).toHaveBeenCalled());
    expect(navigate.mock.calls[0]![0]).toContain('/self-service/login/browser');
    expect(kratos.count('GET /self-service/settings/browser')).toBe(1);
  });
});

// Error ids of Kratos v0.11 beyond the obvious ones: what the person gets from the hook.
describe('Kratos v0.11 error ids', () => {
  const kratosError = (code: number, id: string, reason: string) => ({ status: code, body: { error: { id, code, reason } } });

  it('401 session_aal_already_fulfilled: the second factor is already done, so it goes to return_to', async () => {
    const navigate = vi.fn();
    kratos.always('GET /self-service/login/browser', () => kratosError(401, 'session_aal_already_fulfilled', 'The session has the requested AAL already.'));
    const { result } = renderHook(() => useLoginFlow({ aal: 'aal2', returnTo: 'http://localhost:3000/account', navigate }), { wrapper });
    // Same-origin targets reach the app's navigate as paths (the URL policy's form).
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/account'));
    expect(result.current.problem).toBeUndefined();
    expect(kratos.count('GET /self-service/login/browser')).toBe(1);
  });

  it('401 session_aal1_required: asked for aal2 without a session, it signs in first and comes back', async () => {
    const navigate = vi.fn();
    window.history.replaceState(null, '', '/login?aal=aal2');
    kratos.always('GET /self-service/login/browser', () => kratosError(401, 'session_aal1_required', 'You can not requested a higher AAL (AAL2/AAL3) without an active session.'));
    renderHook(() => useLoginFlow({ aal: 'aal2', navigate }), { wrapper });
    await waitFor(() => expect(navigate).toHaveBeenCalled());
    const url = new URL(navigate.mock.calls[0]![0] as string);
    expect(url.pathname).toBe('/self-service/login/browser');
    expect(url.searchParams.get('aal')).toBeNull();
    expect(url.searchParams.get('return_to')).toBe('http://localhost:3000/login?aal=aal2');
  });

  it('400 session_verified_address_required: the flow and typed input stay, the problem says verify', async () => {
    kratos.next('POST /self-service/login', kratosError(400, 'session_verified_address_required', "Your account's email or phone address are not verified yet."));
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.submit(password));
    expect(result.current.problem).toMatchObject({ kind: 'unverified', retryable: false });
    expect(result.current.flow?.id).toBe('f1');
  });

  it('400 self_service_flow_disabled: one request, a clear problem, and no loop', async () => {
    window.history.replaceState(null, '', '/registration');
    kratos.always('GET /self-service/registration/browser', () => kratosError(400, 'self_service_flow_disabled', 'Registration is not allowed because it was disabled.'));
    const { result } = renderHook(() => useRegistrationFlow(), { wrapper });
    await waitFor(() => expect(result.current.problem).toMatchObject({ kind: 'disabled', retryable: false }));
    expect(result.current.status).toBe('loading');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(kratos.count('GET /self-service/registration/browser')).toBe(1);
  });

  it('422 after a recovery code: follows redirect_browser_to to the settings flow, through the app\'s navigate', async () => {
    const navigate = vi.fn();
    window.history.replaceState(null, '', '/recovery');
    kratos.always('GET /self-service/recovery/browser', () => ({ status: 200, body: { ...loginFlow('r1'), state: 'sent_email' } }));
    const settings = 'http://localhost:3000/settings?flow=s9';
    kratos.next('POST /self-service/recovery', {
      status: 422,
      body: { error: { id: 'browser_location_change_required', code: 422, reason: `In order to complete this flow please redirect the browser to: ${settings}` }, redirect_browser_to: settings },
    });
    const { result } = renderHook(() => useRecoveryFlow({ navigate }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    // The app's header reads the session from the cache: the one the code created must be fetched again.
    queryClient.setQueryData(oryKeys.resource('sessions'), null);
    await act(() => result.current.submit({ method: 'code', code: '123456', csrf_token: 'csrf' }));
    expect(navigate).toHaveBeenCalledWith(settings);
    expect(result.current.problem).toBeUndefined();
    expect(queryClient.getQueryState(oryKeys.resource('sessions'))?.isInvalidated).toBe(true);
  });
});
