import type { FlowType, SelfServiceFlow } from '@orykit/client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { oryKeys } from '../keys.ts';
import { useOryClient } from '../provider.tsx';
import { claimResult, creationInput, flowIdFromLocation, flowQueryOptions, type FlowOperations } from './flow-query.ts';
import { submitFlowId } from './submit-target.ts';
import { pagePolicy, redirectTarget, returnTarget } from './navigation.ts';
import { decideFlowAction, refusedAddress, type FlowAction, type FlowProblem } from './transitions.ts';

export type { FlowOperations } from './flow-query.ts';

/** Options every flow hook takes. All optional: by default the flow id comes from `?flow=` in the URL. */
export interface FlowOptions {
  /** The flow to show. Default: the `flow` query parameter of the current URL; none → a new flow. */
  flowId?: string;
  /**
   * A flow fetched on the server (`getBrowserFlow` of `@orykit/client/server`): rendered at once, on the
   * server and when hydrating, instead of asking Kratos for it again; submits and later outcomes run as usual.
   * It wins over `?flow=` (the server read that already, and server and browser must render the same flow);
   * `flowId` wins over it.
   */
  initialFlow?: SelfServiceFlow | undefined;
  /**
   * Where to go when the flow completes; sent to Kratos as `return_to`. Only a URL on the app's origin or
   * under the client's `allowedReturnUrls` is used (and none Kratos refused); else the app's root.
   */
  returnTo?: string;
  /** How to change pages. Default: `window.location.assign`. Pass your router's navigate. */
  navigate?: (url: string) => void;
  /** Called when login or registration completes (instead of navigating to `returnTo`). */
  onComplete?: (result: unknown) => void;
  /** Keep `?flow=<id>` in the address bar so a reload shows the same flow. Default true in browsers. */
  syncUrl?: boolean;
  /** Extra query parameters for creating the flow (e.g. `login_challenge`). */
  createQuery?: Record<string, string>;
  /** Where to sign in again; receives `refresh`/`aal` and `return_to`. Default: Kratos' login/browser URL. */
  loginUrl?: (params: { refresh?: boolean; aal?: 'aal2'; returnTo: string }) => string;
}

/** What a flow hook gives a component: the flow to render and how to move it on. */
export interface FlowController<TFlow> {
  flow: TFlow | undefined;
  status: 'loading' | 'ready' | 'submitting' | 'done';
  /** Why the flow cannot go on by itself. The flow and typed input stay. */
  problem: FlowProblem | undefined;
  /** Submits the form body (with the clicked button's name/value and `csrf_token`). Ignored while submitting. */
  submit: (body: Record<string, unknown>) => Promise<void>;
  /** Tries the failed request again: the last submit, or fetching the flow. */
  retry: () => void;
  /**
   * True when the form must be posted natively (no fetch): a login flow started by Hydra's login challenge
   * completes the OAuth2 flow only on a browser form POST.
   */
  nativeSubmit: boolean;
}

const browserLocation = () => (typeof window === 'undefined' ? undefined : window.location);

function syncFlowIdToUrl(id: string | undefined) {
  const location = browserLocation();
  if (!location) return;
  const url = new URL(location.href);
  if ((url.searchParams.get('flow') ?? undefined) === id) return;
  if (id) url.searchParams.set('flow', id);
  else url.searchParams.delete('flow');
  window.history.replaceState(window.history.state, '', url);
}

const defaultNavigate = (url: string) => browserLocation()?.assign(url);

/**
 * Runs one self-service flow: creates or fetches it, submits it, and carries out what
 * {@link decideFlowAction} decides. The thin per-flow hooks (`useLoginFlow`, …) call it.
 */
export function useFlow<TFlow extends SelfServiceFlow>(
  kind: FlowType,
  operations: FlowOperations,
  options: FlowOptions,
  createInput: Record<string, unknown>,
): FlowController<TFlow> {
  const client = useOryClient();
  const queryClient = useQueryClient();
  // A flow the hook moved to (restart, switch) wins over the one from props or the URL, until those change.
  const [moved, setMoved] = useState<{ from: string | undefined; id: string | undefined }>();
  const [urlFlowId] = useState(flowIdFromLocation);
  const initialFlow = options.initialFlow;
  const given = options.flowId ?? initialFlow?.id ?? urlFlowId;
  const flowId = moved && moved.from === given ? moved.id : given;
  const [generation, setGeneration] = useState(0);
  const [dropReturnTo, setDropReturnTo] = useState(false);
  const [submitted, setSubmitted] = useState<TFlow>();
  const [problem, setProblem] = useState<FlowProblem>();
  const [phase, setPhase] = useState<'idle' | 'submitting' | 'done'>('idle');
  const busy = useRef(false);
  const lastFailure = useRef<'fetch' | 'submit'>('fetch');
  const lastBody = useRef<Record<string, unknown>>({});
  const shown = useRef<TFlow | undefined>(undefined);

  // A return_to Kratos refused, or our policy does, is never sent (nor followed).
  const wantedReturnTo = dropReturnTo ? undefined : options.returnTo;
  const create = creationInput(client, createInput, wantedReturnTo);
  const request = flowQueryOptions<TFlow>(client, queryClient, kind, operations, { flowId, create, createQuery: options.createQuery, generation });
  // The server's flow is this query's answer already (a flow is kept: staleTime Infinity, so no refetch).
  const query = useQuery(initialFlow && initialFlow.id === flowId ? { ...request, initialData: { flow: initialFlow as TFlow } } : request);
  const result = query.data;

  const navigate = options.navigate ?? defaultNavigate;
  const flow = submitted ?? (result && 'flow' in result ? result.flow : undefined) ?? (query.isFetching ? shown.current : undefined);
  shown.current = flow;

  const loginUrl = useCallback(
    (params: { refresh?: boolean; aal?: 'aal2' }) => {
      const here = browserLocation()?.href ?? options.returnTo ?? '/';
      if (options.loginUrl) return options.loginUrl({ ...params, returnTo: here });
      const url = new URL(`${client.baseUrl('kratosPublic') ?? ''}/self-service/login/browser`, browserLocation()?.href ?? 'http://localhost');
      if (params.refresh) url.searchParams.set('refresh', 'true');
      if (params.aal) url.searchParams.set('aal', params.aal);
      url.searchParams.set('return_to', here);
      return url.toString();
    },
    [client, options],
  );

  const apply = useCallback(
    (action: FlowAction) => {
      switch (action.type) {
        case 'render':
          setSubmitted(action.flow as TFlow);
          setProblem(undefined);
          return;
        case 'complete': {
          setPhase('done');
          void queryClient.invalidateQueries({ queryKey: oryKeys.resource('sessions') });
          if (options.onComplete) return options.onComplete(action.result);
          return navigate(returnTarget([action.returnTo, shown.current?.return_to, wantedReturnTo], pagePolicy(client)));
        }
        case 'navigate':
        case 'login': {
          const wanted = action.type === 'navigate' ? action.url : loginUrl(action);
          const url = redirectTarget(wanted, pagePolicy(client));
          if (url) {
            // A recovery code signs the person in before Kratos sends them to settings: the app's session is new.
            if (action.type === 'navigate') void queryClient.invalidateQueries({ queryKey: oryKeys.resource('sessions') });
            return navigate(url);
          }
          setProblem(refusedAddress('redirect', wanted));
          return;
        }
        case 'leave':
          return navigate(returnTarget([wantedReturnTo], pagePolicy(client)));
        case 'switch':
          setSubmitted(undefined);
          setProblem(action.problem);
          setMoved({ from: given, id: action.flowId });
          return;
        case 'restart':
          setSubmitted(undefined);
          setProblem(action.problem);
          if (action.dropReturnTo) setDropReturnTo(true);
          setMoved({ from: given, id: undefined });
          setGeneration((g) => g + 1);
          return;
        case 'problem':
          setProblem(action.problem);
          return;
      }
    },
    [client, given, loginUrl, navigate, options, queryClient, wantedReturnTo],
  );

  // Outcomes other than a flow to show are carried out once per request (a preload's too), not on every render.
  useEffect(() => {
    if (!result || !('action' in result) || !claimResult(result)) return;
    lastFailure.current = 'fetch';
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the result arrives from the query cache, outside React
    apply(result.action);
  }, [apply, result]);

  useEffect(() => {
    if (options.syncUrl !== false && flow?.id) syncFlowIdToUrl(flow.id);
  }, [flow?.id, options.syncUrl]);

  const submit = useCallback(
    async (body: Record<string, unknown>) => {
      const current = shown.current;
      if (busy.current || !current) return;
      busy.current = true;
      lastBody.current = body;
      setPhase('submitting');
      setProblem(undefined);
      try {
        const data = await operations.submit(client, { flow: submitFlowId(current), body });
        apply(decideFlowAction(kind, { stage: 'submit', ok: true, data }));
      } catch (error) {
        lastFailure.current = 'submit';
        apply(decideFlowAction(kind, { stage: 'submit', ok: false, error }));
      } finally {
        busy.current = false;
        setPhase((p) => (p === 'submitting' ? 'idle' : p));
      }
    },
    [apply, client, kind, operations],
  );

  const retry = useCallback(() => {
    setProblem(undefined);
    if (lastFailure.current === 'submit') void submit(lastBody.current);
    else void query.refetch();
  }, [query, submit]);

  const status: FlowController<TFlow>['status'] =
    phase === 'done' ? 'done' : phase === 'submitting' ? 'submitting' : flow ? 'ready' : 'loading';
  const nativeSubmit = kind === 'login' && typeof (flow as { oauth2_login_challenge?: unknown } | undefined)?.oauth2_login_challenge === 'string';
  return { flow, status, problem, submit, retry, nativeSubmit };
}
