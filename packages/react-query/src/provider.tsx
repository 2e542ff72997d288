import { clientUrlPolicy, type OryClient, type UrlPolicy } from '@orykit/client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

const OryClientContext = createContext<OryClient | undefined>(undefined);

/**
 * Hands an Ory client to the hooks below it. Use it inside your own `QueryClientProvider`.
 *
 * @example
 * <QueryClientProvider client={queryClient}>
 *   <OryProvider client={createOryClient({ baseUrl: '/.ory' })}><App /></OryProvider>
 * </QueryClientProvider>
 */
export function OryProvider({ client, children }: { client: OryClient; children?: ReactNode }) {
  return <OryClientContext.Provider value={client}>{children}</OryClientContext.Provider>;
}

/** The client of the nearest {@link OryProvider}; throws a clear error outside one. */
export function useOryClient(): OryClient {
  const client = useContext(OryClientContext);
  if (!client) throw new Error('orykit: no Ory client. Wrap your app in <OryProvider client={createOryClient(…)}>.');
  return client;
}

/**
 * Where URLs may lead on this page: Kratos' public URL and the allow-lists of the nearest
 * {@link OryProvider}'s client (none outside one), and the page's own origin (none on a server).
 * Components pass it to `returnToUrl`, `formActionUrl`, `scriptUrl`… from `@orykit/client`.
 *
 * @example
 * const href = returnToUrl(flow.return_to, useUrlPolicy()) ?? '/'
 */
export function useUrlPolicy(): UrlPolicy {
  const client = useContext(OryClientContext);
  const href = typeof window === 'undefined' ? undefined : window.location.href;
  // One object while the client and the page's URL stay the same: what is judged with it can be memoized.
  return useMemo(() => clientUrlPolicy(client, href), [client, href]);
}
