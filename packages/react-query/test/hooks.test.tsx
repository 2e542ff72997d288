import * as client from '@orykit/client';
import { createOryClient, toSession, type OryClient } from '@orykit/client';
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import * as rq from '../src/index.ts';
import { fakeKratos, loginFlow } from './fake-kratos.ts';

let kratos: ReturnType<typeof fakeKratos>;
let ory: OryClient;
let queryClient: QueryClient;
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={queryClient}>
    <rq.OryProvider client={ory}>{children}</rq.OryProvider>
  </QueryClientProvider>
);

beforeEach(() => {
  kratos = fakeKratos();
  ory = createOryClient({ baseUrl: 'http://kratos', mode: 'browser', fetch: kratos.fetch, retry: 0 });
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  kratos.always('GET /sessions/whoami', () => ({ status: 200, body: { id: 'current', active: true } }));
  kratos.always('GET /sessions', () => ({ status: 200, body: [{ id: 'other', active: true }] }));
  kratos.always('DELETE /sessions/other', () => ({ status: 204 }));
});

const operationIds = Object.entries(client)
  .filter(([, v]) => typeof v === 'function' && 'def' in v)
  .map(([id]) => id);
const hookName = (id: string) => `use${id[0]!.toUpperCase()}${id.slice(1)}`;

describe('a hook per operation', () => {
  it('exists for each of the 97 operations', () => {
    expect(operationIds).toHaveLength(97);
    for (const id of operationIds) expect(typeof (rq as Record<string, unknown>)[hookName(id)], hookName(id)).toBe('function');
  });

  it.each(operationIds)('%s: a query for reads, a mutation for writes', (id) => {
    const def = (client as unknown as Record<string, { def: client.OperationDef }>)[id]!.def;
    const hook = (rq as unknown as Record<string, (input?: unknown, options?: unknown) => Record<string, unknown>>)[hookName(id)]!;
    const { result } = renderHook(() => (rq.isMutation(id as client.OperationId, def) ? hook() : hook({} as never, { enabled: false })), { wrapper });
    if (rq.isMutation(id as client.OperationId, def)) expect(typeof result.current['mutate']).toBe('function');
    else expect(result.current['fetchStatus']).toBe('idle');
  });

  it('types follow the operation: inputs, results, errors', () => {
    expectTypeOf(rq.useToSession).parameter(0).toEqualTypeOf<{ cookie?: string; xSessionToken?: string } | void | undefined>();
    expectTypeOf<NonNullable<Parameters<typeof rq.useAdminGetIdentity>[0]>>().toMatchTypeOf<{ id: string }>();
    type Revoke = ReturnType<typeof rq.useRevokeSession>;
    expectTypeOf<Parameters<Revoke['mutate']>[0]>().toEqualTypeOf<{ id: string }>();
    const { result } = renderHook(() => rq.useToSession(undefined, { enabled: false }), { wrapper });
    expectTypeOf(result.current.data).toEqualTypeOf<client.Session | undefined>();
    expectTypeOf(result.current.error).toEqualTypeOf<client.OryClientError | null>();
    const selected = renderHook(() => rq.useToSession(undefined, { enabled: false, select: (s) => s.identity?.id }), { wrapper });
    expectTypeOf(selected.result.current.data).toEqualTypeOf<string | undefined>();
  });
});

describe('queries and mutations', () => {
  it('revoking a session refreshes the session and the sessions list', async () => {
    const { result } = renderHook(
      () => ({ me: rq.useToSession(), list: rq.useListSessions(), revoke: rq.useRevokeSession() }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.isSuccess && result.current.me.isSuccess).toBe(true));
    expect(kratos.count('GET /sessions')).toBe(1);
    await act(() => result.current.revoke.mutateAsync({ id: 'other' }));
    await waitFor(() => expect(kratos.count('GET /sessions')).toBe(2));
    expect(kratos.count('GET /sessions/whoami')).toBe(2);
  });

  it('passes TanStack options through (select)', async () => {
    const { result } = renderHook(() => rq.useToSession(undefined, { select: (s) => s.id }), { wrapper });
    await waitFor(() => expect(result.current.data).toBe('current'));
  });

  it('oryQueryOptions prefetch, suspense and hooks share one cache entry', async () => {
    await queryClient.prefetchQuery(rq.oryQueryOptions(ory, 'toSession', toSession));
    function Me() {
      const { data } = useSuspenseQuery(rq.oryQueryOptions(ory, 'toSession', toSession));
      return <p>{data.id}</p>;
    }
    render(<Suspense fallback="…"><Me /></Suspense>, { wrapper });
    expect(await screen.findByText('current')).toBeInTheDocument();
    const { result } = renderHook(() => rq.useToSession(), { wrapper });
    expect(result.current.data?.id).toBe('current');
    expect(kratos.count('GET /sessions/whoami')).toBe(1);
  });

  it('errors are typed Ory errors', async () => {
    kratos.always('GET /sessions/whoami', () => ({ status: 401, body: { error: { id: 'session_inactive', code: 401 } } }));
    const { result } = renderHook(() => rq.useToSession(), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(client.isOryError(result.current.error, 'session_inactive')).toBe(true);
  });
});

describe('oryKeys', () => {
  it('are hierarchical by resource and stable across calls', () => {
    const a = rq.oryKeys.query('adminGetIdentity', client.adminGetIdentity.def, { id: 'x' });
    expect(a).toEqual(['ory', 'identities', 'adminGetIdentity', { id: 'x' }]);
    expect(rq.oryKeys.query('adminGetIdentity', client.adminGetIdentity.def, { id: 'x' })).toEqual(a);
    expect(rq.oryKeys.operation('toSession', client.toSession.def)).toEqual(['ory', 'sessions', 'toSession']);
  });

  it.each([
    ['revokeSession', ['sessions']],
    ['adminUpdateIdentity', ['identities', 'sessions']],
    ['adminAcceptOAuth2ConsentRequest', ['oauth2Requests', 'oauth2Sessions']],
    ['submitSelfServiceSettingsFlow', ['flows', 'sessions', 'identities']],
    ['submitSelfServiceLogoutFlow', ['sessions']],
    ['adminDeleteOAuth2Client', ['oauth2Clients', 'oauth2Sessions', 'oauth2Tokens']],
    ['toSession', []],
  ] as const)('%s invalidates %j', (id, resources) => {
    const def = (client as unknown as Record<string, { def: client.OperationDef }>)[id]!.def;
    expect(rq.invalidatedBy(id, def)).toEqual(resources);
  });
});

describe('retries (with a QueryClient whose default retry is left as TanStack sets it: 3)', () => {
  const signedOut = () => ({ status: 401, body: { error: { id: 'session_inactive', code: 401 } } });

  it('a signed-out useToSession() asks once and shows the signed-out state at once', async () => {
    queryClient = new QueryClient();
    kratos.always('GET /sessions/whoami', signedOut);
    const { result } = renderHook(() => rq.useToSession(), { wrapper });
    // TanStack's default would retry 3 times over 7 s; this waits far less than the first retry's backoff chain.
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 3000 });
    expect(kratos.count('GET /sessions/whoami')).toBe(1);
  });

  it("the app's QueryClient default cannot make a 4xx retry; a hook's own retry option can", async () => {
    queryClient = new QueryClient({ defaultOptions: { queries: { retry: 5, retryDelay: 1 } } });
    kratos.always('GET /sessions/whoami', signedOut);
    const { result } = renderHook(() => rq.useToSession(), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(kratos.count('GET /sessions/whoami')).toBe(1);

    const explicit = renderHook(() => rq.useToSession({ xSessionToken: 't' }, { retry: 1 }), { wrapper });
    await waitFor(() => expect(explicit.result.current.isError).toBe(true));
    expect(kratos.count('GET /sessions/whoami')).toBe(3);
  });

  it.each([
    ['a 503', () => kratos.always('GET /sessions/whoami', () => ({ status: 503, body: { error: { code: 503 } } }))],
    ['a network failure', () => kratos.setNetworkDown(true)],
  ])('%s is tried again, twice at most', async (_name, fail) => {
    // Only the delay is shortened, so the test does not wait out TanStack's backoff.
    queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
    fail();
    const { result } = renderHook(() => rq.useToSession(), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(kratos.count('GET /sessions/whoami')).toBe(1 + rq.oryRetryLimit);
  });

  it("a client with its own default retry: a 503 is still asked 1 + 2 times, not (1 + 2) × (1 + 2)", async () => {
    ory = createOryClient({ baseUrl: 'http://kratos', mode: 'browser', fetch: kratos.fetch }); // retry left at 2
    queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
    kratos.always('GET /sessions/whoami', () => ({ status: 503, body: { error: { code: 503 } } }));
    kratos.always('GET /self-service/login/browser', () => ({ status: 503, body: { error: { code: 503 } } }));
    const session = renderHook(() => rq.useToSession(), { wrapper });
    const login = renderHook(() => rq.useLoginFlow({ syncUrl: false }), { wrapper });
    await waitFor(() => expect(session.result.current.isError).toBe(true));
    await waitFor(() => expect(login.result.current.problem).toBeDefined());
    expect(kratos.count('GET /sessions/whoami')).toBe(1 + rq.oryRetryLimit);
    expect(kratos.count('GET /self-service/login/browser')).toBe(1 + rq.oryRetryLimit);
  });

  it('a 503 that passes: the retry gets the session', async () => {
    queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
    kratos.next('GET /sessions/whoami', { status: 503, body: { error: { code: 503 } } });
    const { result } = renderHook(() => rq.useToSession(), { wrapper });
    await waitFor(() => expect(result.current.data?.id).toBe('current'));
    expect(kratos.count('GET /sessions/whoami')).toBe(2);
  });

  it('a flow hook follows the same policy: a 5xx is tried again, a 4xx is not', async () => {
    queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
    kratos.next('GET /self-service/login/browser', { status: 502, body: { error: { code: 502 } } });
    kratos.always('GET /self-service/login/browser', () => ({ status: 200, body: loginFlow('f1') }));
    const login = renderHook(() => rq.useLoginFlow({ syncUrl: false }), { wrapper });
    await waitFor(() => expect(login.result.current.flow?.id).toBe('f1'));
    expect(login.result.current.problem).toBeUndefined();
    expect(kratos.count('GET /self-service/login/browser')).toBe(2);

    kratos.always('GET /self-service/recovery/browser', () => ({ status: 404, body: { error: { code: 404, reason: 'This endpoint was disabled by system administrator.' } } }));
    const recovery = renderHook(() => rq.useRecoveryFlow({ syncUrl: false }), { wrapper });
    await waitFor(() => expect(recovery.result.current.problem).toBeDefined());
    expect(kratos.count('GET /self-service/recovery/browser')).toBe(1);
  });
});
