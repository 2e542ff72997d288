import type { KnownMessageKey } from '../i18n/messages/en.ts';
import type { FlowProblem } from '../types.ts';

// One presenter for every problem: a translated sentence a person understands and one action that works.
// The request line, status and error id are for developers: the alert's collapsed details and the console.

/** What the alert's button does. `none`: the view around it already offers the way on (e.g. "Verify your email address"). */
export type ProblemActionKind = 'retry' | 'reload' | 'start_over' | 'sign_in' | 'back' | 'none';

export interface ProblemPresentation {
  /** The catalogue key of the sentence a person reads. */
  headline: KnownMessageKey;
  action: ProblemActionKind;
}

const say = (headline: KnownMessageKey, action: ProblemActionKind): ProblemPresentation => ({ headline, action });

const signedOut = say('ui.problem.signed_out', 'sign_in');
const alreadySignedIn = say('ui.flow.session_already_available', 'back');
const csrf = say('ui.flow.csrf', 'start_over');
const expired = say('ui.flow.expired', 'start_over');
// Login's footer links to verification: the alert adds no second way.
const unverified = say('ui.flow.unverified', 'none');
const disabled = say('ui.flow.disabled', 'back');

/** Ory's error ids, in Kratos' words. Checked first: the id says more than the kind. */
const BY_ID: Readonly<Record<string, ProblemPresentation>> = {
  security_csrf_violation: csrf,
  security_identity_mismatch: say('ui.problem.identity_mismatch', 'start_over'),
  self_service_flow_expired: expired,
  self_service_flow_replaced: say('ui.flow.replaced', 'start_over'),
  self_service_flow_return_to_forbidden: say('ui.flow.return_to_forbidden', 'start_over'),
  self_service_flow_disabled: disabled,
  browser_location_change_required: say('ui.problem.redirect_refused', 'start_over'),
  session_verified_address_required: unverified,
  session_inactive: signedOut,
  session_aal1_required: signedOut,
  session_aal2_required: say('ui.flow.aal2_required', 'sign_in'),
  session_refresh_required: say('ui.flow.refresh_required', 'sign_in'),
  session_already_available: alreadySignedIn,
  session_aal_already_fulfilled: alreadySignedIn,
};

const BY_KIND: Readonly<Record<FlowProblem['kind'], ProblemPresentation>> = {
  network: say('ui.error.network', 'retry'),
  timeout: say('ui.error.timeout', 'retry'),
  server: say('ui.error.server', 'retry'),
  malformed: say('ui.error.malformed_flow', 'retry'),
  csrf,
  expired,
  unverified,
  disabled,
  redirect_refused: say('ui.problem.redirect_refused', 'start_over'),
  // The form still works with JavaScript (it submits with fetch); nothing to press.
  action_refused: say('ui.error.form_action_refused', 'none'),
  error: say('ui.error.error', 'reload'),
};

/** A failed request without an id (kind `error`) by its status. */
const BY_STATUS: Readonly<Record<number, ProblemPresentation>> = {
  401: signedOut,
  403: say('ui.problem.forbidden', 'back'),
  404: say('ui.problem.not_found', 'start_over'),
  410: expired,
  429: say('ui.error.rate_limited', 'retry'),
};

/**
 * The sentence and the action for a problem: by Ory's error id, else (for a failed request) its status,
 * else its kind. Pure; the table test runs it over every kind and id.
 * @example
 * ```ts
 * presentProblem({ kind: 'csrf', message: 'POST /self-service/login: 403 security_csrf_violation', retryable: false });
 * // { headline: 'ui.flow.csrf', action: 'start_over' }
 * ```
 */
export function presentProblem(problem: FlowProblem): ProblemPresentation {
  return (
    own(BY_ID, problem.id) ??
    (problem.kind === 'error' ? own(BY_STATUS, problem.status) : undefined) ??
    own(BY_KIND, problem.kind) ??
    BY_KIND.error
  );
}

/** A table's own entry (server data may say `constructor` or `__proto__`). */
function own<K extends PropertyKey>(table: Readonly<Record<K, ProblemPresentation>>, key: K | undefined): ProblemPresentation | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The technical lines of a problem (request line with status and reason, status, error id), for the details and the console. */
export function problemDetails(problem: FlowProblem): string[] {
  return [
    problem.message,
    problem.status === undefined ? '' : `status: ${problem.status}`,
    problem.id === undefined ? '' : `id: ${problem.id}`,
  ].filter((line) => line !== '');
}

/** Flow message ids that already say what a problem of this kind says (Kratos' "the form expired" messages). */
const SAID_BY_FLOW: Partial<Record<FlowProblem['kind'], readonly number[]>> = {
  expired: [4010001, 4040001, 4050001, 4060005, 4070005],
  unverified: [4000010],
};

/** Whether the flow's own messages already tell the person about this problem (then no second alert). */
export function problemRepeats(problem: FlowProblem, flowMessageIds: readonly number[]): boolean {
  const ids = SAID_BY_FLOW[problem.kind];
  return ids !== undefined && flowMessageIds.some((id) => ids.includes(id));
}
