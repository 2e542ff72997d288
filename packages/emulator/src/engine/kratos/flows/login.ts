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
  secureRedirectTo,
  touch,
  uiUrl,
  uiWithFlow,
  writeError,
} from './common.ts';
import { AlreadyLoggedIn, sessionRequiredForHigherAal } from './login-errors.ts';
import type { LoginFlow, FlowType } from './types.ts';
import { addMessage, parseError, resetMessages, setCsrf, setMessages } from '../ui/container.ts';
import { sortNodes } from '../ui/sort.ts';
import { loginStrategies } from '../methods/registry.ts';
import { Completed, NOT_RESPONSIBLE } from '../methods/types.ts';
import { validationError } from '../identity/validate.ts';
import { trySession, sessionAal, type ActiveSession } from '../session/sessions.ts';
import { notFound } from '../identity/identities.ts';
import { postLogin } from './login-hook.ts';
import { acceptHydraLoginForKratos, loginRequestForKratos, loginRequestState } from '../../hydra/kratos-bridge.ts';
import { isUuid } from '../../util/random.ts';
import { encodeQuery } from '../../http/url.ts';

/** Kratos v0.11 reads Hydra's 32-hex `login_challenge` as a UUID (GetLoginChallengeID). */
export function challengeAsUuid(raw: string): string {
  const h = raw.replace(/[{}-]/g, '').toLowerCase();
  const id = /^[0-9a-f]{32}$/.test(h) ? `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}` : raw;
  if (!isUuid(id) || /^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(id)) throw oryError(400, { reason: 'the login_challenge parameter is present but invalid or zero UUID' });
  return id;
}

const LOGIN_GROUPS = ['oidc', 'default', 'webauthn', 'password', 'totp', 'lookup_secret'] as const;

export function sortLoginNodes(f: LoginFlow): void {
  f.ui.nodes = sortNodes(f.ui.nodes, { groups: [...LOGIN_GROUPS], keys: ['csrf_token', 'identifier', 'password'] });
}

/** login.Handler.NewLoginFlow. Throws AlreadyLoggedIn when the session already satisfies the request. */
export function newLoginFlow(ctx: RequestContext, type: FlowType, query: URLSearchParams = ctx.query): LoginFlow {
  const rawAal = (query.get('aal') || 'aal1').toLowerCase();
  if (rawAal !== 'aal1' && rawAal !== 'aal2') {
    throw oryError(400, { reason: `Unable to parse AuthenticationMethod Assurance Level (AAL): expected one of [aal1, aal2] but got ${rawAal}` });
  }
  const rawChallenge = query.get('login_challenge');
  const challenge = rawChallenge ? challengeAsUuid(rawChallenge) : undefined;
  const base = flowBase(ctx, 'login', type);
  if (query !== ctx.query) {
    const q = encodeQuery(Object.fromEntries(query));
    base.requestUrl = ctx.requestUrl.replace(/\?.*$/, '') + (q ? `?${q}` : '');
  }
  const f: LoginFlow = {
    kind: 'login',
    ...base,
    refresh: query.get('refresh') === 'true',
    requestedAal: rawAal,
    ...(challenge ? { oauth2LoginChallenge: challenge } : {}),
  };
  const active = trySession(ctx);
  if (!active) {
    if (f.requestedAal !== 'aal1') throw sessionRequiredForHigherAal();
    f.refresh = false;
  } else if (!f.refresh) {
    if (f.requestedAal === 'aal1') throw new AlreadyLoggedIn(active);
    if (f.requestedAal === 'aal2' && sessionAal(active.session) === 'aal2') throw new AlreadyLoggedIn(active);
  }
  if (f.refresh) setMessages(f.ui, text.loginReAuth());
  if (active && f.requestedAal === 'aal2' && sessionAal(active.session) !== 'aal2') addMessage(f.ui, text.loginMFA());
  for (const s of loginStrategies(ctx.env)) s.populate(ctx, f, active);
  sortLoginNodes(f);
  if (f.type === 'browser') setCsrf(f.ui, ctx.csrf.token());
  ctx.env.state.kratos.login.set(f.id, f);
  return f;
}

/** The flow as JSON; GET /flows also embeds Hydra's login request (`oauth2_login_request`). */
function flowJson(ctx: RequestContext, f: LoginFlow, withRequest = false): JsonObject {
  const request = withRequest && f.oauth2LoginChallenge ? loginRequestForKratos(ctx.env, f.oauth2LoginChallenge, ctx.prepared) : undefined;
  return serializeFlow(ctx.env, f, request ? { oauth2_login_request: request } : {});
}

/** GET /self-service/login/browser */
export async function initBrowserLogin(ctx: RequestContext): Promise<EmulatorResponse> {
  const q = new URLSearchParams(ctx.query);
  const challenge = q.get('login_challenge');
  let skip = false;
  if (challenge) {
    try {
      challengeAsUuid(challenge);
    } catch (e) {
      return forwardError(ctx, e);
    }
    const req = loginRequestState(ctx.env, challenge);
    if (!req.exists) return forwardError(ctx, oryError(500, { reason: 'Failed to retrieve OAuth 2.0 login request.' }));
    skip = req.skip;
    if (!skip) q.set('refresh', 'true');
  }
  let f: LoginFlow;
  try {
    f = newLoginFlow(ctx, 'browser', q);
  } catch (e) {
    if (e instanceof AlreadyLoggedIn) {
      if (challenge && e.active) {
        if (!skip) return forwardError(ctx, oryError(500, { reason: 'ErrAlreadyLoggedIn indicated we can skip login, but Hydra asked us to refresh' }));
        const to = await acceptHydraLoginForKratos(ctx.env, challenge, e.active.identity.id, e.active.session, ctx.prepared);
        return ctx.acceptsJSON() ? writeError(ctx, e) : ctx.redirect(to);
      }
      let to: string;
      try {
        to = secureRedirectTo(ctx.env, { defaultReturnTo: uiUrl(ctx.env, 'defaultReturn'), sourceUrl: ctx.requestUrl });
      } catch (err) {
        return forwardError(ctx, err);
      }
      return ctx.acceptsJSON() ? writeError(ctx, e) : ctx.redirect(to);
    }
    return forwardError(ctx, e);
  }
  return ctx.acceptsJSON() ? ctx.json(200, flowJson(ctx, f)) : ctx.redirect(uiWithFlow(ctx.env, 'login', f.id));
}

/** GET /self-service/login/api */
export function initApiLogin(ctx: RequestContext): EmulatorResponse {
  try {
    return ctx.json(200, flowJson(ctx, newLoginFlow(ctx, 'api')));
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** GET /self-service/login/flows?id= */
export function getLoginFlow(ctx: RequestContext): EmulatorResponse {
  const f = fetchableFlow(ctx, 'login', ctx.env.state.kratos.login);
  if (f instanceof OryError) return writeError(ctx, f);
  if (f.oauth2LoginChallenge && !loginRequestState(ctx.env, f.oauth2LoginChallenge).exists) {
    return forwardError(ctx, oryError(404, { message: 'Unable to locate the resource' }));
  }
  return ctx.json(200, flowJson(ctx, f, true));
}

/** login.ErrorHandler.WriteFlowError */
export function loginFlowError(ctx: RequestContext, f: LoginFlow | undefined, err: unknown): EmulatorResponse {
  if (!f) return ctx.isJSON() ? writeError(ctx, err) : forwardError(ctx, err);
  if (err instanceof ExpiredLogin) {
    let next: LoginFlow;
    try {
      next = newLoginFlow(ctx, f.type, new URLSearchParams());
    } catch (inner) {
      return loginFlowError(ctx, f, inner);
    }
    next.requestUrl = f.requestUrl;
    addMessage(next.ui, text.loginFlowExpired(f.expiresAt, ctx.now));
    if (f.type === 'api' || ctx.isJSON()) return writeError(ctx, expiredError(ctx, f.expiresAt, next.id));
    return ctx.redirect(uiWithFlow(ctx.env, 'login', next.id));
  }
  resetMessages(f.ui);
  if (!parseError(f.ui, err)) {
    if (f.type === 'api') return writeError(ctx, err);
    return forwardError(ctx, err);
  }
  sortLoginNodes(f);
  touch(ctx, f);
  if (f.type === 'browser' && !ctx.isJSON()) return ctx.redirect(uiWithFlow(ctx.env, 'login', f.id));
  const status = err instanceof OryError ? err.status : 400;
  return ctx.json(status, flowJson(ctx, f));
}

class ExpiredLogin extends Error {}

/** POST /self-service/login?flow= */
export async function submitLogin(ctx: RequestContext): Promise<EmulatorResponse> {
  let id: string;
  try {
    id = flowIdParam(ctx);
  } catch (e) {
    return loginFlowError(ctx, undefined, e);
  }
  const f = ctx.env.state.kratos.login.get(id);
  if (!f) return loginFlowError(ctx, undefined, notFound());
  let active: ActiveSession | undefined = trySession(ctx);
  if (active) {
    const upgrading = f.requestedAal === 'aal2' && sessionAal(active.session) !== 'aal2';
    if (!f.refresh && !upgrading) {
      if (ctx.isJSON() || f.type === 'api') return loginFlowError(ctx, f, new AlreadyLoggedIn(active));
      return ctx.redirect(uiUrl(ctx.env, 'defaultReturn'));
    }
  } else if (f.requestedAal !== 'aal1') {
    return loginFlowError(ctx, f, sessionRequiredForHigherAal());
  }
  if (isExpired(ctx, f)) return loginFlowError(ctx, f, new ExpiredLogin());
  let body: JsonObject;
  try {
    body = ctx.body().data;
  } catch (e) {
    return loginFlowError(ctx, f, e instanceof BodyParseError ? oryError(400, { reason: e.reason }) : e);
  }
  for (const s of loginStrategies(ctx.env)) {
    let result;
    try {
      result = s.login(ctx, f, body, active);
    } catch (e) {
      return loginFlowError(ctx, f, e);
    }
    if (result === NOT_RESPONSIBLE) continue;
    if (result instanceof Completed) return result.response;
    if (active && active.identity.id !== result.identity.id) active = undefined;
    try {
      return await postLogin(ctx, f, result, active?.session);
    } catch (e) {
      return loginFlowError(ctx, f, e);
    }
  }
  return loginFlowError(ctx, f, validationError('', text.loginNoStrategy()));
}
