// The query that creates or fetches one flow. useFlow and preloadFlow build it here, so a preloaded
// request and the hook's share one cache entry (TanStack Query dedupes by key) and one outcome.
import { returnToUrl, type CallOptions, type FlowType, type OryClient, type SelfServiceFlow } from '@orykit/client';
import type { QueryClient } from '@tanstack/react-query';
import { oryKeys } from '../keys.ts';
import { oryRetry } from '../retry.ts';
import { pagePolicy } from './navigation.ts';
import { decideFlowAction, type FlowAction, type FlowOutcome } from './transitions.ts';

type Call = (client: OryClient, input: Record<string, unknown>, options?: CallOptions) => Promise<unknown>;

/** The four operations of one self-service flow type; each wrapper hook names its own. */
export interface FlowOperations {
  createBrowser: Call;
  createNative: Call;
  fetch: Call;
  submit: Call;
}

/** What a flow request ended in: a flow to show, or what the transition table says to do instead. */
export type FlowResult<TFlow> = { flow: TFlow } | { action: Exclude<FlowAction, { type: 'render' }> };

/** Which flow to ask for: an existing one by id, or a new one with these creation parameters. */
export interface FlowRequest {
  flowId: string | undefined;
  /** The creation input, `return_to` included (see {@link creationInput}). */
  create: Record<string, unknown>;
  createQuery: Record<string, string> | undefined;
  /** Counts restarts, so a restarted flow is a new request. */
  generation: number;
}

// Results a hook has carried out (navigated, shown the problem): once per request, StrictMode or not.
const carriedOut = new WeakSet<object>();

/** Whether no hook has carried out this result yet; marks it carried out. */
export function claimResult(result: object): boolean {
  if (carriedOut.has(result)) return false;
  carriedOut.add(result);
  return true;
}

/** The `flow` query parameter of the current URL (none on a server). */
export function flowIdFromLocation(): string | undefined {
  if (typeof window === 'undefined') return undefined;
  return new URLSearchParams(window.location.search).get('flow') ?? undefined;
}

/** The creation input with `return_to`, when the client's URL policy allows it (a refused one is never sent). */
export function creationInput(client: OryClient, input: Record<string, unknown>, returnTo: string | undefined) {
  // Called on every render of a flow hook: the page's URL is read only when there is a return_to to judge.
  if (returnTo === undefined) return input;
  const policy = pagePolicy(client);
  const allowed = policy.appUrl === undefined ? returnTo : returnToUrl(returnTo, policy);
  return allowed === undefined ? input : { ...input, return_to: allowed };
}

/**
 * The TanStack Query options of one flow request: the key, and a query function that decides the outcome
 * with {@link decideFlowAction} and keeps it as data, for the hook to carry out once.
 */
export function flowQueryOptions<TFlow extends SelfServiceFlow>(
  client: OryClient,
  queryClient: QueryClient,
  kind: FlowType,
  operations: FlowOperations,
  { flowId, create, createQuery, generation }: FlowRequest,
) {
  const stage: FlowOutcome['stage'] = flowId ? 'fetch' : 'create';
  return {
    // One key per flow id, or per creation attempt: StrictMode's double mount and a preload share it.
    queryKey: [...oryKeys.resource('flows'), kind, stage, flowId ?? { ...create, ...(createQuery ? { query: createQuery } : {}), generation }],
    queryFn: async ({ signal, queryKey }: { signal: AbortSignal; queryKey: readonly unknown[] }): Promise<FlowResult<TFlow>> => {
      let action: FlowAction;
      try {
        const data = await (flowId
          ? operations.fetch(client, { id: flowId }, { signal, retry: 0 })
          : (client.mode === 'native' ? operations.createNative : operations.createBrowser)(client, create, {
              signal,
              retry: 0,
              ...(createQuery ? { query: createQuery } : {}),
            }));
        action = decideFlowAction(kind, { stage, ok: true, data });
      } catch (error) {
        // Cancelled by TanStack Query (StrictMode's first mount, an unmount): not an outcome of the flow.
        if (signal.aborted) throw error;
        // A passing failure is tried again (the same policy as every query); the last one is decided below.
        if (oryRetry(queryClient.getQueryState(queryKey)?.fetchFailureCount ?? 0, error)) throw error;
        action = decideFlowAction(kind, { stage, ok: false, error });
      }
      return action.type === 'render' ? { flow: action.flow as TFlow } : { action };
    },
    // A flow is kept. Another outcome waits for a hook to carry it out (a preload's, too); once carried
    // out, the request is made again when a component mounts.
    staleTime: (query: { state: { data: FlowResult<TFlow> | undefined } }) => {
      const data = query.state.data;
      return data && ('flow' in data || !carriedOut.has(data)) ? Infinity : 0;
    },
    gcTime: 10 * 60_000,
    retry: oryRetry,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  } as const;
}
