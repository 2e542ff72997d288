import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { queryParam, withQuery } from '../../http/url.ts';
import { secureRedirectTo, uiUrl } from './common.ts';
import type { LoginFlow } from './types.ts';
import type { LoginResult } from '../methods/types.ts';
import type { SessionRecord } from '../session/types.ts';
import {
  activate,
  assertAal,
  completedLoginFor,
  issueCookie,
  newSession,
  persistSession,
  serializeSession,
} from '../session/sessions.ts';
import { isAalError } from '../session/errors.ts';
import { acceptHydraLoginForKratos } from '../../hydra/kratos-bridge.ts';
import type { OryError } from '../../errors.ts';

/** ErrAALNotSatisfied.PassReturnToAndLoginChallengeParameters. */
function passParams(err: OryError, requestUrl: string): string {
  const to = String(err.extra['redirect_browser_to'] ?? '');
  const extra: Record<string, string> = {};
  const challenge = queryParam(requestUrl, 'login_challenge');
  const returnTo = queryParam(requestUrl, 'return_to');
  if (challenge) extra['login_challenge'] = challenge;
  if (returnTo) extra['return_to'] = returnTo;
  return Object.keys(extra).length ? withQuery(to, extra) : to;
}

/** login.HookExecutor.PostLoginHook: activate the session, then answer per flow type and Accept. */
export async function postLogin(ctx: RequestContext, f: LoginFlow, r: LoginResult, existing: SessionRecord | undefined): Promise<EmulatorResponse> {
  const { env } = ctx;
  const s = existing ?? newSession(env, ctx);
  completedLoginFor(env, s, r.method, r.aal);
  activate(env, s, r.identity);
  const returnTo = secureRedirectTo(env, { defaultReturnTo: uiUrl(env, 'defaultReturn'), returnTo: f.returnTo ?? '', sourceUrl: f.requestUrl });
  let aalRedirect: string | undefined;
  try {
    assertAal(env, { session: s, identity: r.identity });
  } catch (e) {
    if (!isAalError(e)) throw e;
    aalRedirect = passParams(e, f.requestUrl);
  }
  persistSession(env, s);
  if (f.type === 'api') {
    const session = serializeSession(env, s, aalRedirect ? null : r.identity);
    return ctx.json(200, { session_token: s.token, session });
  }
  issueCookie(ctx, s);
  if (ctx.isJSON()) return ctx.json(200, { session: serializeSession(env, s, aalRedirect ? null : r.identity) });
  if (aalRedirect) return ctx.redirect(aalRedirect);
  let to = returnTo;
  if (f.oauth2LoginChallenge) to = await acceptHydraLoginForKratos(env, f.oauth2LoginChallenge, r.identity.id, s, ctx.prepared);
  return ctx.acceptsJSON() ? ctx.json(200, serializeSession(env, s, r.identity)) : ctx.redirect(to);
}
