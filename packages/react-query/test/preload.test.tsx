import { createOryClient, type LoginFlow, type OryClient } from '@orykit/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OryProvider, oryRetryLimit, preloadFlow, useLoginFlow, useSettingsFlow, type PreloadableFlow } from '../src/index.ts';
import { fakeKratos, loginFlow } from './fake-kratos.ts';

let kratos: ReturnType<typeof fakeKratos>;
let client: OryClient;
let queryClient: QueryClient;

const strict = ({ children }: { children: ReactNode }) => (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <OryProvider client={client}>{children}</OryProvider>
    </QueryClientProvider>
  </StrictMode>
);

const plain = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={queryClient}>
    <OryProvider client={client}>{children}</OryProvider>
  </QueryClientProvider>
);

const LOGIN = 'GET /self-service/login/browser';
let created = 0;

beforeEach(() => {
  kratos = fakeKratos();
  client = createOryClient({ baseUrl: 'http://kratos', mode: 'browser', fetch: kratos.fetch, retry: 0, allowedReturnUrls: ['http://app'] });
  // Only the delay is shortened, so failure tests do not wait out TanStack's backoff; the retry policy is the kit's.
  queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
  window.history.replaceState(null, '', '/login');
  created = 0;
  kratos.always(LOGIN, () => ({ status: 200, body: loginFlow(`f${++created}`) }));
  kratos.always('GET /self-service/login/flows', (q) => ({ status: 200, body: loginFlow(q.get('id')!) }));
});

const serverError = () => ({ status: 503, body: { error: { code: 503, message: 'Service Unavailable' } } });

describe('preloadFlow, then the hook', () => {
  it.each([
    ['still in flight', false],
    ['already answered', true],
  ])('takes the preloaded flow (%s) with exactly one request, under StrictMode', async (_when, wait) => {
    const preloading = preloadFlow(queryClient, client, 'login', { returnTo: 'http://app/next', refresh: true });
    if (wait) await preloading;
    const { result } = renderHook(() => useLoginFlow({ returnTo: 'http://app/next', refresh: true, navigate: () => {} }), { wrapper: strict });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await preloading;
    expect(result.current.flow?.id).toBe('f1');
    expect(kratos.count(LOGIN)).toBe(1);
    expect(kratos.requests).toHaveLength(1);
    expect(Object.fromEntries(kratos.requests[0]!.query)).toEqual({ refresh: 'true', return_to: 'http://app/next' });
    expect(window.location.search).toBe('?flow=f1');
  });

  it('takes the flow named by ?flow= in the URL, fetched once, and creates none', async () => {
    window.history.replaceState(null, '', '/login?flow=f7');
    void preloadFlow(queryClient, client, 'login');
    const { result } = renderHook(() => useLoginFlow(), { wrapper: strict });
    await waitFor(() => expect(result.current.flow?.id).toBe('f7'));
    expect(kratos.requests.map((r) => r.path)).toEqual(['/self-service/login/flows']);
  });

  it.each([
    ['returnTo', { returnTo: 'http://app/a' }, { returnTo: 'http://app/b' }],
    ['refresh', {}, { refresh: true }],
    ['aal', { aal: 'aal2' }, {}],
    ['loginChallenge', { loginChallenge: 'c1' }, { loginChallenge: 'c2' }],
  ] as const)('preloaded with another %s than the hook asks for: the hook makes its own request', async (_option, preloaded, asked) => {
    await preloadFlow(queryClient, client, 'login', preloaded);
    const { result } = renderHook(() => useLoginFlow(asked), { wrapper: strict });
    await waitFor(() => expect(result.current.flow?.id).toBe('f2'));
    expect(kratos.count(LOGIN)).toBe(2);
    const query = Object.fromEntries(kratos.requests[1]!.query);
    expect(query).toEqual({
      ...('returnTo' in asked ? { return_to: asked.returnTo } : {}),
      ...('refresh' in asked ? { refresh: 'true' } : {}),
      ...('loginChallenge' in asked ? { login_challenge: asked.loginChallenge } : {}),
    });
  });

  it('a returnTo the URL policy refuses is dropped alike, so the preload still matches', async () => {
    await preloadFlow(queryClient, client, 'login', { returnTo: 'https://evil.example/' });
    const { result } = renderHook(() => useLoginFlow({ returnTo: 'https://evil.example/' }), { wrapper: strict });
    await waitFor(() => expect(result.current.flow?.id).toBe('f1'));
    expect(kratos.count(LOGIN)).toBe(1);
    expect(kratos.requests[0]!.query.has('return_to')).toBe(false);
  });
});

describe('a preload that fails goes through the same transitions as the hook', () => {
  /** What the hook shows (and asks) for a failure, with or without a preload before it. */
  async function failing(fail: () => void, preload: boolean) {
    fail();
    if (preload) await preloadFlow(queryClient, client, 'login');
    const { result } = renderHook(() => useLoginFlow({ syncUrl: false }), { wrapper: strict });
    await waitFor(() => expect(result.current.problem).toBeDefined());
    // Nothing more is asked after the problem shows.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { result, problem: result.current.problem, status: result.current.status, requests: kratos.requests.length };
  }

  it.each([
    ['a 503', () => kratos.always(LOGIN, serverError)],
    ['a network failure', () => kratos.setNetworkDown(true)],
  ])('%s: the same problem, the same number of requests, and a retry that works', async (_name, fail) => {
    const without = await failing(fail, false);
    kratos = fakeKratos();
    client = createOryClient({ baseUrl: 'http://kratos', mode: 'browser', fetch: kratos.fetch, retry: 0 });
    queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
    const withPreload = await failing(fail, true);

    expect(withPreload.problem).toEqual(without.problem);
    expect(withPreload.problem?.retryable).toBe(true);
    expect(withPreload.status).toBe(without.status);
    expect(withPreload.requests).toBe(without.requests);
    expect(withPreload.requests).toBe(1 + oryRetryLimit);

    kratos.setNetworkDown(false);
    kratos.always(LOGIN, () => ({ status: 200, body: loginFlow('ok') }));
    act(() => withPreload.result.current.retry());
    await waitFor(() => expect(withPreload.result.current.flow?.id).toBe('ok'));
    expect(withPreload.result.current.problem).toBeUndefined();
  });

  it('a settings preload without a session: the hook sends the user to sign in, once', async () => {
    window.history.replaceState(null, '', '/settings');
    kratos.always('GET /self-service/settings/browser', () => ({ status: 401, body: { error: { id: 'session_inactive', code: 401 } } }));
    await preloadFlow(queryClient, client, 'settings');
    const navigate = vi.fn();
    renderHook(() => useSettingsFlow({ navigate }), { wrapper: strict });
    await waitFor(() => expect(navigate).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate.mock.calls[0]![0]).toContain('/self-service/login/browser');
    expect(kratos.count('GET /self-service/settings/browser')).toBe(1);
  });

  it('an unknown flow in the URL (404): the hook restarts with a new flow', async () => {
    window.history.replaceState(null, '', '/login?flow=gone');
    kratos.always('GET /self-service/login/flows', () => ({ status: 404, body: { error: { code: 404, message: 'Not Found' } } }));
    await preloadFlow(queryClient, client, 'login');
    const { result } = renderHook(() => useLoginFlow(), { wrapper: plain });
    await waitFor(() => expect(result.current.flow?.id).toBe('f1'));
    expect(kratos.requests.map((r) => r.path)).toEqual(['/self-service/login/flows', '/self-service/login/browser']);
    expect(window.location.search).toBe('?flow=f1');
  });

  it('a preloaded flow that expires while shown: the submit\'s 410 switches to the new flow', async () => {
    await preloadFlow(queryClient, client, 'login');
    kratos.next('POST /self-service/login', { status: 410, body: { error: { id: 'self_service_flow_expired', code: 410 }, use_flow_id: 'f9' } });
    const { result } = renderHook(() => useLoginFlow(), { wrapper: plain });
    await waitFor(() => expect(result.current.flow?.id).toBe('f1'));
    await act(() => result.current.submit({ method: 'password', identifier: 'ada@example.com', password: 'pw', csrf_token: 'csrf' }));
    await waitFor(() => expect(result.current.flow?.id).toBe('f9'));
    expect(result.current.problem?.kind).toBe('expired');
  });
});

it('an unknown flow name is a clear TypeError, not a request', () => {
  expect(() => preloadFlow(queryClient, client, 'signin' as PreloadableFlow)).toThrow(TypeError);
  expect(kratos.requests).toHaveLength(0);
});

// Server rendering: a flow fetched on the server is the hook's first answer, so the page hydrates with the
// form the server rendered and no second request asks Kratos for the same flow.
describe('initialFlow (a flow fetched on the server)', () => {
  const fromServer = () => loginFlow('from-server') as unknown as LoginFlow;

  it('is ready on the first render, and asks Kratos for nothing', () => {
    const { result } = renderHook(() => useLoginFlow({ initialFlow: fromServer() }), { wrapper: strict });
    expect(result.current.status).toBe('ready');
    expect(result.current.flow?.id).toBe('from-server');
    expect(kratos.requests).toEqual([]);
  });

  it('submits it like any other flow, and re-renders the answer in place', async () => {
    kratos.next('POST /self-service/login', { status: 400, body: loginFlow('from-server', [{ id: 4000006, text: 'The provided credentials are invalid.', type: 'error' }]) });
    const { result } = renderHook(() => useLoginFlow({ initialFlow: fromServer() }), { wrapper: strict });
    await act(() => result.current.submit({ method: 'password', identifier: 'ada@example.com', password: 'pw', csrf_token: 'csrf' }));
    await waitFor(() => expect(result.current.flow?.ui.messages?.[0]?.id).toBe(4000006));
    expect(kratos.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /self-service/login']);
  });

  it('puts its id in the URL, so a reload shows the same flow', async () => {
    const { result } = renderHook(() => useLoginFlow({ initialFlow: fromServer(), navigate: () => {} }), { wrapper: strict });
    expect(result.current.flow?.id).toBe('from-server');
    await waitFor(() => expect(window.location.search).toBe('?flow=from-server'));
    expect(kratos.requests).toEqual([]);
  });

  it('wins over ?flow= (server and browser render the same flow); flowId wins over it', async () => {
    window.history.replaceState(null, '', '/login?flow=older');
    const first = renderHook(() => useLoginFlow({ initialFlow: fromServer(), navigate: () => {} }), { wrapper: strict });
    expect(first.result.current.flow?.id).toBe('from-server');
    first.unmount();
    const second = renderHook(() => useLoginFlow({ flowId: 'newer', initialFlow: fromServer(), navigate: () => {} }), { wrapper: strict });
    await waitFor(() => expect(second.result.current.flow?.id).toBe('newer'));
    expect(kratos.requests.map((r) => r.path)).toEqual(['/self-service/login/flows']);
  });
});
