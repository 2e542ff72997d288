import type { RequestContext } from '../../context.ts';
import type { Env } from '../../env.ts';
import type { JsonObject } from '../../http/body.ts';
import { oryError } from '../../errors.ts';
import { serializeCookie } from '../../http/cookies.ts';
import { appendPath, withQuery } from '../../http/url.ts';
import { rfc3339 } from '../../util/clock.ts';
import { alphabets, randomString } from '../../util/random.ts';
import { availableAal } from '../identity/identities.ts';
import { serializeIdentity } from '../identity/serialize.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { aalNotSatisfied, noActiveSession } from './errors.ts';
import type { Aal, AuthMethod, SessionRecord } from './types.ts';

export const SESSION_COOKIE = 'ory_kratos_session';

/** session.NewInactiveSession + CompletedLoginFor. */
export function newSession(env: Env, ctx: RequestContext | undefined): SessionRecord {
  const h = ctx?.headers ?? {};
  const ip = h['true-client-ip'] || h['x-real-ip'] || (h['x-forwarded-for'] ?? '').split(',')[0]?.trim() || (ctx?.remoteAddress ?? '127.0.0.1:0');
  const location = [h['cf-ipcity'], h['cf-ipcountry']].filter(Boolean).join(', ');
  return {
    id: env.newId(),
    token: randomString(32, alphabets.alphaNum),
    logoutToken: randomString(32, alphabets.alphaNum),
    identityId: '',
    active: false,
    expiresAt: 0,
    authenticatedAt: 0,
    issuedAt: 0,
    amr: [],
    devices: [{ id: env.newId(), ipAddress: ip, userAgent: h['user-agent'] ?? null, location }],
  };
}

export function completedLoginFor(env: Env, s: SessionRecord, method: AuthMethod, aal: 'aal1' | 'aal2'): void {
  s.amr.push({ method, aal, completedAt: env.now() });
}

/** session.Activate: binds the identity and starts the lifespan. */
export function activate(env: Env, s: SessionRecord, identity: IdentityRecord, at = env.now()): void {
  if (identity.state !== 'active') {
    throw oryError(401, { reason: 'This account was disabled.', message: 'identity is disabled', details: { identity_id: identity.id } });
  }
  s.active = true;
  s.expiresAt = at + env.options.sessionLifespan;
  s.authenticatedAt = at;
  s.issuedAt = at;
  s.identityId = identity.id;
}

/** Session.SetAuthenticatorAssuranceLevel. */
export function sessionAal(s: SessionRecord): Aal {
  if (!s.amr.length) return 'aal0';
  const aal1 = s.amr.some((m) => m.aal === 'aal1');
  const aal2 = s.amr.some((m) => m.aal === 'aal2');
  if (aal1 && aal2) return 'aal2';
  return 'aal1';
}

export function isActive(env: Env, s: SessionRecord): boolean {
  const identity = env.state.kratos.identities.get(s.identityId);
  return s.active && s.expiresAt > env.now() && (!identity || identity.state === 'active');
}

function bearer(ctx: RequestContext): string {
  const a = ctx.headers['authorization'] ?? '';
  const m = /^bearer\s+(.+)$/i.exec(a);
  return m?.[1]?.trim() ?? '';
}

function tokenFromRequest(ctx: RequestContext): string {
  const header = ctx.headers['x-session-token'];
  if (header) return header;
  const cookie = ctx.headers['x-session-cookie'] || ctx.cookies.get(SESSION_COOKIE);
  if (cookie) {
    const id = ctx.env.state.kratos.sessionCookies.get(cookie);
    const s = id ? ctx.env.state.kratos.sessions.get(id) : undefined;
    if (s) return s.token;
  }
  return bearer(ctx);
}

export interface ActiveSession {
  session: SessionRecord;
  identity: IdentityRecord;
}

/** ManagerHTTP.FetchFromRequest: the session of the cookie, `X-Session-Token` or bearer token. */
export function fetchFromRequest(ctx: RequestContext): ActiveSession {
  const token = tokenFromRequest(ctx);
  if (!token) throw noActiveSession();
  const { sessions, identities } = ctx.env.state.kratos;
  for (const s of sessions.values()) {
    if (s.token !== token) continue;
    const identity = identities.get(s.identityId);
    if (!identity || !isActive(ctx.env, s)) break;
    return { session: s, identity };
  }
  throw noActiveSession();
}

/** Like fetchFromRequest, but undefined instead of an error. */
export function trySession(ctx: RequestContext): ActiveSession | undefined {
  try {
    return fetchFromRequest(ctx);
  } catch {
    return undefined;
  }
}

export function persistSession(env: Env, s: SessionRecord): void {
  env.state.kratos.sessions.set(s.id, s);
}

/** ManagerHTTP.IssueCookie: a fresh `ory_kratos_session` cookie; CSRF rotates on a new identity. */
export function issueCookie(ctx: RequestContext, s: SessionRecord): void {
  const old = trySession(ctx);
  if (!old || old.identity.id !== s.identityId) ctx.csrf.regenerate();
  const value = 'MTY' + randomString(200, alphabets.alphaNum + '-_');
  ctx.env.state.kratos.sessionCookies.set(value, s.id);
  const maxAge = Math.floor((s.expiresAt - ctx.now - 1) / 1000);
  ctx.res.setCookie(
    serializeCookie(SESSION_COOKIE, value, { path: '/', expires: s.expiresAt, maxAge, httpOnly: true, sameSite: 'Lax' }),
  );
}

/** Deletes the session cookie (PurgeFromRequest's cookie.Options.MaxAge = -1). */
export function clearCookie(ctx: RequestContext): void {
  ctx.res.setCookie(serializeCookie(SESSION_COOKIE, '', { path: '/', expires: 0, maxAge: -1, httpOnly: true, sameSite: 'Lax' }));
}

/** ManagerHTTP.DoesSessionSatisfy for `aal1` and `highest_available`. */
export function assertAal(env: Env, a: ActiveSession, required: 'aal1' | 'highest_available' = env.options.requiredAal): void {
  const have = sessionAal(a.session);
  if (required === 'aal1') {
    if (have !== 'aal0') return;
  } else if (rank(have) >= rank(availableAal(a.identity))) {
    return;
  }
  throw aalNotSatisfied(withQuery(appendPath(env.options.urls.kratosPublic, '/self-service/login/browser'), { aal: 'aal2' }));
}

const rank = (a: Aal): number => (a === 'aal2' ? 2 : a === 'aal1' ? 1 : 0);

/** A session as Kratos marshals it; the identity without credentials or admin metadata. */
export function serializeSession(env: Env, s: SessionRecord, identity: IdentityRecord | null = env.state.kratos.identities.get(s.identityId) ?? null): JsonObject {
  return {
    id: s.id,
    active: isActive(env, s),
    expires_at: rfc3339(s.expiresAt),
    authenticated_at: rfc3339(s.authenticatedAt),
    authenticator_assurance_level: sessionAal(s),
    authentication_methods: s.amr.map((m) => ({ method: m.method, aal: m.aal, completed_at: rfc3339(m.completedAt) })),
    issued_at: rfc3339(s.issuedAt),
    identity: identity ? serializeIdentity(identity, env.options.urls.kratosPublic) : null,
    devices: s.devices.map((d) => ({ id: d.id, ip_address: d.ipAddress, user_agent: d.userAgent, location: d.location })),
  };
}

/** Revokes (deactivates) a session; Kratos keeps the row. */
export function revokeSession(s: SessionRecord): void {
  s.active = false;
}
