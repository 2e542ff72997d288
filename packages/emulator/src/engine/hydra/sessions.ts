import type { RequestContext } from '../context.ts';
import type { EmulatorResponse } from '../types.ts';
import { withQuery } from '../http/url.ts';
import { oauth2 } from './errors.ts';
import { formBody, newChallenge, SESSION_COOKIE, setHydraCookie } from './common.ts';
import { serializePreviousConsent } from './requests.ts';
import type { LogoutRequestRecord } from './state.ts';
import { fromBase64, fromUtf8 } from '../util/encoding.ts';

function subjectParam(ctx: RequestContext): string {
  const s = ctx.query.get('subject');
  if (!s) throw oauth2.invalidRequest("Parameter 'subject' is not defined but should have been.");
  return s;
}

/** GET /admin/oauth2/auth/sessions/consent?subject= */
export function listConsentSessions(ctx: RequestContext): EmulatorResponse {
  const subject = subjectParam(ctx);
  const sid = ctx.query.get('login_session_id');
  const list = ctx.env.state.hydra.consents.filter((c) => c.subject === subject && (!sid || c.login.sessionId === sid));
  ctx.res.header('x-total-count', String(list.length));
  return ctx.json(200, list.map((c) => serializePreviousConsent(ctx, c)));
}

/** DELETE /admin/oauth2/auth/sessions/consent?subject=&client=|all=true */
export function revokeConsentSessions(ctx: RequestContext): EmulatorResponse {
  const subject = subjectParam(ctx);
  const client = ctx.query.get('client');
  const all = ctx.query.get('all') === 'true';
  if (!client && !all) throw oauth2.invalidRequest("Parameter 'client' or 'all' must be defined.");
  const hydra = ctx.env.state.hydra;
  const revoked = hydra.consents.filter((c) => c.subject === subject && (all || c.login.params.clientId === client));
  hydra.consents = hydra.consents.filter((c) => !revoked.includes(c));
  for (const t of hydra.tokens.values()) if (revoked.some((c) => c.challenge === t.grant.consentChallenge)) t.active = false;
  return ctx.empty(204);
}

/** DELETE /admin/oauth2/auth/sessions/login?subject= (or sid=) */
export function revokeLoginSessions(ctx: RequestContext): EmulatorResponse {
  const subject = ctx.query.get('subject');
  const sid = ctx.query.get('sid');
  if (!subject && !sid) throw oauth2.invalidRequest("Either 'subject' or 'sid' query parameters need to be defined.");
  const sessions = ctx.env.state.hydra.loginSessions;
  for (const [id, s] of sessions) if ((subject && s.subject === subject) || (sid && id === sid)) sessions.delete(id);
  return ctx.empty(204);
}

function idTokenHintSubject(hint: string): { sub?: string; aud?: string } {
  const payload = hint.split('.')[1];
  const bytes = payload ? fromBase64(payload) : undefined;
  if (!bytes) return {};
  try {
    const claims = JSON.parse(fromUtf8(bytes)) as { sub?: string; aud?: string | string[] };
    return { ...(claims.sub ? { sub: claims.sub } : {}), ...(claims.aud ? { aud: Array.isArray(claims.aud) ? claims.aud[0]! : claims.aud } : {}) };
  } catch {
    return {};
  }
}

/** GET|POST /oauth2/sessions/logout: OpenID Connect RP- or OP-initiated logout. */
export function logout(ctx: RequestContext): EmulatorResponse {
  const hydra = ctx.env.state.hydra;
  const params: Record<string, string> = { ...Object.fromEntries(ctx.query), ...(ctx.method === 'POST' ? formBody(ctx) : {}) };
  const verifier = params['logout_verifier'];
  if (verifier) {
    const r = [...hydra.logoutRequests.values()].find((x) => x.verifier === verifier);
    if (!r || !r.accepted || r.used) throw oauth2.invalidRequest('The logout verifier has already been used, has not been granted, or is invalid.');
    r.used = true;
    hydra.loginSessions.delete(r.sid);
    setHydraCookie(ctx, SESSION_COOKIE, '', -1);
    return ctx.redirect(r.postLogoutRedirect, 302);
  }
  const sessionId = ctx.cookies.get(SESSION_COOKIE);
  const session = sessionId ? hydra.loginSessions.get(sessionId) : undefined;
  const hint = params['id_token_hint'] ? idTokenHintSubject(params['id_token_hint']) : {};
  const client = hint.aud ? hydra.clients.get(hint.aud) : undefined;
  let postLogout = ctx.env.options.ui.postLogoutRedirect;
  const requested = params['post_logout_redirect_uri'];
  if (requested) {
    const allowed = client?.fields['post_logout_redirect_uris'];
    if (!client || !Array.isArray(allowed) || !allowed.includes(requested)) {
      throw oauth2.invalidRequest("Logout failed because query parameter post_logout_redirect_uri is not a whitelisted as a post_logout_redirect_uri for the client.");
    }
    postLogout = params['state'] ? withQuery(requested, { state: params['state'] }) : requested;
  }
  if (!session) return ctx.redirect(postLogout, 302);
  const r: LogoutRequestRecord = {
    challenge: newChallenge(),
    verifier: newChallenge(),
    subject: session.subject,
    sid: session.id,
    ...(client ? { clientId: client.id } : {}),
    requestUrl: ctx.requestUrl,
    rpInitiated: Boolean(params['id_token_hint']),
    postLogoutRedirect: postLogout,
    state: params['state'] ?? '',
    requestedAt: ctx.now,
  };
  hydra.logoutRequests.set(r.challenge, r);
  return ctx.redirect(withQuery(ctx.env.options.ui.oauth2Logout, { logout_challenge: r.challenge }), 302);
}
