import { createOryClient, type OryClient } from '@orykit/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { OryProvider, useLoginFlow } from '../src/index.ts';
import { fakeKratos, loginFlow } from './fake-kratos.ts';

// A flow fetched on the server (a route loader's getBrowserFlow) hydrates into the hook: shown at once,
// never asked for again, and the address bar names it.
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
  client = createOryClient({ baseUrl: 'http://kratos', mode: 'browser', fetch: kratos.fetch, retry: 0 });
  queryClient = new QueryClient();
  window.history.replaceState(null, '', '/login');
  kratos.always('GET /self-service/login/browser', () => ({ status: 200, body: loginFlow('created-in-browser') }));
  kratos.always('GET /self-service/login/flows', (q) => ({ status: 200, body: loginFlow(q.get('id')!) }));
});

describe('initialFlow', () => {
  it('renders the server’s flow on the first render, with no request, and puts its id in the URL', async () => {
    const { result } = renderHook(() => useLoginFlow({ initialFlow: loginFlow('from-server'), navigate: () => {} }), { wrapper });
    expect(result.current.status).toBe('ready');
    expect(result.current.flow?.id).toBe('from-server');
    await waitFor(() => expect(window.location.search).toBe('?flow=from-server'));
    expect(kratos.requests).toEqual([]);
  });

  it('gives way to the flow the URL names (another tab moved on): that one is fetched', async () => {
    window.history.replaceState(null, '', '/login?flow=newer');
    const { result } = renderHook(() => useLoginFlow({ initialFlow: loginFlow('from-server'), navigate: () => {} }), { wrapper });
    await waitFor(() => expect(result.current.flow?.id).toBe('newer'));
    expect(kratos.requests.map((r) => r.path)).toEqual(['/self-service/login/flows']);
  });
});
