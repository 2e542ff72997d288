import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { BodyParseError, type JsonObject } from '../../http/body.ts';
import { oryError, OryError } from '../../errors.ts';
import { text } from '../../../nodes/text.ts';
import type { UiText } from '../../../nodes/types.ts';
import { serializeFlow } from './serialize.ts';
import {
  fetchableFlow,
  flowBase,
  flowIdParam,
  forwardError,
  isExpired,
  publicUrl,
  secureRedirectTo,
  touch,
  uiUrl,
  uiWithFlow,
  writeError,
} from './common.ts';
import type { FlowType, RecoveryFlow } from './types.ts';
import { addMessage, parseError, resetMessages } from '../ui/container.ts';
import { allRecoveryStrategies, recoveryStrategy } from '../methods/recovery-registry.ts';
import { Completed, NOT_RESPONSIBLE } from '../methods/types.ts';
import { validationError } from '../identity/validate.ts';
import { trySession } from '../session/sessions.ts';

/** recovery.ErrAlreadyLoggedIn */
export function recoveryAlreadyLoggedIn(): OryError {
  return oryError(400, { id: 'session_already_available', reason: 'A valid session was detected and thus recovery is not possible.' });
}

/** session.RedirectOnAuthenticated: 302 to `return_to` (if allowed) or the default return URL. */
export function redirectOnAuthenticated(ctx: RequestContext): EmulatorResponse {
  const fallback = uiUrl(ctx.env, 'defaultReturn');
  try {
    return ctx.redirect(secureRedirectTo(ctx.env, { defaultReturnTo: fallback, sourceUrl: ctx.requestUrl }), 302);
  } catch {
    return ctx.redirect(fallback, 302);
  }
}

export function newRecoveryFlow(ctx: RequestContext, type: FlowType, lifespan?: number): RecoveryFlow {
  const s = recoveryStrategy(ctx.env);
  const f: RecoveryFlow = { kind: 'recovery', ...flowBase(ctx, 'recovery', type, lifespan), state: 'choose_method', skipCsrf: false, active: s.group };
  s.populate(ctx, f);
  return f;
}

function store(ctx: RequestContext, f: RecoveryFlow): RecoveryFlow {
  ctx.env.state.kratos.recovery.set(f.id, f);
  return f;
}

/** GET /self-service/recovery/browser */
export function initBrowserRecovery(ctx: RequestContext): EmulatorResponse {
  if (trySession(ctx)) return ctx.isJSON() ? writeError(ctx, recoveryAlreadyLoggedIn()) : redirectOnAuthenticated(ctx);
  let f: RecoveryFlow;
  try {
    f = store(ctx, newRecoveryFlow(ctx, 'browser'));
  } catch (e) {
    return forwardError(ctx, e);
  }
  return ctx.acceptsJSON() ? ctx.json(200, serializeFlow(ctx.env, f)) : ctx.redirect(uiWithFlow(ctx.env, 'recovery', f.id));
}

/** GET /self-service/recovery/api */
export function initApiRecovery(ctx: RequestContext): EmulatorResponse {
  if (trySession(ctx)) return writeError(ctx, recoveryAlreadyLoggedIn());
  try {
    return ctx.json(200, serializeFlow(ctx.env, store(ctx, newRecoveryFlow(ctx, 'api'))));
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** GET /self-service/recovery/flows?id= */
export function getRecoveryFlow(ctx: RequestContext): EmulatorResponse {
  const f = fetchableFlow(ctx, 'recovery', ctx.env.state.kratos.recovery);
  if (f instanceof OryError) return writeError(ctx, f);
  return ctx.json(200, serializeFlow(ctx.env, f));
}

/** Where a replaced recovery flow is shown: its JSON for API/JSON clients, else the UI. */
function showReplacement(ctx: RequestContext, f: RecoveryFlow): EmulatorResponse {
  if (f.type === 'api' || ctx.isJSON()) return ctx.redirect(publicUrl(ctx.env, '/self-service/recovery/flows', { id: f.id }));
  return ctx.redirect(uiWithFlow(ctx.env, 'recovery', f.id));
}

/** code/link Strategy.retryRecoveryFlowWithMessage: a fresh flow carrying `message`. */
export function retryRecoveryWithMessage(ctx: RequestContext, type: FlowType, message: UiText): Completed {
  ctx.csrf.regenerate();
  const f = store(ctx, newRecoveryFlow(ctx, type));
  f.csrfToken = ctx.csrf.token();
  addMessage(f.ui, message);
  return new Completed(ctx.isJSON() ? ctx.redirect(publicUrl(ctx.env, '/self-service/recovery/flows', { id: f.id })) : ctx.redirect(uiWithFlow(ctx.env, 'recovery', f.id)));
}

/** Strategy.retryRecoveryFlowWithError */
export function retryRecoveryWithError(ctx: RequestContext, type: FlowType, err: unknown): Completed {
  if (err instanceof ExpiredRecovery) return retryRecoveryWithMessage(ctx, type, text.recoveryFlowExpired(err.expiresAt, ctx.now));
  ctx.csrf.regenerate();
  const f = newRecoveryFlow(ctx, type);
  f.csrfToken = ctx.csrf.token();
  if (!parseError(f.ui, err)) throw err;
  store(ctx, f);
  return new Completed(ctx.isJSON() ? ctx.redirect(publicUrl(ctx.env, '/self-service/recovery/flows', { id: f.id })) : ctx.redirect(uiWithFlow(ctx.env, 'recovery', f.id)));
}

export class ExpiredRecovery extends Error {
  constructor(readonly expiresAt: number) {
    super('recovery flow expired');
  }
}

/** recovery.ErrorHandler.WriteFlowError */
export function recoveryFlowError(ctx: RequestContext, f: RecoveryFlow | undefined, err: unknown): EmulatorResponse {
  if (!f) return ctx.isJSON() ? writeError(ctx, err) : forwardError(ctx, err);
  if (err instanceof ExpiredRecovery) {
    const next = store(ctx, newRecoveryFlow(ctx, f.type));
    next.requestUrl = f.requestUrl;
    addMessage(next.ui, text.recoveryFlowExpired(err.expiresAt, ctx.now));
    return showReplacement(ctx, next);
  }
  resetMessages(f.ui);
  if (!parseError(f.ui, err)) return f.type === 'api' || ctx.isJSON() ? writeError(ctx, err) : forwardError(ctx, err);
  f.active = recoveryStrategy(ctx.env).group;
  touch(ctx, f);
  if (f.type === 'browser' && !ctx.isJSON()) return ctx.redirect(uiWithFlow(ctx.env, 'recovery', f.id));
  return ctx.json(err instanceof OryError ? err.status : 400, serializeFlow(ctx.env, f));
}

/** GET|POST /self-service/recovery?flow= */
export function submitRecovery(ctx: RequestContext): EmulatorResponse {
  let id: string;
  try {
    id = flowIdParam(ctx);
  } catch (e) {
    return recoveryFlowError(ctx, undefined, e);
  }
  const f = ctx.env.state.kratos.recovery.get(id);
  if (!f) return recoveryFlowError(ctx, undefined, oryError(404, { reason: 'The recovery request could not be found. Please restart the flow.' }));
  if (isExpired(ctx, f)) return recoveryFlowError(ctx, f, new ExpiredRecovery(f.expiresAt));
  let body: JsonObject;
  try {
    body = { ...Object.fromEntries(ctx.query), ...(ctx.method === 'GET' ? {} : ctx.body().data) };
  } catch (e) {
    return recoveryFlowError(ctx, f, e instanceof BodyParseError ? oryError(400, { reason: e.reason }) : e);
  }
  let found = false;
  for (const s of allRecoveryStrategies()) {
    let r;
    try {
      r = s.recover(ctx, f, body);
    } catch (e) {
      return recoveryFlowError(ctx, f, e);
    }
    if (r === NOT_RESPONSIBLE) continue;
    if (r) return r;
    found = true;
    break;
  }
  if (!found) return recoveryFlowError(ctx, f, validationError('', text.recoveryNoStrategy()));
  touch(ctx, f);
  if (f.type === 'browser' && !ctx.isJSON()) return ctx.redirect(uiWithFlow(ctx.env, 'recovery', f.id));
  return ctx.json(200, serializeFlow(ctx.env, f));
}
