import type { RequestContext } from '../context.ts';
import type { EmulatorResponse } from '../types.ts';
import { OAuth2Error } from '../errors.ts';
import { withQuery } from '../http/url.ts';
import { oauth2 } from './errors.ts';
import { consentCsrfCookie, errorPage, loginCsrfCookie, newChallenge, redirectError, SESSION_COOKIE, setHydraCookie } from './common.ts';
import { newConsentRequest } from './requests.ts';
import { issueCode } from './tokens.ts';
import type { AuthorizeParams, ClientRecord, LoginRequestRecord } from './state.ts';
import { DEFAULT_SCOPE } from './clients.ts';

function clientList(c: ClientRecord, key: string, fallback: string[]): string[] {
  const v = c.fields[key];
  return Array.isArray(v) && v.length ? v.map(String) : fallback;
}

/** fosite's authorize request checks; errors it can not send to the client go to the error page. */
function parse(ctx: RequestContext): { params: AuthorizeParams; client: ClientRecord } | EmulatorResponse {
  const q = Object.fromEntries(ctx.query);
  const client = ctx.env.state.hydra.clients.get(q['client_id'] ?? '');
  if (!client) return errorPage(ctx, oauth2.invalidClient('The requested OAuth 2.0 Client does not exist.'));
  const redirects = clientList(client, 'redirect_uris', []);
  let redirectUri = q['redirect_uri'] ?? '';
  if (!redirectUri && redirects.length === 1) redirectUri = redirects[0]!;
  if (!redirects.includes(redirectUri)) {
    return errorPage(ctx, oauth2.invalidRequest("The 'redirect_uri' parameter does not match any of the OAuth 2.0 Client's pre-registered redirect urls."));
  }
  const state = q['state'] ?? '';
  const responseType = (q['response_type'] ?? '').split(' ').filter(Boolean).sort().join(' ');
  const allowedTypes = clientList(client, 'response_types', ['code']).map((t) => t.split(' ').sort().join(' '));
  if (responseType !== 'code' || !allowedTypes.includes(responseType)) {
    return redirectError(ctx, redirectUri, oauth2.unsupportedResponseType(), state);
  }
  if (state.length < 8) {
    return redirectError(
      ctx,
      redirectUri,
      new OAuth2Error(400, 'invalid_state', 'The state is missing or does not have enough characters and is therefore considered too weak.', 'Request parameter \'state\' must be at least be 8 characters long to ensure sufficient entropy.'),
      state,
    );
  }
  const scope = (q['scope'] ?? '').split(' ').filter(Boolean);
  const clientScope = String(client.fields['scope'] ?? DEFAULT_SCOPE).split(' ');
  const missing = scope.find((s) => !clientScope.includes(s));
  if (missing) return redirectError(ctx, redirectUri, oauth2.invalidScope(`The OAuth 2.0 Client is not allowed to request scope '${missing}'.`), state);
  const audience = (q['audience'] ?? '').split(' ').filter(Boolean);
  const clientAudience = clientList(client, 'audience', []);
  const badAudience = audience.find((a) => !clientAudience.includes(a));
  if (badAudience) return redirectError(ctx, redirectUri, new OAuth2Error(400, 'invalid_request', 'Requested audience has not been whitelisted by the OAuth 2.0 Client.', `Requested audience '${badAudience}' has not been whitelisted by the OAuth 2.0 Client.`), state);
  const method = q['code_challenge_method'] ?? (q['code_challenge'] ? 'plain' : '');
  if (method && method !== 'S256' && method !== 'plain') {
    return redirectError(ctx, redirectUri, oauth2.invalidRequest('The code_challenge_method is not supported, use S256 instead.'), state);
  }
  const params: AuthorizeParams = {
    clientId: client.id,
    redirectUri,
    responseType,
    scope,
    state,
    nonce: q['nonce'] ?? '',
    audience,
    codeChallenge: q['code_challenge'] ?? '',
    codeChallengeMethod: method,
    prompt: q['prompt'] ?? '',
    query: q,
    requestUrl: ctx.requestUrl.replace(/\?.*$/, '') + (ctx.rawQuery ? `?${ctx.rawQuery}` : ''),
  };
  return { params, client };
}

function rememberedSession(ctx: RequestContext) {
  const id = ctx.cookies.get(SESSION_COOKIE);
  const s = id ? ctx.env.state.hydra.loginSessions.get(id) : undefined;
  return s && s.remember && s.expiresAt > ctx.now ? s : undefined;
}

function startLogin(ctx: RequestContext, params: AuthorizeParams): EmulatorResponse {
  const session = params.prompt.split(' ').includes('login') ? undefined : rememberedSession(ctx);
  if (!session && params.prompt.split(' ').includes('none')) {
    return redirectError(ctx, params.redirectUri, new OAuth2Error(400, 'login_required', 'The Authorization Server requires End-User authentication.', 'Prompt \'none\' was requested, but no existing login session was found.'), params.state);
  }
  const r: LoginRequestRecord = {
    challenge: newChallenge(),
    verifier: newChallenge(),
    csrf: newChallenge(),
    params,
    skip: Boolean(session),
    subject: session?.subject ?? '',
    sessionId: session?.id ?? ctx.env.newId(),
    requestedAt: ctx.now,
  };
  ctx.env.state.hydra.loginRequests.set(r.challenge, r);
  setHydraCookie(ctx, loginCsrfCookie(ctx), r.csrf, 1800);
  return ctx.redirect(withQuery(ctx.env.options.ui.oauth2Login, { login_challenge: r.challenge }), 302);
}

function afterLogin(ctx: RequestContext, verifier: string): EmulatorResponse {
  const hydra = ctx.env.state.hydra;
  const r = [...hydra.loginRequests.values()].find((x) => x.verifier === verifier);
  if (!r?.handled || r.handled.used) {
    return errorPage(ctx, oauth2.accessDenied('The login verifier has already been used, has not been granted, or is invalid.'));
  }
  if (ctx.cookies.get(loginCsrfCookie(ctx)) !== r.csrf) {
    return errorPage(ctx, oauth2.requestForbidden('The login request was initiated by another browser (the CSRF cookie is missing or does not match).'));
  }
  r.handled.used = true;
  if (r.handled.kind === 'reject') {
    const e = r.handled.error ?? {};
    return redirectError(ctx, r.params.redirectUri, new OAuth2Error(Number(e['status_code'] ?? 400), String(e['error']), String(e['error_description'] ?? '')), r.params.state);
  }
  if (r.handled.remember) {
    const lifespan = r.handled.rememberFor ? r.handled.rememberFor * 1000 : 24 * 3600_000;
    hydra.loginSessions.set(r.sessionId, { id: r.sessionId, subject: r.handled.subject ?? '', remember: true, authenticatedAt: r.handled.authenticatedAt, expiresAt: ctx.now + lifespan });
    setHydraCookie(ctx, SESSION_COOKIE, r.sessionId, r.handled.rememberFor || undefined);
  }
  const consent = newConsentRequest(ctx, r);
  setHydraCookie(ctx, consentCsrfCookie(ctx), consent.csrf, 1800);
  return ctx.redirect(withQuery(ctx.env.options.ui.oauth2Consent, { consent_challenge: consent.challenge }), 302);
}

async function afterConsent(ctx: RequestContext, verifier: string): Promise<EmulatorResponse> {
  const hydra = ctx.env.state.hydra;
  const r = [...hydra.consentRequests.values()].find((x) => x.verifier === verifier);
  if (!r?.handled || r.handled.used) {
    return errorPage(ctx, oauth2.accessDenied('The consent verifier has already been used, has not been granted, or is invalid.'));
  }
  if (ctx.cookies.get(consentCsrfCookie(ctx)) !== r.csrf) {
    return errorPage(ctx, oauth2.requestForbidden('The consent request was initiated by another browser (the CSRF cookie is missing or does not match).'));
  }
  r.handled.used = true;
  const p = r.login.params;
  if (r.handled.kind === 'reject') {
    const e = r.handled.error ?? {};
    return redirectError(ctx, p.redirectUri, new OAuth2Error(Number(e['status_code'] ?? 400), String(e['error']), String(e['error_description'] ?? '')), p.state);
  }
  if (r.handled.remember) hydra.consents.push(r);
  const code = await issueCode(ctx, r);
  ctx.res.header('cache-control', 'no-store');
  ctx.res.header('pragma', 'no-cache');
  const scope = (r.handled.grantScope ?? []).join(' ');
  ctx.res.header('location', withQuery(p.redirectUri, { code, scope, state: p.state }));
  return ctx.res.empty(303);
}

/** GET /oauth2/auth */
export async function authorize(ctx: RequestContext): Promise<EmulatorResponse> {
  const loginVerifier = ctx.query.get('login_verifier');
  if (loginVerifier) return afterLogin(ctx, loginVerifier);
  const consentVerifier = ctx.query.get('consent_verifier');
  if (consentVerifier) return afterConsent(ctx, consentVerifier);
  const parsed = parse(ctx);
  if ('status' in parsed) return parsed;
  return startLogin(ctx, parsed.params);
}
