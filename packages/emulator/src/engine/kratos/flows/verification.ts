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
  touch,
  uiWithFlow,
  writeError,
} from './common.ts';
import type { FlowType, VerificationFlow } from './types.ts';
import { addMessage, parseError } from '../ui/container.ts';
import { verificationStrategy } from '../methods/recovery-registry.ts';
import { Completed, NOT_RESPONSIBLE } from '../methods/types.ts';
import { validationError } from '../identity/validate.ts';
import { isBrowserRequest } from '../../http/negotiate.ts';
import { queryParam, withQuery } from '../../http/url.ts';
import type { IdentityRecord } from '../identity/types.ts';
import type { AnyFlow } from './types.ts';

export function newVerificationFlow(ctx: RequestContext, type: FlowType): VerificationFlow {
  const s = verificationStrategy(ctx.env);
  const f: VerificationFlow = { kind: 'verification', ...flowBase(ctx, 'verification', type), state: 'choose_method', active: s.group };
  s.populate(ctx, f);
  return f;
}

function store(ctx: RequestContext, f: VerificationFlow): VerificationFlow {
  ctx.env.state.kratos.verification.set(f.id, f);
  return f;
}

/** GET /self-service/verification/browser */
export function initBrowserVerification(ctx: RequestContext): EmulatorResponse {
  let f: VerificationFlow;
  try {
    f = store(ctx, newVerificationFlow(ctx, 'browser'));
  } catch (e) {
    return forwardError(ctx, e);
  }
  return ctx.acceptsJSON() ? ctx.json(200, serializeFlow(ctx.env, f)) : ctx.redirect(uiWithFlow(ctx.env, 'verification', f.id));
}

/** GET /self-service/verification/api */
export function initApiVerification(ctx: RequestContext): EmulatorResponse {
  try {
    return ctx.json(200, serializeFlow(ctx.env, store(ctx, newVerificationFlow(ctx, 'api'))));
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** GET /self-service/verification/flows?id= */
export function getVerificationFlow(ctx: RequestContext): EmulatorResponse {
  const f = fetchableFlow(ctx, 'verification', ctx.env.state.kratos.verification);
  if (f instanceof OryError) return writeError(ctx, f);
  return ctx.json(200, serializeFlow(ctx.env, f));
}

/** flow.NewFlowReplacedError: 410 `self_service_flow_replaced` pointing at the new flow. */
function replacedError(reason: string, id: string): OryError {
  return oryError(
    410,
    { id: 'self_service_flow_replaced', reason, message: 'self-service flow replaced' },
    { use_flow_id: id },
  );
}

/** code/link Strategy.retryVerificationFlowWithMessage */
export function retryVerificationWithMessage(ctx: RequestContext, type: FlowType, message: UiText): Completed {
  ctx.csrf.regenerate();
  const f = store(ctx, newVerificationFlow(ctx, type));
  addMessage(f.ui, message);
  if (ctx.isJSON()) return new Completed(writeError(ctx, replacedError('An error occured, please use the new flow.', f.id)));
  return new Completed(ctx.redirect(uiWithFlow(ctx.env, 'verification', f.id)));
}

export class ExpiredVerification extends Error {
  constructor(readonly expiresAt: number) {
    super('verification flow expired');
  }
}

/** verification.ErrorHandler.WriteFlowError */
export function verificationFlowError(ctx: RequestContext, f: VerificationFlow | undefined, err: unknown): EmulatorResponse {
  if (!f) return ctx.isJSON() ? writeError(ctx, err) : forwardError(ctx, err);
  if (err instanceof ExpiredVerification) {
    ctx.csrf.regenerate();
    const next = store(ctx, newVerificationFlow(ctx, f.type));
    next.requestUrl = f.requestUrl;
    addMessage(next.ui, text.verificationFlowExpired(err.expiresAt, ctx.now));
    if (f.type === 'api' || ctx.isJSON()) return ctx.redirect(publicUrl(ctx.env, '/self-service/verification/flows', { id: next.id }));
    return ctx.redirect(uiWithFlow(ctx.env, 'verification', next.id));
  }
  if (!parseError(f.ui, err)) return f.type === 'api' || ctx.isJSON() ? writeError(ctx, err) : forwardError(ctx, err);
  f.active = verificationStrategy(ctx.env).group;
  touch(ctx, f);
  if (f.type === 'browser' && !ctx.isJSON()) return ctx.redirect(uiWithFlow(ctx.env, 'verification', f.id));
  return ctx.json(err instanceof OryError ? err.status : 400, serializeFlow(ctx.env, f));
}

/** GET|POST /self-service/verification?flow= */
export function submitVerification(ctx: RequestContext): EmulatorResponse {
  let id: string;
  try {
    id = flowIdParam(ctx);
  } catch (e) {
    return verificationFlowError(ctx, undefined, e);
  }
  const f = ctx.env.state.kratos.verification.get(id);
  if (!f) return verificationFlowError(ctx, undefined, oryError(404, { reason: 'The verification request could not be found. Please restart the flow.' }));
  if (isExpired(ctx, f)) return verificationFlowError(ctx, f, new ExpiredVerification(f.expiresAt));
  let body: JsonObject;
  try {
    body = { ...Object.fromEntries(ctx.query), ...(ctx.method === 'GET' ? {} : ctx.body().data) };
  } catch (e) {
    return verificationFlowError(ctx, f, e instanceof BodyParseError ? oryError(400, { reason: e.reason }) : e);
  }
  let r;
  try {
    r = verificationStrategy(ctx.env).verify(ctx, f, body);
  } catch (e) {
    return verificationFlowError(ctx, f, e);
  }
  if (r === NOT_RESPONSIBLE) return verificationFlowError(ctx, f, validationError('', text.verificationNoStrategy()));
  if (r) return r;
  touch(ctx, f);
  if (isBrowserRequest(ctx.headers)) return ctx.redirect(uiWithFlow(ctx.env, 'verification', f.id));
  return ctx.json(200, serializeFlow(ctx.env, f));
}

/**
 * The verification hook after registration and settings: for every pending address a new flow in
 * `sent_email` state, and a message with its code or link.
 */
export function sendVerificationForNewAddresses(ctx: RequestContext, original: AnyFlow, identity: IdentityRecord): void {
  const s = verificationStrategy(ctx.env);
  for (const address of identity.verifiableAddresses) {
    if (address.status !== 'pending') continue;
    const f = newVerificationFlow(ctx, original.type);
    const afterReturnTo = queryParam(original.requestUrl, 'after_verification_return_to');
    try {
      const u = new URL(original.requestUrl);
      u.searchParams.delete('after_verification_return_to');
      f.requestUrl = withQuery(u.toString(), { return_to: afterReturnTo });
    } catch {
      /* keep the current URL */
    }
    f.state = 'sent_email';
    store(ctx, f);
    s.send(ctx, f, identity, address);
  }
}

