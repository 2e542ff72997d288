// Where flows send the browser: never to a return_to Kratos refused, never off the app's origin (unless
// allow-listed), never to a script URL; a server's redirect to an OIDC provider still works.
import { createOryClient, type OryClient, type OryClientOptions } from '@orykit/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OryProvider, useLoginFlow, useLogoutFlow, useOAuth2ConsentRequest } from '../src/index.ts';
import { fakeKratos, loginFlow } from './fake-kratos.ts';

let kratos: ReturnType<typeof fakeKratos>;
let client: OryClient;
let queryClient: QueryClient;
const app = window.location.origin; // jsdom's page: http://localhost:3000

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={queryClient}>
    <OryProvider client={client}>{children}</OryProvider>
  </QueryClientProvider>
);

const useClient = (options: Partial<OryClientOptions> = {}) => {
  client = createOryClient({ baseUrl: 'http://kratos', mode: 'browser', fetch: kratos.fetch, retry: 0, ...options });
};

const password = { method: 'password', identifier: 'ada@example.com', password: 'pw', csrf_token: 'csrf' };
const forbidden = { status: 400, body: { error: { id: 'self_service_flow_return_to_forbidden', code: 400, reason: 'Requested return_to URL is not allowed.' } } };
const alreadySignedIn = { status: 400, body: { error: { id: 'session_already_available', code: 400 } } };
const signedIn = { status: 200, body: { session: { id: 's1' } } };
const noReturnTo = (id: string) => ({ ...loginFlow(id), return_to: undefined });

const HOSTILE = [
  'javascript:alert(document.domain)',
  '\u00a0javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://evil.example/x',
  '//evil.example/x',
  '/\\evil.example/x',
  'https://localhost:3000@evil.example/',
];

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  kratos = fakeKratos();
  useClient();
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  window.history.replaceState(null, '', '/login');
  kratos.always('GET /self-service/login/browser', () => ({ status: 200, body: noReturnTo('f1') }));
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

async function signIn(navigate: (url: string) => void, returnTo?: string) {
  const { result } = renderHook(() => useLoginFlow({ navigate, ...(returnTo === undefined ? {} : { returnTo }) }), { wrapper });
  await waitFor(() => expect(result.current.status).toBe('ready'));
  kratos.next('POST /self-service/login', signedIn);
  await act(() => result.current.submit(password));
  expect(result.current.status).toBe('done');
  return result;
}

describe('return_to Kratos refused', () => {
  it('signed out: the flow starts again without it, and after signing in the person lands on the app root', async () => {
    useClient({ allowedReturnUrls: ['https://partner.example'] }); // allowed by the app, not by Kratos
    kratos.next('GET /self-service/login/browser', forbidden);
    const navigate = vi.fn();
    await signIn(navigate, 'https://partner.example/x');
    const creations = kratos.requests.filter((r) => r.path === '/self-service/login/browser');
    expect(creations.map((r) => r.query.get('return_to'))).toEqual(['https://partner.example/x', null]);
    expect(navigate.mock.calls).toEqual([['/']]);
  });

  it('signed in: leaves for the app root, not for the refused URL', async () => {
    useClient({ allowedReturnUrls: ['https://partner.example'] });
    kratos.next('GET /self-service/login/browser', forbidden, alreadySignedIn);
    const navigate = vi.fn();
    renderHook(() => useLoginFlow({ navigate, returnTo: 'https://partner.example/x' }), { wrapper });
    await waitFor(() => expect(navigate).toHaveBeenCalled());
    expect(navigate.mock.calls).toEqual([['/']]);
  });
});

describe('hostile return_to is never sent nor followed', () => {
  it.each(HOSTILE)('signed out, returnTo %j: Kratos never sees it, and signing in lands on the app root', async (hostile) => {
    const navigate = vi.fn();
    await signIn(navigate, hostile);
    expect(kratos.requests[0]!.query.get('return_to')).toBeNull();
    expect(navigate.mock.calls).toEqual([['/']]);
  });

  it.each(HOSTILE)('signed in, returnTo %j: leaves for the app root', async (hostile) => {
    kratos.next('GET /self-service/login/browser', alreadySignedIn);
    const navigate = vi.fn();
    renderHook(() => useLoginFlow({ navigate, returnTo: hostile }), { wrapper });
    await waitFor(() => expect(navigate).toHaveBeenCalled());
    expect(navigate.mock.calls).toEqual([['/']]);
  });

  it.each(HOSTILE)("the flow's own return_to %j (a compromised server) is not followed", async (hostile) => {
    kratos.always('GET /self-service/login/browser', () => ({ status: 200, body: { ...loginFlow('f1'), return_to: hostile } }));
    const navigate = vi.fn();
    await signIn(navigate, '/dashboard');
    expect(navigate.mock.calls).toEqual([['/dashboard']]);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('refused to navigate to return_to'));
  });

  it('the default navigation never assigns a script URL to location', async () => {
    const assign = vi.fn();
    const location = window.location;
    vi.stubGlobal('location', { ...location, href: location.href, origin: location.origin, search: location.search, assign });
    try {
      kratos.next('GET /self-service/login/browser', alreadySignedIn);
      renderHook(() => useLoginFlow({ returnTo: 'javascript:alert(1)' }), { wrapper });
      await waitFor(() => expect(assign).toHaveBeenCalled());
      expect(assign.mock.calls).toEqual([['/']]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('allowed return_to', () => {
  it('same-origin: goes there, as a path for the router', async () => {
    const navigate = vi.fn();
    await signIn(navigate, `${app}/settings?tab=2`);
    expect(kratos.requests[0]!.query.get('return_to')).toBe(`${app}/settings?tab=2`);
    expect(navigate.mock.calls).toEqual([['/settings?tab=2']]);
  });

  it("an origin on the app's allow-list: goes there", async () => {
    useClient({ allowedReturnUrls: ['https://shop.example'] });
    const navigate = vi.fn();
    await signIn(navigate, 'https://shop.example/cart');
    expect(navigate.mock.calls).toEqual([['https://shop.example/cart']]);
  });
});

describe('server redirects (422 browser_location_change_required)', () => {
  const redirect = (to: string) => ({ status: 422, body: { error: { id: 'browser_location_change_required', code: 422 }, redirect_browser_to: to } });

  it("to an OIDC provider's origin: followed", async () => {
    const navigate = vi.fn();
    const to = 'https://github.com/login/oauth/authorize?client_id=x&state=y';
    kratos.next('POST /self-service/login', redirect(to));
    const { result } = renderHook(() => useLoginFlow({ navigate }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.submit({ method: 'oidc', provider: 'github', csrf_token: 'csrf' }));
    expect(navigate.mock.calls).toEqual([[to]]);
  });

  it.each(['javascript:alert(1)', '\u2028javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'])(
    'to %j: not followed; the flow stays with a problem',
    async (to) => {
      const navigate = vi.fn();
      kratos.next('POST /self-service/login', redirect(to));
      const { result } = renderHook(() => useLoginFlow({ navigate }), { wrapper });
      await waitFor(() => expect(result.current.status).toBe('ready'));
      await act(() => result.current.submit({ method: 'oidc', provider: 'github', csrf_token: 'csrf' }));
      expect(navigate).not.toHaveBeenCalled();
      expect(result.current.flow?.id).toBe('f1');
      expect(result.current.problem?.kind).toBe('redirect_refused');
      expect(result.current.problem?.message).toContain(JSON.stringify(to));
    },
  );
});

describe('logout and Hydra', () => {
  it('logout never goes to a hostile returnTo', async () => {
    kratos.always('GET /self-service/logout/browser', () => ({ status: 200, body: { logout_url: 'http://kratos/self-service/logout?token=t', logout_token: 't' } }));
    kratos.always('GET /self-service/logout', () => ({ status: 204 }));
    const navigate = vi.fn();
    const { result } = renderHook(() => useLogoutFlow({ navigate, returnTo: 'javascript:alert(1)' }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.logout());
    expect(navigate.mock.calls).toEqual([['/']]);
  });

  it("Hydra's redirect_to: followed when http(s), never a script URL", async () => {
    kratos.always('GET /admin/oauth2/auth/requests/consent', () => ({ status: 200, body: { challenge: 'c' } }));
    kratos.next('PUT /admin/oauth2/auth/requests/consent/accept', { status: 200, body: { redirect_to: 'javascript:alert(1)' } }, { status: 200, body: { redirect_to: 'http://hydra/oauth2/auth?consent_verifier=v' } });
    const navigate = vi.fn();
    const { result } = renderHook(() => useOAuth2ConsentRequest('c', { navigate }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.accept({}));
    expect(navigate).not.toHaveBeenCalled();
    await act(() => result.current.accept({}));
    expect(navigate.mock.calls).toEqual([['http://hydra/oauth2/auth?consent_verifier=v']]);
  });
});
