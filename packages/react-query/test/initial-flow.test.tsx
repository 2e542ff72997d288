import { createOryClient, type LoginFlow, type OryClient } from '@orykit/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { OryProvider, useLoginFlow } from '../src/index.ts';
import { fakeKratos, loginFlow } from './fake-kratos.ts';

// A flow fetched on the server (server rendering) is the hook's first answer: the page hydrates with the
// form the server rendered, and no second request asks Kratos for the same flow.
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
  kratos.always('GET /self-service/login/browser', () => ({ status: 200, body: loginFlow('created') }));
  kratos.always('GET /self-service/login/flows', (q) => ({ status: 200, body: loginFlow(q.get('id')!) }));
});

describe('initialFlow', () => {
  it('is ready on the first render with the server’s flow, and asks Kratos for nothing', () => {
    const initialFlow = loginFlow('from-server') as unknown as LoginFlow;
    const { result } = renderHook(() => useLoginFlow({ initialFlow }), { wrapper });
    expect(result.current.status).toBe('ready');
    expect(result.current.flow?.id).toBe('from-server');
    expect(kratos.requests).toEqual([]);
  });

  it('submits it like any other flow, and re-renders the answer in place', async () => {
    kratos.next('POST /self-service/login', { status: 400, body: loginFlow('from-server', [{ id: 4000006, text: 'The provided credentials are invalid.', type: 'error' }]) });
    const { result } = renderHook(() => useLoginFlow({ initialFlow: loginFlow('from-server') as unknown as LoginFlow }), { wrapper });
    await act(() => result.current.submit({ method: 'password', identifier: 'a@example.com', password: 'x' }));
    await waitFor(() => expect(result.current.flow?.ui.messages?.[0]?.id).toBe(4000006));
    expect(kratos.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /self-service/login']);
  });
});
