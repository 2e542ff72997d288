import { OryError, OryInputError, OryNetworkError, OryParseError, OryTimeoutError, type FlowType } from '@orykit/client';
import { describe, expect, it } from 'vitest';
import { decideFlowAction, problemOf, type FlowOutcome } from './transitions.ts';

const flow = { id: 'f2', ui: { action: '/x', method: 'POST', nodes: [], messages: [] } };
const answer = (status: number, body: unknown) =>
  new OryError('POST /self-service/login', new Response(null, { status }), body);
const err = (status: number, id: string, extra: Record<string, unknown> = {}) =>
  answer(status, { error: { id, code: status, reason: `${id} reason` }, ...extra });
const submit = (error: unknown): FlowOutcome => ({ stage: 'submit', ok: false, error });

// [flow type, outcome, the action it must lead to (a partial match)]
const table: [string, FlowType, FlowOutcome, Record<string, unknown>][] = [
  ['200 login: session', 'login', { stage: 'submit', ok: true, data: { session: { id: 's' } } }, { type: 'complete', result: { session: { id: 's' } } }],
  ['200 registration: identity + session', 'registration', { stage: 'submit', ok: true, data: { identity: {}, session: {} } }, { type: 'complete' }],
  ['200 settings: flow in state success', 'settings', { stage: 'submit', ok: true, data: { ...flow, state: 'success' } }, { type: 'render', flow: { ...flow, state: 'success' } }],
  ['200 recovery: sent_email', 'recovery', { stage: 'submit', ok: true, data: { ...flow, state: 'sent_email' } }, { type: 'render' }],
  ['200 verification: passed_challenge', 'verification', { stage: 'submit', ok: true, data: { ...flow, state: 'passed_challenge' } }, { type: 'render' }],
  ['fetch 200: the flow', 'login', { stage: 'fetch', ok: true, data: flow }, { type: 'render', flow }],
  ['create 200 without a flow: malformed', 'login', { stage: 'create', ok: true, data: { nope: 1 } }, { type: 'problem', problem: { kind: 'malformed', retryable: true } }],
  ['400 with the flow: re-render it', 'login', submit(answer(400, flow)), { type: 'render', flow }],
  ['401 on settings: sign in and come back', 'settings', submit(err(401, 'session_inactive')), { type: 'login' }],
  ['403 session_refresh_required: refresh login', 'settings', submit(err(403, 'session_refresh_required', { redirect_browser_to: 'http://k/login?refresh=true' })), { type: 'login', refresh: true }],
  ['403 session_aal2_required on settings: step up and come back (not the server URL, which has no return_to)', 'settings', submit(err(403, 'session_aal2_required', { redirect_browser_to: 'http://k/self-service/login/browser?aal=aal2' })), { type: 'login', aal: 'aal2' }],
  ['403 session_aal2_required without a URL: step up', 'settings', submit(err(403, 'session_aal2_required')), { type: 'login', aal: 'aal2' }],
  ['403 security_csrf_violation: restart', 'registration', submit(err(403, 'security_csrf_violation')), { type: 'restart', problem: { kind: 'csrf', id: 'security_csrf_violation', retryable: false } }],
  ['403 on fetch without an id (CSRF cookie missing): restart', 'login', { stage: 'fetch', ok: false, error: answer(403, { error: { code: 403 } }) }, { type: 'restart', problem: { kind: 'csrf' } }],
  ['404 on fetch: restart', 'recovery', { stage: 'fetch', ok: false, error: answer(404, { error: { code: 404 } }) }, { type: 'restart' }],
  ['410 with use_flow_id: switch', 'login', submit(err(410, 'self_service_flow_expired', { use_flow_id: 'f9' })), { type: 'switch', flowId: 'f9', problem: { kind: 'expired' } }],
  ['410 without use_flow_id: restart', 'verification', submit(err(410, 'self_service_flow_expired')), { type: 'restart', problem: { kind: 'expired' } }],
  ['410 without an id: still expired', 'login', { stage: 'fetch', ok: false, error: answer(410, {}) }, { type: 'restart', problem: { kind: 'expired' } }],
  ['422 browser_location_change_required: navigate', 'login', submit(err(422, 'browser_location_change_required', { redirect_browser_to: 'https://idp/auth' })), { type: 'navigate', url: 'https://idp/auth' }],
  ['400 session_already_available: leave', 'login', { stage: 'create', ok: false, error: err(400, 'session_already_available') }, { type: 'leave' }],
  ['400 self_service_flow_return_to_forbidden: restart without return_to', 'login', { stage: 'create', ok: false, error: err(400, 'self_service_flow_return_to_forbidden') }, { type: 'restart', dropReturnTo: true }],
  ['403 security_identity_mismatch: restart', 'settings', submit(err(403, 'security_identity_mismatch')), { type: 'restart', problem: { id: 'security_identity_mismatch' } }],
  // Kratos v0.11 error ids beyond the obvious ones (bodies as selfservice/flow/*/error.go builds them).
  ['401 session_aal_already_fulfilled: already done, leave for return_to (not signed out)', 'login', { stage: 'create', ok: false, error: err(401, 'session_aal_already_fulfilled') }, { type: 'leave', reason: 'session_aal_already_fulfilled' }],
  ['401 session_aal_already_fulfilled on submit: leave as well', 'login', submit(err(401, 'session_aal_already_fulfilled')), { type: 'leave' }],
  ['401 session_aal1_required (aal2 without a session): sign in first, then come back', 'login', { stage: 'create', ok: false, error: err(401, 'session_aal1_required') }, { type: 'login', message: expect.stringContaining('session_aal1_required') }],
  ['400 session_verified_address_required: keep the flow, say so, offer verification', 'login', submit(err(400, 'session_verified_address_required')), { type: 'problem', problem: { kind: 'unverified', id: 'session_verified_address_required', retryable: false } }],
  ['400 self_service_flow_disabled (registration turned off): a clear problem, no retry', 'registration', { stage: 'create', ok: false, error: err(400, 'self_service_flow_disabled') }, { type: 'problem', problem: { kind: 'disabled', retryable: false } }],
  ['404 creating a recovery flow (turned off; Kratos sends no id): disabled, no retry', 'recovery', { stage: 'create', ok: false, error: answer(404, { error: { code: 404, reason: 'This endpoint was disabled by system administrator.' } }) }, { type: 'problem', problem: { kind: 'disabled', retryable: false } }],
  ['422 recovery code accepted: go to the settings flow Kratos created', 'recovery', submit(err(422, 'browser_location_change_required', { redirect_browser_to: 'http://app/settings?flow=s1' })), { type: 'navigate', url: 'http://app/settings?flow=s1' }],
  ['network failure: keep the flow, retryable', 'login', submit(new OryNetworkError('POST /x', new TypeError('fetch failed'))), { type: 'problem', problem: { kind: 'network', retryable: true } }],
  ['timeout: retryable', 'login', submit(new OryTimeoutError('POST /x', 10, null)), { type: 'problem', problem: { kind: 'timeout', retryable: true } }],
  ['500: server problem, retryable', 'settings', submit(err(500, 'internal')), { type: 'problem', problem: { kind: 'server', retryable: true } }],
  ['502 HTML page: server problem', 'login', submit(new OryParseError('POST /x', 502, '<html>', null)), { type: 'problem', problem: { kind: 'server' } }],
  ['missing parameter: not retryable', 'login', submit(new OryInputError('POST /x', 'missing')), { type: 'problem', problem: { kind: 'error', retryable: false } }],
  ['a thrown non-Ory error: a problem, not a crash', 'login', submit(new RangeError('boom')), { type: 'problem', problem: { kind: 'error', message: 'boom' } }],
];

describe('decideFlowAction', () => {
  it.each(table)('%s', (_name, flowType, outcome, expected) => {
    expect(decideFlowAction(flowType, outcome)).toMatchObject(expected);
  });

  it("a problem from an answer carries the answer's status (the view picks its sentence by it)", () => {
    expect(decideFlowAction('login', submit(err(403, 'security_csrf_violation')))).toMatchObject({ problem: { kind: 'csrf', status: 403 } });
    expect(decideFlowAction('login', submit(answer(401, { error: { code: 401, reason: 'This account was disabled.' } })))).toMatchObject({ problem: { kind: 'error', status: 401 } });
  });

  it('never throws, whatever it is given', () => {
    for (const error of [undefined, null, 42, 'text', {}, new Error('x'), answer(418, 'teapot'), answer(400, null)]) {
      expect(() => decideFlowAction('login', submit(error))).not.toThrow();
    }
  });
});

describe('problemOf', () => {
  it.each([
    ['network', new OryNetworkError('GET /x', new TypeError('fetch failed')), { kind: 'network', retryable: true }],
    ['timeout', new OryTimeoutError('GET /x', 10, null), { kind: 'timeout', retryable: true }],
    ['unreadable answer', new OryParseError('GET /x', 502, '<html>', null), { kind: 'server', retryable: true, status: 502 }],
    ['5xx', err(503, 'unavailable'), { kind: 'server', retryable: true, id: 'unavailable', status: 503 }],
    ['4xx (an unknown Hydra challenge)', err(404, 'not_found'), { kind: 'error', retryable: false, id: 'not_found', status: 404 }],
    ['a thrown non-Ory error', new RangeError('boom'), { kind: 'error', retryable: false, message: 'boom' }],
  ])('%s', (_name, error, expected) => {
    expect(problemOf(error)).toMatchObject(expected);
  });
});
