// The flow state machine against the emulator (msw/node): every transition reached the way a person
// reaches it, with real cookies, CSRF tokens, expiry and second factors.
import { createOryClient, type OryClient } from '@orykit/client';
import { createEmulator, DEMO_IDENTITY, manualClock, totp, type Emulator } from '@orykit/emulator';
import { emulatorHandlers, type EmulatorHandlers } from '@orykit/emulator/msw';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { StrictMode, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  OryProvider,
  useLoginFlow,
  useLogoutFlow,
  useRecoveryFlow,
  useRegistrationFlow,
  useSettingsFlow,
  useToSession,
  useVerificationFlow,
  type FlowController,
} from '../src/index.ts';

const server = setupServer();
const clock = manualClock();
let emulator: Emulator;
let handlers: EmulatorHandlers;
let client: OryClient;
let queryClient: QueryClient;
let requests: string[];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  emulator = createEmulator({ clock, oidcProviders: [{ id: 'github', label: 'GitHub' }] });
  handlers = emulatorHandlers(emulator);
  server.resetHandlers(...handlers);
  requests = [];
  server.events.removeAllListeners();
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}`);
  });
  client = createOryClient({ baseUrl: emulator.options.urls, mode: 'browser', retry: 0 });
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  window.history.replaceState(null, '', '/');
});
afterEach(() => queryClient.clear());

const wrapper = ({ children }: { children: ReactNode }) => (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <OryProvider client={client}>{children}</OryProvider>
    </QueryClientProvider>
  </StrictMode>
);

type AnyFlow = { id: string; ui: { nodes: { attributes: Record<string, unknown>; meta?: { label?: { id?: number } }; messages?: { id: number }[] }[]; messages?: { id: number }[] } };
const csrf = (flow: unknown) =>
  String((flow as AnyFlow).ui.nodes.find((n) => n.attributes['name'] === 'csrf_token')?.attributes['value'] ?? '');

async function ready<T>(controller: () => FlowController<T>) {
  await waitFor(() => expect(controller().status).toBe('ready'));
  return controller().flow as AnyFlow;
}

async function signIn(identifier = DEMO_IDENTITY.email, password = DEMO_IDENTITY.password) {
  const navigate = vi.fn();
  const { result, unmount } = renderHook(() => useLoginFlow({ navigate }), { wrapper });
  const flow = await ready(() => result.current);
  await act(() => result.current.submit({ method: 'password', identifier, password, csrf_token: csrf(flow) }));
  unmount();
  window.history.replaceState(null, '', '/');
  return { result, navigate };
}

describe('login', () => {
  it('StrictMode: one page view creates one flow', async () => {
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    await ready(() => result.current);
    expect(requests).toEqual(['GET /self-service/login/browser']);
  });

  it('200: the demo identity signs in; the session is there', async () => {
    const { result, navigate } = await signIn();
    expect(result.current.status).toBe('done');
    expect(navigate).toHaveBeenCalledWith('/');
    const session = renderHook(() => useToSession(), { wrapper });
    await waitFor(() => expect(session.result.current.data?.identity?.traits).toMatchObject({ email: DEMO_IDENTITY.email }));
  });

  it('400: a wrong password re-renders the flow with Kratos\' message and keeps the identifier', async () => {
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    const flow = await ready(() => result.current);
    await act(() => result.current.submit({ method: 'password', identifier: DEMO_IDENTITY.email, password: 'wrong-password', csrf_token: csrf(flow) }));
    const after = result.current.flow as unknown as AnyFlow;
    expect(after.ui.messages?.map((m) => m.id)).toEqual([4000006]);
    expect(after.ui.nodes.find((n) => n.attributes['name'] === 'identifier')?.attributes['value']).toBe(DEMO_IDENTITY.email);
    expect(result.current.status).toBe('ready');
  });

  it('403 security_csrf_violation: without the CSRF cookie the flow restarts', async () => {
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    const flow = await ready(() => result.current);
    handlers.cookieStore?.clear();
    await act(() => result.current.submit({ method: 'password', identifier: 'a@b.co', password: 'x', csrf_token: csrf(flow) }));
    await waitFor(() => expect(result.current.flow?.id).not.toBe(flow.id));
    expect(result.current.problem).toMatchObject({ kind: 'csrf', id: 'security_csrf_violation' });
  });

  it('404: an unknown flow id in the URL starts a new flow', async () => {
    window.history.replaceState(null, '', '/login?flow=00000000-0000-4000-8000-000000000000');
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    await ready(() => result.current);
    expect(requests).toEqual(['GET /self-service/login/flows', 'GET /self-service/login/browser']);
    expect(window.location.search).toBe(`?flow=${result.current.flow!.id}`);
  });

  it('410: an expired flow is replaced; the person is told', async () => {
    const { result } = renderHook(() => useLoginFlow(), { wrapper });
    const flow = await ready(() => result.current);
    clock.advance(2 * 60 * 60 * 1000);
    await act(() => result.current.submit({ method: 'password', identifier: DEMO_IDENTITY.email, password: 'x', csrf_token: csrf(flow) }));
    await waitFor(() => expect(result.current.flow?.id).not.toBe(flow.id));
    expect(result.current.problem?.kind).toBe('expired');
    expect(result.current.status).toBe('ready');
  });

  it('422 browser_location_change_required: OIDC goes to the provider', async () => {
    const navigate = vi.fn();
    const { result } = renderHook(() => useLoginFlow({ navigate }), { wrapper });
    const flow = await ready(() => result.current);
    await act(() => result.current.submit({ method: 'oidc', provider: 'github', csrf_token: csrf(flow) }));
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(new URL(navigate.mock.calls[0]![0] as string).origin).toBe(new URL(emulator.options.urls.kratosPublic).origin);
  });

  it('session_already_available: signed in, a new login flow leaves for return_to', async () => {
    await signIn();
    const navigate = vi.fn();
    // The emulator's app runs on another origin than this page: the app allows it.
    client = createOryClient({ baseUrl: emulator.options.urls, mode: 'browser', retry: 0, allowedReturnUrls: ['http://localhost:5173'] });
    renderHook(() => useLoginFlow({ navigate, returnTo: 'http://localhost:5173/account' }), { wrapper });
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('http://localhost:5173/account'));
  });

  it('self_service_flow_return_to_forbidden: a foreign return_to is dropped and the flow starts', async () => {
    // The app allows it, Kratos does not.
    client = createOryClient({ baseUrl: emulator.options.urls, mode: 'browser', retry: 0, allowedReturnUrls: ['https://partner.example'] });
    const { result } = renderHook(() => useLoginFlow({ returnTo: 'https://partner.example/x' }), { wrapper });
    await ready(() => result.current);
    expect(requests.filter((r) => r === 'GET /self-service/login/browser')).toHaveLength(2);
    expect(result.current.problem?.id).toBe('self_service_flow_return_to_forbidden');
    expect(result.current.flow?.return_to).toBeUndefined();
  });

  it('a network failure keeps the flow and typed input; retry succeeds', async () => {
    const { result } = renderHook(() => useLoginFlow({ navigate: () => {} }), { wrapper });
    const flow = await ready(() => result.current);
    server.use(http.post(`${emulator.options.urls.kratosPublic}/self-service/login`, () => HttpResponse.error(), { once: true }));
    const body = { method: 'password', identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password, csrf_token: csrf(flow) };
    await act(() => result.current.submit(body));
    expect(result.current.problem).toMatchObject({ kind: 'network', retryable: true });
    expect(result.current.flow?.id).toBe(flow.id);
    await act(async () => result.current.retry());
    await waitFor(() => expect(result.current.status).toBe('done'));
  });
});

describe('registration, recovery, verification', () => {
  it('200 registration: a new identity with a session', async () => {
    const navigate = vi.fn();
    const { result } = renderHook(() => useRegistrationFlow({ navigate }), { wrapper });
    const flow = await ready(() => result.current);
    await act(() =>
      result.current.submit({ method: 'password', password: 'a-long-enough-passphrase', traits: { email: 'new@example.com' }, csrf_token: csrf(flow) }),
    );
    expect(result.current.status).toBe('done');
    expect(navigate).toHaveBeenCalled();
  });

  it('400 registration: field messages on the right nodes, typed traits kept', async () => {
    const { result } = renderHook(() => useRegistrationFlow(), { wrapper });
    const flow = await ready(() => result.current);
    await act(() => result.current.submit({ method: 'password', password: 'short', traits: { email: 'not-an-email' }, csrf_token: csrf(flow) }));
    const email = (result.current.flow as unknown as AnyFlow).ui.nodes.find((n) => n.attributes['name'] === 'traits.email')!;
    expect(email.attributes['value']).toBe('not-an-email');
    expect(email.messages?.length).toBeGreaterThan(0);
  });

  it('200 recovery: the code is sent (state sent_email) and lands in the courier outbox', async () => {
    const { result } = renderHook(() => useRecoveryFlow(), { wrapper });
    const flow = await ready(() => result.current);
    await act(() => result.current.submit({ method: 'code', email: DEMO_IDENTITY.email, csrf_token: csrf(flow) }));
    expect(result.current.flow?.state).toBe('sent_email');
    expect(emulator.outbox.list({ recipient: DEMO_IDENTITY.email }).length).toBeGreaterThan(0);
  });

  it('422 after the recovery code: to the settings flow Kratos made, through the app\'s navigate', async () => {
    const navigate = vi.fn();
    const { result } = renderHook(() => useRecoveryFlow({ navigate }), { wrapper });
    const flow = await ready(() => result.current);
    await act(() => result.current.submit({ method: 'code', email: DEMO_IDENTITY.email, csrf_token: csrf(flow) }));
    const code = emulator.outbox.latestCode(DEMO_IDENTITY.email)!;
    await act(() => result.current.submit({ method: 'code', code, csrf_token: csrf(result.current.flow) }));
    expect(navigate).toHaveBeenCalledTimes(1);
    const to = new URL(navigate.mock.calls[0]![0] as string);
    expect(to.pathname).toMatch(/settings$/);
    expect(to.searchParams.get('flow')).toBeTruthy();
    expect(result.current.problem).toBeUndefined();
  });

  it('200 verification: sent_email', async () => {
    const { result } = renderHook(() => useVerificationFlow(), { wrapper });
    const flow = await ready(() => result.current);
    await act(() => result.current.submit({ method: 'code', email: DEMO_IDENTITY.email, csrf_token: csrf(flow) }));
    expect(result.current.flow?.state).toBe('sent_email');
  });
});

describe('settings', () => {
  it('401: without a session it sends the person to sign in', async () => {
    const navigate = vi.fn();
    renderHook(() => useSettingsFlow({ navigate }), { wrapper });
    await waitFor(() => expect(navigate).toHaveBeenCalled());
    expect(navigate.mock.calls[0]![0]).toContain('/self-service/login/browser');
  });

  it('200: a profile change succeeds (state success)', async () => {
    await signIn();
    const { result } = renderHook(() => useSettingsFlow(), { wrapper });
    const flow = await ready(() => result.current);
    await act(() => result.current.submit({ method: 'profile', traits: { email: DEMO_IDENTITY.email, name: { first: 'Ada' } }, csrf_token: csrf(flow) }));
    expect(result.current.flow?.state).toBe('success');
  });

  it('403 session_refresh_required: after the privileged window, a password change asks to sign in again', async () => {
    await signIn();
    const navigate = vi.fn();
    const { result } = renderHook(() => useSettingsFlow({ navigate }), { wrapper });
    const flow = await ready(() => result.current);
    clock.advance(16 * 60 * 1000);
    await act(() => result.current.submit({ method: 'password', password: 'another-long-passphrase', csrf_token: csrf(flow) }));
    const url = new URL(navigate.mock.calls[0]![0] as string);
    expect(url.searchParams.get('refresh')).toBe('true');
  });

  it('403 session_aal2_required: once TOTP is set up, settings need the second factor', async () => {
    await signIn();
    const first = renderHook(() => useSettingsFlow(), { wrapper });
    const flow = await ready(() => first.result.current);
    const secret = flow.ui.nodes.map((n) => n.attributes['text'] as { id?: number; context?: { secret?: string } } | undefined).find((t) => t?.id === 1050006)!;
    expect(secret?.context?.secret).toBeTruthy();
    await act(() => first.result.current.submit({ method: 'totp', totp_code: totp(secret.context!.secret!, clock.now()), csrf_token: csrf(flow) }));
    expect(first.result.current.flow?.state).toBe('success');
    first.unmount();
    queryClient.clear();

    // Linking TOTP made that session aal2 (as Kratos does). A new browser signs in with the password only.
    handlers.cookieStore?.clear();
    await signIn();
    const navigate = vi.fn();
    window.history.replaceState(null, '', '/settings');
    renderHook(() => useSettingsFlow({ navigate }), { wrapper });
    await waitFor(() => expect(navigate).toHaveBeenCalled());
    expect(new URL(navigate.mock.calls[0]![0] as string).searchParams.get('aal')).toBe('aal2');
  });
});

describe('logout', () => {
  it('ends the session and refreshes it', async () => {
    await signIn();
    const navigate = vi.fn();
    const { result } = renderHook(() => ({ logout: useLogoutFlow({ navigate, returnTo: '/bye' }), session: useToSession() }), { wrapper });
    await waitFor(() => expect(result.current.logout.status).toBe('ready'));
    await waitFor(() => expect(result.current.session.isSuccess).toBe(true));
    await act(() => result.current.logout.logout());
    expect(navigate).toHaveBeenCalledWith('/bye');
    await waitFor(() => expect(result.current.session.isError).toBe(true));
    expect(result.current.session.data).toBeUndefined();
  });
});
