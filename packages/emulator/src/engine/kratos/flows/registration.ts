import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { BodyParseError, type JsonObject } from '../../http/body.ts';
import { oryError, OryError } from '../../errors.ts';
import { text } from '../../../nodes/text.ts';
import { serializeFlow } from './serialize.ts';
import {
  expiredError,
  fetchableFlow,
  flowBase,
  flowIdParam,
  forwardError,
  isExpired,
  publicUrl,
  touch,
  uiUrl,
  uiWithFlow,
  writeError,
} from './common.ts';
import type { FlowType, RegistrationFlow } from './types.ts';
import { addMessage, parseError, resetMessages } from '../ui/container.ts';
import { sortNodes } from '../ui/sort.ts';
import { keysInOrder } from '../identity/schema.ts';
import { registrationStrategies } from '../methods/registry.ts';
import { Completed, NOT_RESPONSIBLE } from '../methods/types.ts';
import { validationError } from '../identity/validate.ts';
import { blankIdentity, notFound } from '../identity/identities.ts';
import { trySession } from '../session/sessions.ts';
import { postRegistration } from './registration-hook.ts';
import { withQuery } from '../../http/url.ts';
import { loginRequestForKratos } from '../../hydra/kratos-bridge.ts';
import { challengeAsUuid } from './login.ts';

/** registration.ErrAlreadyLoggedIn */
export function registrationAlreadyLoggedIn(): OryError {
  return oryError(400, {
    id: 'session_already_available',
    reason: 'A valid session was detected and thus registration is not possible.',
    message: 'you are already logged in',
  });
}

export function sortRegistrationNodes(ctx: RequestContext, f: RegistrationFlow): void {
  const keys = keysInOrder(ctx.env.options.identitySchemas[0]!.schema);
  const ordered = keys.length ? [keys[0]!, 'password', ...keys.slice(1)] : ['password'];
  f.ui.nodes = sortNodes(f.ui.nodes, {
    groups: ['default', 'oidc', 'webauthn', 'password'],
    keys: [...ordered, 'webauthn_remove', 'webauthn_register_displayname', 'webauthn_register'],
  });
}

export function newRegistrationFlow(ctx: RequestContext, type: FlowType): RegistrationFlow {
  const raw = ctx.query.get('login_challenge');
  const challenge = raw ? challengeAsUuid(raw) : undefined;
  const f: RegistrationFlow = { kind: 'registration', ...flowBase(ctx, 'registration', type), ...(challenge ? { oauth2LoginChallenge: challenge } : {}) };
  for (const s of registrationStrategies(ctx.env)) s.populate(ctx, f);
  sortRegistrationNodes(ctx, f);
  ctx.env.state.kratos.registration.set(f.id, f);
  return f;
}

function flowJson(ctx: RequestContext, f: RegistrationFlow): JsonObject {
  const request = f.oauth2LoginChallenge ? loginRequestForKratos(ctx.env, f.oauth2LoginChallenge, ctx.prepared) : undefined;
  return serializeFlow(ctx.env, f, request ? { oauth2_login_request: request } : {});
}

/** GET /self-service/registration/browser */
export function initBrowserRegistration(ctx: RequestContext): EmulatorResponse {
  let f: RegistrationFlow;
  try {
    f = newRegistrationFlow(ctx, 'browser');
  } catch (e) {
    return forwardError(ctx, e);
  }
  const active = trySession(ctx);
  if (active) {
    if (ctx.query.has('login_challenge')) {
      const self = withQuery(publicUrl(ctx.env, '/self-service/registration/browser'), Object.fromEntries(ctx.query));
      return ctx.redirect(withQuery(publicUrl(ctx.env, '/self-service/logout'), { token: active.session.logoutToken, return_to: self }), 302);
    }
    if (ctx.isJSON()) return writeError(ctx, registrationAlreadyLoggedIn());
    return ctx.redirect(uiUrl(ctx.env, 'defaultReturn'));
  }
  return ctx.acceptsJSON() ? ctx.json(200, flowJson(ctx, f)) : ctx.redirect(uiWithFlow(ctx.env, 'registration', f.id));
}

/** GET /self-service/registration/api */
export function initApiRegistration(ctx: RequestContext): EmulatorResponse {
  if (trySession(ctx)) return writeError(ctx, registrationAlreadyLoggedIn());
  try {
    return ctx.json(200, flowJson(ctx, newRegistrationFlow(ctx, 'api')));
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** GET /self-service/registration/flows?id= */
export function getRegistrationFlow(ctx: RequestContext): EmulatorResponse {
  const f = fetchableFlow(ctx, 'registration', ctx.env.state.kratos.registration);
  if (f instanceof OryError) return writeError(ctx, f);
  return ctx.json(200, flowJson(ctx, f));
}

class ExpiredRegistration extends Error {}

/** registration.ErrorHandler.WriteFlowError */
export function registrationFlowError(ctx: RequestContext, f: RegistrationFlow | undefined, err: unknown): EmulatorResponse {
  if (!f) return ctx.isJSON() ? writeError(ctx, err) : forwardError(ctx, err);
  if (err instanceof ExpiredRegistration) {
    let next: RegistrationFlow;
    try {
      next = newRegistrationFlow(ctx, f.type);
    } catch (inner) {
      return registrationFlowError(ctx, f, inner);
    }
    next.requestUrl = f.requestUrl;
    addMessage(next.ui, text.registrationFlowExpired(f.expiresAt, ctx.now));
    if (f.type === 'api' || ctx.isJSON()) return writeError(ctx, expiredError(ctx, f.expiresAt, next.id));
    return ctx.redirect(uiWithFlow(ctx.env, 'registration', next.id));
  }
  resetMessages(f.ui);
  if (!parseError(f.ui, err)) {
    if (f.type === 'api') return writeError(ctx, err);
    return forwardError(ctx, err);
  }
  sortRegistrationNodes(ctx, f);
  touch(ctx, f);
  if (f.type === 'browser' && !ctx.isJSON()) return ctx.redirect(uiWithFlow(ctx.env, 'registration', f.id));
  return ctx.json(err instanceof OryError ? err.status : 400, flowJson(ctx, f));
}

/** POST /self-service/registration?flow= */
export async function submitRegistration(ctx: RequestContext): Promise<EmulatorResponse> {
  if (trySession(ctx)) {
    return ctx.isJSON() ? writeError(ctx, registrationAlreadyLoggedIn()) : ctx.redirect(uiUrl(ctx.env, 'defaultReturn'), 302);
  }
  let id: string;
  try {
    id = flowIdParam(ctx);
  } catch (e) {
    return registrationFlowError(ctx, undefined, e);
  }
  const f = ctx.env.state.kratos.registration.get(id);
  if (!f) return registrationFlowError(ctx, undefined, notFound());
  if (isExpired(ctx, f)) return registrationFlowError(ctx, f, new ExpiredRegistration());
  let body: JsonObject;
  try {
    body = ctx.body().data;
  } catch (e) {
    return registrationFlowError(ctx, f, e instanceof BodyParseError ? oryError(400, { reason: e.reason }) : e);
  }
  const identity = blankIdentity(ctx.env);
  for (const s of registrationStrategies(ctx.env)) {
    let r;
    try {
      r = s.register(ctx, f, body, identity);
    } catch (e) {
      return registrationFlowError(ctx, f, e);
    }
    if (r === NOT_RESPONSIBLE) continue;
    if (r instanceof Completed) return r.response;
    try {
      return await postRegistration(ctx, f, identity, s.id === 'oidc' || s.id === 'webauthn' ? s.id : 'password');
    } catch (e) {
      return registrationFlowError(ctx, f, e);
    }
  }
  return registrationFlowError(ctx, f, validationError('', text.registrationNoStrategy()));
}
