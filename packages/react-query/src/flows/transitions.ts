import { OryClientError, OryError, type FlowType, type OryParseError } from '@orykit/client';

/** Why a flow cannot go on by itself; shown above the form while the flow and typed input stay. */
export interface FlowProblem {
  /**
   * What went wrong, for the sentence a person reads: `unverified` (sign-in needs a verified address: offer
   * verification), `disabled` (the operator turned this flow off: no retry helps), `redirect_refused` (the
   * server asked to go to an address the app's policy does not allow), `action_refused` (a form would post to
   * such an address), or a failed request.
   */
  kind: 'network' | 'timeout' | 'server' | 'malformed' | 'csrf' | 'expired' | 'unverified' | 'disabled' | 'redirect_refused' | 'action_refused' | 'error';
  message: string;
  /** Ory's error id, when there is one. */
  id?: string;
  /** The HTTP status of the answer, when there was one (for the technical details and a fitting sentence). */
  status?: number;
  /** Whether trying the same thing again may work (network, timeout, 5xx). */
  retryable: boolean;
}

/**
 * What a flow does next. Every outcome of fetching, creating or submitting a flow maps to exactly one of
 * these in {@link decideFlowAction}; hooks and components carry them out and never re-decide.
 */
export type FlowAction =
  /** Show this flow: a 400 with messages, or a settings/recovery/verification step. Typed input stays. */
  | { type: 'render'; flow: Record<string, unknown> }
  /** The flow is complete (login/registration gave a session; logout done). */
  | { type: 'complete'; result: unknown; returnTo: string | undefined }
  /** Go to another page: an OIDC provider, a settings flow after recovery, a step-up or refresh login. */
  | { type: 'navigate'; url: string }
  /** Sign in again (`refresh=true`) or at a higher level (`aal=aal2`), then come back here. */
  | { type: 'login'; refresh?: true; aal?: 'aal2'; message: string }
  /** Start a new flow of the same kind (CSRF failure, unknown or expired flow). */
  | { type: 'restart'; problem?: FlowProblem; dropReturnTo?: true }
  /** Continue with the flow the server created to replace an expired one. */
  | { type: 'switch'; flowId: string; problem: FlowProblem }
  /** Already signed in (at the level asked for): leave for `returnTo` (or the app's default). */
  | { type: 'leave'; reason: 'session_already_available' | 'session_aal_already_fulfilled' }
  /** Keep the flow and show a problem; `retryable` problems offer a retry. */
  | { type: 'problem'; problem: FlowProblem };

/** What happened to a request of the flow. */
export type FlowOutcome =
  | { stage: 'fetch' | 'create' | 'submit'; ok: true; data: unknown }
  | { stage: 'fetch' | 'create' | 'submit'; ok: false; error: unknown };

const problem = (kind: FlowProblem['kind'], message: string, retryable: boolean, id?: string): FlowProblem =>
  id === undefined ? { kind, message, retryable } : { kind, message, retryable, id };

/**
 * The problem of an address the kit will not go to (`redirect`: a redirect the server asked for) or post to
 * (`form_action`: a form's `action`), because it is neither on the app's origin nor on its allow-list.
 *
 * @example
 * const shown = refusedAddress('redirect', 'https://evil.example/') // { kind: 'redirect_refused', … }
 */
export function refusedAddress(what: 'redirect' | 'form_action', url: string): FlowProblem {
  return what === 'redirect'
    ? problem('redirect_refused', `Refused to go to ${JSON.stringify(url)}: not on the app's origin or allow-list.`, false)
    : problem('action_refused', `Refused the form action ${JSON.stringify(url)}: not on Kratos' origin. The form is not posted there natively.`, false);
}

const isFlow = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && 'id' in value && 'ui' in value;

const returnToOf = (data: unknown) =>
  typeof data === 'object' && data !== null && typeof (data as { return_to?: unknown }).return_to === 'string'
    ? (data as { return_to: string }).return_to
    : undefined;

/**
 * The flow state machine: one pure function from an outcome to an action, for every flow type.
 *
 * @example
 * const action = decideFlowAction('login', { stage: 'submit', ok: false, error })
 * if (action.type === 'render') setFlow(action.flow)
 */
export function decideFlowAction(flowType: FlowType, outcome: FlowOutcome): FlowAction {
  if (outcome.ok) return decideSuccess(flowType, outcome.stage, outcome.data);
  const { error } = outcome;
  return error instanceof OryError
    ? withStatus(decideErrorResponse(flowType, outcome.stage, error), error.status)
    : { type: 'problem', problem: problemOf(error) };
}

/** The answer's status on the action's problem, so a view can choose its sentence and show it in the details. */
function withStatus(action: FlowAction, status: number): FlowAction {
  return 'problem' in action && action.problem ? { ...action, problem: { ...action.problem, status } } : action;
}

/**
 * The problem a failed request shows when nothing else is to be done: network and timeout (retryable),
 * a server error or an unreadable answer (retryable), anything else (not). The flow state machine uses it,
 * and so does every hook or component that shows a failed request.
 *
 * @example
 * const problem = error ? problemOf(error) : undefined
 */
export function problemOf(error: unknown): FlowProblem {
  if (!(error instanceof OryClientError)) return problem('error', error instanceof Error ? error.message : String(error), false);
  switch (error.kind) {
    case 'network':
      return problem('network', error.message, true);
    case 'timeout':
      return problem('timeout', error.message, true);
    case 'parse':
      return { ...problem('server', error.message, true), status: (error as OryParseError).status };
    case 'input':
      return problem('error', error.message, false);
    case 'response': {
      const { status, id } = error as OryError;
      return { ...problem(status >= 500 ? 'server' : 'error', error.message, status >= 500, id), status };
    }
  }
}

function decideSuccess(flowType: FlowType, stage: FlowOutcome['stage'], data: unknown): FlowAction {
  if (stage !== 'submit') {
    return isFlow(data)
      ? { type: 'render', flow: data }
      : { type: 'problem', problem: problem('malformed', 'The server answered without a flow.', true) };
  }
  // Login and registration end with a session; the others answer with the flow in its next state.
  if (flowType === 'login' || flowType === 'registration') {
    return { type: 'complete', result: data, returnTo: undefined };
  }
  if (isFlow(data)) return { type: 'render', flow: data };
  return { type: 'complete', result: data, returnTo: returnToOf(data) };
}

function decideErrorResponse(flowType: FlowType, stage: FlowOutcome['stage'], error: OryError): FlowAction {
  const { status, id } = error;

  // A 400 (or any status) that carries the flow: its messages say what is wrong.
  if (error.flow && id === undefined) return { type: 'render', flow: error.flow };

  switch (id) {
    case 'browser_location_change_required':
      return error.redirectBrowserTo
        ? { type: 'navigate', url: error.redirectBrowserTo }
        : { type: 'problem', problem: problem('error', error.message, false, id) };
    case 'session_already_available':
    case 'session_aal_already_fulfilled':
      // A 401 here means "already done" (the session has the AAL asked for), not "signed out".
      return { type: 'leave', reason: id };
    case 'session_aal1_required':
      // A second factor was asked for without a first: sign in, then come back here.
      return { type: 'login', message: error.message };
    case 'session_verified_address_required':
      return { type: 'problem', problem: problem('unverified', error.message, false, id) };
    case 'self_service_flow_disabled':
      return { type: 'problem', problem: problem('disabled', error.message, false, id) };
    case 'session_aal2_required':
      // Not the server's redirect_browser_to: it carries no return_to, and the person must come back here.
      return { type: 'login', aal: 'aal2', message: error.message };
    case 'session_refresh_required':
      return { type: 'login', refresh: true, message: error.message };
    case 'security_csrf_violation':
      return { type: 'restart', problem: problem('csrf', error.message, false, id) };
    case 'self_service_flow_return_to_forbidden':
      return { type: 'restart', dropReturnTo: true, problem: problem('error', error.message, false, id) };
    case 'security_identity_mismatch':
      return { type: 'restart', problem: problem('error', error.message, false, id) };
    case 'self_service_flow_expired':
      return error.useFlowId
        ? { type: 'switch', flowId: error.useFlowId, problem: problem('expired', error.message, false, id) }
        : { type: 'restart', problem: problem('expired', error.message, false, id) };
  }

  if (status === 410) {
    return error.useFlowId
      ? { type: 'switch', flowId: error.useFlowId, problem: problem('expired', error.message, false, id) }
      : { type: 'restart', problem: problem('expired', error.message, false, id) };
  }
  if (status === 404 && stage !== 'create') return { type: 'restart' };
  // Kratos answers 404 (no id) to creating a recovery or verification flow its operator turned off.
  if (status === 404) return { type: 'problem', problem: problem('disabled', error.message, false, id) };
  if (status === 403 && stage === 'fetch') return { type: 'restart', problem: problem('csrf', error.message, false, id) };
  if (status === 401) {
    // No session: settings need one (sign in and come back); logout has nothing to end.
    return flowType === 'settings'
      ? { type: 'login', message: error.message }
      : { type: 'problem', problem: problem('error', error.message, false, id) };
  }
  if (error.flow) return { type: 'render', flow: error.flow };
  return { type: 'problem', problem: problemOf(error) };
}
