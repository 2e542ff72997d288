import type { RequestContext } from '../context.ts';
import type { EmulatorResponse } from '../types.ts';
import { BodyParseError, isObject, type Json, type JsonObject } from '../http/body.ts';
import { serializeCookie } from '../http/cookies.ts';
import { dict, parseJsonSafely } from '../http/keys.ts';
import { encodeQuery, withQuery } from '../http/url.ts';
import { OAuth2Error } from '../errors.ts';
import { randomBytes } from '../util/random.ts';
import { hex } from '../util/encoding.ts';
import { oauth2 } from './errors.ts';

/** Hydra's challenges and verifiers: 32 hex digits. */
export const newChallenge = (): string => hex(randomBytes(16));

export const SESSION_COOKIE = 'ory_hydra_session_dev';

/** A stable numeric suffix for Hydra's CSRF cookie names (Hydra derives one from its config). */
function cookieSuffix(ctx: RequestContext): number {
  let h = 2166136261;
  for (const ch of ctx.env.options.urls.hydraPublic) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

export const loginCsrfCookie = (ctx: RequestContext): string => `ory_hydra_login_csrf_dev_${cookieSuffix(ctx)}`;
export const consentCsrfCookie = (ctx: RequestContext): string => `ory_hydra_consent_csrf_dev_${cookieSuffix(ctx)}`;

export function setHydraCookie(ctx: RequestContext, name: string, value: string, maxAge: number | undefined): void {
  ctx.res.setCookie(
    serializeCookie(name, value, {
      path: '/',
      ...(maxAge !== undefined ? { expires: ctx.now + maxAge * 1000, maxAge } : {}),
      httpOnly: true,
      sameSite: 'Lax',
    }),
  );
}

/** The URL-encoded form body (the OAuth2 endpoints take nothing else). */
export function formBody(ctx: RequestContext): Record<string, string> {
  let b;
  try {
    b = ctx.body();
  } catch (e) {
    throw oauth2.invalidRequest(e instanceof BodyParseError ? e.reason : String(e));
  }
  if (b.kind === 'json') throw oauth2.invalidRequest('The POST body can not be empty.');
  const out = dict<string>();
  for (const [k, v] of Object.entries(b.data)) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  return out;
}

/**
 * A body decoded as Hydra's login and consent handlers do, with Go's `json.Decoder` whatever the content
 * type: an empty or absent body is `EOF`, which they answer with a 400 (`fail` builds that handler's error).
 */
export function decodedBody(ctx: RequestContext, fail: (reason: string) => OAuth2Error): JsonObject {
  const raw = ctx.rawBody ?? '';
  if (raw.trim() === '') throw fail('EOF');
  let parsed: Json;
  try {
    parsed = parseJsonSafely(raw) as Json;
  } catch (e) {
    throw fail((e as Error).message);
  }
  // Go decodes `null` into the zero value; anything but an object does not fit the struct.
  if (parsed === null) return {};
  if (!isObject(parsed)) throw fail(`json: cannot unmarshal ${Array.isArray(parsed) ? 'array' : typeof parsed} into Go value of type object`);
  return parsed;
}

export function jsonBody(ctx: RequestContext): JsonObject {
  try {
    const b = ctx.body();
    return b.kind === 'json' ? b.data : {};
  } catch (e) {
    throw oauth2.invalidRequest(e instanceof BodyParseError ? e.reason : String(e));
  }
}

/** `<redirect_uri>?error=…&error_description=…&state=…` (fosite WriteAuthorizeError). */
export function redirectError(ctx: RequestContext, redirectUri: string, err: OAuth2Error, state: string): EmulatorResponse {
  const body = err.body();
  ctx.res.header('cache-control', 'no-store');
  ctx.res.header('pragma', 'no-cache');
  return ctx.redirect(withQuery(redirectUri, { error: String(body['error']), error_description: String(body['error_description']), ...(state ? { state } : {}) }), 303);
}

/** Hydra's error page: `urls.error?error=…&error_description=…` (used when the redirect URI is not trusted). */
export function errorPage(ctx: RequestContext, err: OAuth2Error): EmulatorResponse {
  const body = err.body();
  return ctx.redirect(`${ctx.env.options.ui.oauth2Error}?${encodeQuery({ error: String(body['error']), error_description: String(body['error_description']) })}`, 302);
}

export function hydraJsonError(ctx: RequestContext, e: OAuth2Error): EmulatorResponse {
  return ctx.jsonError(e.status, e.body());
}
