// Starting a flow's request before React renders. Only TanStack Query's QueryClient is needed, so it runs at
// module load or in a route loader, before any component exists.
import type { OryClient } from '@orykit/client';
import type { QueryClient } from '@tanstack/react-query';
import { creationInput, flowIdFromLocation, flowQueryOptions } from './flow-query.ts';
import { selfServiceFlowTypes as flowTypes, type SelfServiceFlowType } from './flow-types.ts';
import type { FlowOptions } from './use-flow.ts';

/** The self-service flows {@link preloadFlow} can start. */
export type PreloadableFlow = keyof typeof flowTypes;

/** The options of each flow's hook: `preloadFlow('login', o)` takes what `useLoginFlow(o)` takes. */
export type PreloadFlowOptions = { [K in PreloadableFlow]: Parameters<(typeof flowTypes)[K]['request']>[0] };

/**
 * Starts the request of a self-service flow now, before React renders, into `queryClient`'s cache. The flow
 * hook (`useLoginFlow`, …) mounted later with the same client and the same request options (`flowId` or
 * `?flow=` in the URL, `returnTo`, `refresh`, `aal`, `loginChallenge`, `createQuery`) takes its result
 * without a second request, in flight or done. The outcome goes through the same transition table as the
 * hook's own request: a failure shows the same problem and retry, a 401 on settings signs in, an unknown or
 * expired flow restarts, when the hook mounts. Options that only steer the hook (`navigate`, `onComplete`,
 * `syncUrl`, `loginUrl`) are ignored, so the page's own options object can be passed as is.
 *
 * Resolves when the request has ended (it never rejects); await it in a route loader to render with the
 * flow, or leave it running.
 *
 * @example
 * // main.tsx, before createRoot(…).render(…)
 * if (location.pathname === '/login') void preloadFlow(queryClient, ory, 'login', { returnTo: '/welcome' });
 */
export function preloadFlow<K extends PreloadableFlow>(
  queryClient: QueryClient,
  client: OryClient,
  kind: K,
  options: PreloadFlowOptions[K] = {},
): Promise<void> {
  if (!Object.hasOwn(flowTypes, kind)) {
    throw new TypeError(`orykit: preloadFlow: unknown flow ${JSON.stringify(kind)}; expected one of ${Object.keys(flowTypes).join(', ')}.`);
  }
  const type = flowTypes[kind] as SelfServiceFlowType<FlowOptions>;
  const { options: request, createInput } = type.request(options);
  return queryClient.prefetchQuery(
    flowQueryOptions(client, queryClient, type.kind, type.operations, {
      flowId: request.flowId ?? flowIdFromLocation(),
      create: creationInput(client, createInput, request.returnTo),
      createQuery: request.createQuery,
      generation: 0,
    }),
  );
}
