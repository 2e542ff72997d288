import type { RequestContext } from '../context.ts';
import type { EmulatorResponse } from '../types.ts';
import type { JsonObject } from '../http/body.ts';
import { OAuth2Error } from '../errors.ts';
import { base64url, buf, utf8 } from '../util/encoding.ts';
import { oauth2 } from './errors.ts';
import { formBody, hydraJsonError } from './common.ts';
import { opaqueToken, signatureOf, DEFAULT_SCOPE } from './clients.ts';
import { atHash, ensureSigningKeys, signJwt } from './keys.ts';
import type { ClientRecord, ConsentRequestRecord, Grant, TokenRecord } from './state.ts';

const ACCESS_LIFESPAN = 3600_000;
const REFRESH_LIFESPAN = 720 * 3600_000;
const CODE_LIFESPAN = 10 * 60_000;

function store(ctx: RequestContext, kind: TokenRecord['kind'], grant: Grant, lifespan: number, extra: Partial<TokenRecord> = {}): string {
  const { token, signature } = opaqueToken(kind === 'authorize_code' ? 'ory_ac' : kind === 'access_token' ? 'ory_at' : 'ory_rt');
  ctx.env.state.hydra.tokens.set(signature, { signature, kind, grant, expiresAt: ctx.now + lifespan, issuedAt: ctx.now, active: true, ...extra });
  return token;
}

/** The authorization code for an accepted consent. */
export async function issueCode(ctx: RequestContext, r: ConsentRequestRecord): Promise<string> {
  const login = r.login;
  const h = r.handled!;
  const grant: Grant = {
    clientId: login.params.clientId,
    subject: r.subject,
    scope: h.grantScope ?? [],
    audience: h.grantAudience ?? [],
    sessionId: login.sessionId,
    authTime: login.handled?.authenticatedAt ?? ctx.now,
    requestedAt: login.requestedAt,
    amr: login.handled?.amr ?? [],
    acr: login.handled?.acr ?? '',
    nonce: login.params.nonce,
    accessClaims: h.session?.access_token ?? {},
    idClaims: h.session?.id_token ?? {},
    consentChallenge: r.challenge,
  };
  return store(ctx, 'authorize_code', grant, CODE_LIFESPAN, {
    redirectUri: login.params.redirectUri,
    ...(login.params.codeChallenge ? { codeChallenge: login.params.codeChallenge, codeChallengeMethod: login.params.codeChallengeMethod } : {}),
  });
}

/** Client authentication at the token endpoint, honouring the client's `token_endpoint_auth_method`. */
export function authenticateClient(ctx: RequestContext, form: Record<string, string>): ClientRecord {
  const auth = ctx.headers['authorization'] ?? '';
  let id: string;
  let secret = '';
  let method = 'none';
  const basic = /^basic\s+(.+)$/i.exec(auth);
  if (basic) {
    const decoded = atob(basic[1]!.trim());
    const i = decoded.indexOf(':');
    id = decodeURIComponent(decoded.slice(0, i));
    secret = decodeURIComponent(decoded.slice(i + 1));
    method = 'client_secret_basic';
  } else if (form['client_secret'] !== undefined) {
    id = form['client_id'] ?? '';
    secret = form['client_secret'];
    method = 'client_secret_post';
  } else {
    id = form['client_id'] ?? '';
  }
  const client = ctx.env.state.hydra.clients.get(id);
  if (!client) throw oauth2.invalidClient('The requested OAuth 2.0 Client does not exist.');
  const expected = String(client.fields['token_endpoint_auth_method'] ?? 'client_secret_basic');
  if (expected !== method) {
    throw oauth2.invalidClient(
      `The OAuth 2.0 Client supports client authentication method '${expected}', but method '${method}' was requested. You must configure the OAuth 2.0 client's 'token_endpoint_auth_method' value to accept '${method}'.`,
    );
  }
  if (expected !== 'none' && secret !== client.secret) throw oauth2.invalidClient('The provided client secret did not match.');
  return client;
}

async function s256(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', buf(utf8(verifier)))));
}

function grantTypes(c: ClientRecord): string[] {
  const v = c.fields['grant_types'];
  return Array.isArray(v) && v.length ? v.map(String) : ['authorization_code'];
}

async function idToken(ctx: RequestContext, grant: Grant, accessToken: string): Promise<string> {
  const key = await ensureSigningKeys(ctx.env);
  const now = Math.floor(ctx.now / 1000);
  const claims: JsonObject = {
    ...(grant.acr ? { acr: grant.acr } : {}),
    ...(grant.amr.length ? { amr: grant.amr } : {}),
    at_hash: await atHash(accessToken),
    aud: [grant.clientId],
    auth_time: Math.floor(grant.authTime / 1000),
    ...grant.idClaims,
    exp: now + 3600,
    iat: now,
    iss: ctx.env.options.urls.hydraPublic,
    jti: ctx.env.newId(),
    ...(grant.nonce ? { nonce: grant.nonce } : {}),
    rat: Math.floor(grant.requestedAt / 1000),
    sid: grant.sessionId,
    sub: grant.subject,
  };
  return signJwt(key, sortKeys(claims));
}

function sortKeys(o: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function respondWithTokens(ctx: RequestContext, grant: Grant, o: { refresh: boolean }): Promise<EmulatorResponse> {
  const access = store(ctx, 'access_token', grant, ACCESS_LIFESPAN);
  const body: JsonObject = { access_token: access, expires_in: 3600 };
  if (grant.scope.includes('openid')) body['id_token'] = await idToken(ctx, grant, access);
  if (o.refresh) body['refresh_token'] = store(ctx, 'refresh_token', grant, REFRESH_LIFESPAN);
  body['scope'] = grant.scope.join(' ');
  body['token_type'] = 'bearer';
  ctx.res.header('cache-control', 'no-store');
  ctx.res.header('pragma', 'no-cache');
  return ctx.res.json(200, body, 'application/json;charset=UTF-8');
}

function wantsRefresh(client: ClientRecord, scope: string[]): boolean {
  return grantTypes(client).includes('refresh_token') && (scope.includes('offline') || scope.includes('offline_access'));
}

function revokeGrant(ctx: RequestContext, consentChallenge: string): void {
  for (const t of ctx.env.state.hydra.tokens.values()) if (t.grant.consentChallenge === consentChallenge) t.active = false;
}

/** POST /oauth2/token */
export async function token(ctx: RequestContext): Promise<EmulatorResponse> {
  try {
    const form = formBody(ctx);
    const client = authenticateClient(ctx, form);
    const type = form['grant_type'] ?? '';
    if (!['authorization_code', 'refresh_token', 'client_credentials'].includes(type)) throw oauth2.unsupportedGrantType();
    if (!grantTypes(client).includes(type)) throw oauth2.unauthorizedClient(`The OAuth 2.0 Client is not allowed to use authorization grant '${type}'.`);
    const tokens = ctx.env.state.hydra.tokens;
    if (type === 'authorization_code') {
      const code = tokens.get(signatureOf(form['code'] ?? ''));
      if (!code || code.kind !== 'authorize_code' || code.expiresAt < ctx.now) throw oauth2.invalidGrant('The authorization code is invalid or expired.');
      if (!code.active) {
        revokeGrant(ctx, code.grant.consentChallenge);
        throw oauth2.invalidGrant('The authorization code has already been used.');
      }
      if (code.grant.clientId !== client.id) throw oauth2.invalidGrant('The OAuth 2.0 Client ID from this request does not match the one from the authorize request.');
      if ((form['redirect_uri'] ?? '') !== code.redirectUri) throw oauth2.invalidGrant("The 'redirect_uri' from this request does not match the one from the authorize request.");
      if (code.codeChallenge) {
        const verifier = form['code_verifier'] ?? '';
        const ok = code.codeChallengeMethod === 'S256' ? (await s256(verifier)) === code.codeChallenge : verifier === code.codeChallenge;
        if (!verifier || !ok) throw oauth2.invalidGrant('The PKCE code challenge did not match the code verifier.');
      }
      code.active = false;
      return respondWithTokens(ctx, code.grant, { refresh: wantsRefresh(client, code.grant.scope) });
    }
    if (type === 'refresh_token') {
      const old = tokens.get(signatureOf(form['refresh_token'] ?? ''));
      if (!old || old.kind !== 'refresh_token' || !old.active || old.expiresAt < ctx.now) throw oauth2.invalidGrant('The refresh token is invalid or expired.');
      if (old.grant.clientId !== client.id) throw oauth2.invalidGrant('The OAuth 2.0 Client ID from this request does not match the ID during the initial token issuance.');
      for (const t of tokens.values()) if (t.grant === old.grant && t.kind !== 'authorize_code') t.active = false;
      const grant = { ...old.grant };
      return respondWithTokens(ctx, grant, { refresh: true });
    }
    const scope = (form['scope'] ?? '').split(' ').filter(Boolean);
    const allowed = String(client.fields['scope'] ?? DEFAULT_SCOPE).split(' ');
    const bad = scope.find((s) => !allowed.includes(s));
    if (bad) throw oauth2.invalidScope(`The OAuth 2.0 Client is not allowed to request scope '${bad}'.`);
    const audience = (form['audience'] ?? '').split(' ').filter(Boolean);
    const grant: Grant = {
      clientId: client.id,
      subject: client.id,
      scope,
      audience,
      sessionId: '',
      authTime: ctx.now,
      requestedAt: ctx.now,
      amr: [],
      acr: '',
      nonce: '',
      accessClaims: {},
      idClaims: {},
      consentChallenge: `client_credentials:${ctx.env.newId()}`,
    };
    const access = store(ctx, 'access_token', grant, ACCESS_LIFESPAN);
    ctx.res.header('cache-control', 'no-store');
    ctx.res.header('pragma', 'no-cache');
    return ctx.res.json(200, { access_token: access, expires_in: 3599, scope: scope.join(' '), token_type: 'bearer' }, 'application/json;charset=UTF-8');
  } catch (e) {
    if (e instanceof OAuth2Error) return hydraJsonError(ctx, e);
    throw e;
  }
}

function activeToken(ctx: RequestContext, raw: string): TokenRecord | undefined {
  const t = ctx.env.state.hydra.tokens.get(signatureOf(raw));
  return t && t.active && t.expiresAt > ctx.now && t.kind !== 'authorize_code' ? t : undefined;
}

/** POST /admin/oauth2/introspect */
export function introspect(ctx: RequestContext): EmulatorResponse {
  const form = formBody(ctx);
  if (!form['token']) throw oauth2.invalidRequest('The POST body can not be empty.');
  const t = activeToken(ctx, form['token']);
  const wanted = (form['scope'] ?? '').split(' ').filter(Boolean);
  if (!t || !wanted.every((s) => t.grant.scope.includes(s))) return ctx.res.json(200, { active: false }, 'application/json;charset=UTF-8');
  const g = t.grant;
  return ctx.res.json(200, {
    active: true,
    scope: g.scope.join(' '),
    client_id: g.clientId,
    sub: g.subject,
    exp: Math.floor(t.expiresAt / 1000),
    iat: Math.floor(t.issuedAt / 1000),
    nbf: Math.floor(t.issuedAt / 1000),
    aud: g.audience,
    iss: ctx.env.options.urls.hydraPublic,
    token_type: t.kind === 'access_token' ? 'Bearer' : 'Refresh',
    token_use: t.kind,
    ...(Object.keys(g.accessClaims).length ? { ext: g.accessClaims } : {}),
  }, 'application/json;charset=UTF-8');
}

/** POST /oauth2/revoke */
export function revoke(ctx: RequestContext): EmulatorResponse {
  try {
    const form = formBody(ctx);
    const client = authenticateClient(ctx, form);
    const t = ctx.env.state.hydra.tokens.get(signatureOf(form['token'] ?? ''));
    if (t && t.grant.clientId === client.id) {
      for (const x of ctx.env.state.hydra.tokens.values()) if (x.grant === t.grant) x.active = false;
    }
    return ctx.empty(200);
  } catch (e) {
    if (e instanceof OAuth2Error) return hydraJsonError(ctx, e);
    throw e;
  }
}

/** GET|POST /userinfo */
export function userinfo(ctx: RequestContext): EmulatorResponse {
  const raw = /^bearer\s+(.+)$/i.exec(ctx.headers['authorization'] ?? '')?.[1]?.trim() ?? '';
  const t = raw ? activeToken(ctx, raw) : undefined;
  if (!t || t.kind !== 'access_token') {
    ctx.res.header('www-authenticate', 'Bearer error="invalid_token",error_description="Token is expired or invalid"');
    return hydraJsonError(ctx, oauth2.requestUnauthorized());
  }
  const g = t.grant;
  return ctx.json(
    200,
    sortKeys({
      ...(g.acr ? { acr: g.acr } : {}),
      ...(g.amr.length ? { amr: g.amr } : {}),
      aud: [g.clientId],
      auth_time: Math.floor(g.authTime / 1000),
      ...g.idClaims,
      iat: Math.floor(t.issuedAt / 1000),
      iss: ctx.env.options.urls.hydraPublic,
      rat: Math.floor(g.requestedAt / 1000),
      sub: g.subject,
    }),
  );
}

/** DELETE /admin/oauth2/tokens?client_id= */
export function deleteClientTokens(ctx: RequestContext): EmulatorResponse {
  const id = ctx.query.get('client_id');
  if (!id) throw oauth2.invalidRequest("Parameter 'client_id' is not defined but should have been.");
  for (const t of ctx.env.state.hydra.tokens.values()) if (t.grant.clientId === id) t.active = false;
  return ctx.empty(204);
}
