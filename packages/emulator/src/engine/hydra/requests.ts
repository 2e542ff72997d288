import type { RequestContext } from '../context.ts';
import type { EmulatorResponse } from '../types.ts';
import { isObject, type Json, type JsonObject } from '../http/body.ts';
import { rfc3339 } from '../util/clock.ts';
import { encodeQuery } from '../http/url.ts';
import { oauth2 } from './errors.ts';
import { serializeClient } from './clients.ts';
import { decodedBody, newChallenge } from './common.ts';
import type { ConsentRequestRecord, LoginRequestRecord, LogoutRequestRecord } from './state.ts';
import { OAuth2Error } from '../errors.ts';

function required(ctx: RequestContext, name: string): string {
  const v = ctx.query.get(name);
  if (!v) throw oauth2.invalidRequest(`Parameter '${name}' is not defined but should have been.`);
  return v;
}

function clientJson(ctx: RequestContext, id: string): JsonObject {
  const c = ctx.env.state.hydra.clients.get(id);
  return c ? serializeClient(c) : {};
}

function oidcContext(r: LoginRequestRecord): JsonObject {
  const q = r.params.query;
  const out: JsonObject = {};
  if (q['acr_values']) out['acr_values'] = q['acr_values'].split(' ');
  if (q['display']) out['display'] = q['display'];
  if (q['id_token_hint']) out['id_token_hint_claims'] = {};
  if (q['login_hint']) out['login_hint'] = q['login_hint'];
  if (q['ui_locales']) out['ui_locales'] = q['ui_locales'].split(' ');
  return out;
}

/** The `redirect_to` back into the authorize endpoint, with a verifier. */
export function authorizeRedirect(ctx: RequestContext, r: LoginRequestRecord, verifier: Record<string, string>): string {
  const q: Record<string, string> = { ...r.params.query };
  delete q['login_verifier'];
  delete q['consent_verifier'];
  return `${ctx.env.options.urls.hydraPublic}/oauth2/auth?${encodeQuery({ ...q, ...verifier })}`;
}

export function serializeLoginRequest(ctx: RequestContext, r: LoginRequestRecord): JsonObject {
  return {
    challenge: r.challenge,
    requested_scope: r.params.scope,
    requested_access_token_audience: r.params.audience,
    skip: r.skip,
    subject: r.subject,
    oidc_context: oidcContext(r),
    client: clientJson(ctx, r.params.clientId),
    request_url: r.params.requestUrl,
    session_id: r.sessionId,
  };
}

function serializeConsentRequest(ctx: RequestContext, r: ConsentRequestRecord): JsonObject {
  const login = r.login;
  return {
    challenge: r.challenge,
    requested_scope: login.params.scope,
    requested_access_token_audience: login.params.audience,
    skip: r.skip,
    subject: r.subject,
    oidc_context: oidcContext(login),
    client: clientJson(ctx, login.params.clientId),
    request_url: login.params.requestUrl,
    login_challenge: login.challenge,
    login_session_id: login.sessionId,
    acr: login.handled?.acr ?? '',
    amr: login.handled?.amr ?? [],
    context: login.handled?.context ?? null,
  };
}

function strings(v: Json | undefined): string[] | undefined {
  return Array.isArray(v) ? v.map((x) => String(x)) : undefined;
}

function rejection(body: JsonObject): JsonObject {
  return {
    error: typeof body['error'] === 'string' ? body['error'] : 'request_denied',
    error_description: typeof body['error_description'] === 'string' ? body['error_description'] : 'The resource owner denied the request',
    ...(typeof body['error_hint'] === 'string' ? { error_hint: body['error_hint'] } : {}),
    status_code: typeof body['status_code'] === 'number' ? body['status_code'] : 400,
  };
}

// Hydra decodes the body right after reading the challenge, before it looks the request up. The login
// handlers wrap the decoder's error in invalid_request; the consent handlers write it as it is (status 400).
function loginBody(ctx: RequestContext): JsonObject {
  required(ctx, 'login_challenge');
  return decodedBody(ctx, (reason) => oauth2.invalidRequest(`Unable to decode body because: ${reason}`));
}

function consentBody(ctx: RequestContext): JsonObject {
  required(ctx, 'consent_challenge');
  return decodedBody(ctx, () => oauth2.unrecognizable(400));
}

function loginRequest(ctx: RequestContext): LoginRequestRecord {
  const r = ctx.env.state.hydra.loginRequests.get(required(ctx, 'login_challenge'));
  if (!r) throw oauth2.notFound();
  return r;
}

function consentRequest(ctx: RequestContext): ConsentRequestRecord {
  const r = ctx.env.state.hydra.consentRequests.get(required(ctx, 'consent_challenge'));
  if (!r) throw oauth2.notFound();
  return r;
}

function logoutRequest(ctx: RequestContext): LogoutRequestRecord {
  const r = ctx.env.state.hydra.logoutRequests.get(required(ctx, 'logout_challenge'));
  if (!r) throw oauth2.notFound();
  return r;
}

function acceptLogin(ctx: RequestContext, r: LoginRequestRecord, body: JsonObject): string {
  if (r.handled?.used) throw oauth2.invalidRequest('The login request was already used.');
  const subject = typeof body['subject'] === 'string' ? body['subject'] : '';
  if (!subject) throw oauth2.invalidRequest("Field 'subject' must not be empty.");
  if (r.skip && subject !== r.subject) throw oauth2.invalidRequest("Field 'subject' does not match subject from previous authentication.");
  r.handled = {
    kind: 'accept',
    subject,
    remember: r.skip ? true : body['remember'] === true,
    rememberFor: typeof body['remember_for'] === 'number' ? body['remember_for'] : 0,
    acr: typeof body['acr'] === 'string' ? body['acr'] : '',
    amr: strings(body['amr']) ?? [],
    context: isObject(body['context']) ? body['context'] : null,
    used: false,
    authenticatedAt: ctx.now,
  };
  return authorizeRedirect(ctx, r, { login_verifier: r.verifier });
}

export const requestHandlers = {
  getLogin(ctx: RequestContext): EmulatorResponse {
    const r = loginRequest(ctx);
    if (r.handled) return ctx.json(410, { redirect_to: authorizeRedirect(ctx, r, { login_verifier: r.verifier }) });
    return ctx.json(200, serializeLoginRequest(ctx, r));
  },
  acceptLogin(ctx: RequestContext): EmulatorResponse {
    const body = loginBody(ctx);
    return ctx.json(200, { redirect_to: acceptLogin(ctx, loginRequest(ctx), body) });
  },
  rejectLogin(ctx: RequestContext): EmulatorResponse {
    const body = loginBody(ctx);
    const r = loginRequest(ctx);
    r.handled = { kind: 'reject', error: rejection(body), used: false, authenticatedAt: ctx.now };
    return ctx.json(200, { redirect_to: authorizeRedirect(ctx, r, { login_verifier: r.verifier }) });
  },
  getConsent(ctx: RequestContext): EmulatorResponse {
    const r = consentRequest(ctx);
    if (r.handled) return ctx.json(410, { redirect_to: authorizeRedirect(ctx, r.login, { consent_verifier: r.verifier }) });
    return ctx.json(200, serializeConsentRequest(ctx, r));
  },
  acceptConsent(ctx: RequestContext): EmulatorResponse {
    const body = consentBody(ctx);
    const r = consentRequest(ctx);
    if (r.handled?.used) throw oauth2.invalidRequest('The consent request was already used.');
    const session = isObject(body['session']) ? body['session'] : {};
    r.handled = {
      kind: 'accept',
      grantScope: strings(body['grant_scope']) ?? [],
      grantAudience: strings(body['grant_access_token_audience']) ?? [],
      remember: body['remember'] === true,
      rememberFor: typeof body['remember_for'] === 'number' ? body['remember_for'] : 0,
      session: {
        access_token: isObject(session['access_token']) ? session['access_token'] : {},
        id_token: isObject(session['id_token']) ? session['id_token'] : {},
      },
      handledAt: ctx.now,
      used: false,
    };
    return ctx.json(200, { redirect_to: authorizeRedirect(ctx, r.login, { consent_verifier: r.verifier }) });
  },
  rejectConsent(ctx: RequestContext): EmulatorResponse {
    const body = consentBody(ctx);
    const r = consentRequest(ctx);
    r.handled = { kind: 'reject', error: rejection(body), handledAt: ctx.now, used: false };
    return ctx.json(200, { redirect_to: authorizeRedirect(ctx, r.login, { consent_verifier: r.verifier }) });
  },
  getLogout(ctx: RequestContext): EmulatorResponse {
    const r = logoutRequest(ctx);
    if (r.accepted !== undefined) throw new OAuth2Error(410, 'Gone', 'The logout request was already handled.');
    return ctx.json(200, {
      challenge: r.challenge,
      subject: r.subject,
      sid: r.sid,
      request_url: r.requestUrl,
      rp_initiated: r.rpInitiated,
      ...(r.clientId ? { client: clientJson(ctx, r.clientId) } : {}),
    });
  },
  acceptLogout(ctx: RequestContext): EmulatorResponse {
    const r = logoutRequest(ctx);
    r.accepted = true;
    return ctx.json(200, { redirect_to: `${ctx.env.options.urls.hydraPublic}/oauth2/sessions/logout?logout_verifier=${r.verifier}` });
  },
  rejectLogout(ctx: RequestContext): EmulatorResponse {
    const r = logoutRequest(ctx);
    r.accepted = false;
    ctx.env.state.hydra.logoutRequests.delete(r.challenge);
    return ctx.empty(204);
  },
};

/** A new consent request after a login (skipped when a remembered consent covers the scopes). */
export function newConsentRequest(ctx: RequestContext, login: LoginRequestRecord): ConsentRequestRecord {
  const subject = login.handled?.subject ?? login.subject;
  const client = ctx.env.state.hydra.clients.get(login.params.clientId);
  const remembered = ctx.env.state.hydra.consents.find(
    (c) =>
      c.subject === subject &&
      c.login.params.clientId === login.params.clientId &&
      login.params.scope.every((s) => c.handled?.grantScope?.includes(s)) &&
      (!c.handled?.rememberFor || c.handled.handledAt + c.handled.rememberFor * 1000 > ctx.now),
  );
  const skip = login.params.prompt.split(' ').includes('consent') ? false : Boolean(remembered) || client?.fields['skip_consent'] === true;
  const r: ConsentRequestRecord = { challenge: newChallenge(), verifier: newChallenge(), csrf: newChallenge(), login, skip, subject, requestedAt: ctx.now };
  ctx.env.state.hydra.consentRequests.set(r.challenge, r);
  return r;
}

export function serializePreviousConsent(ctx: RequestContext, c: ConsentRequestRecord): JsonObject {
  const h = c.handled!;
  return {
    consent_request: serializeConsentRequest(ctx, c),
    ...(h.rememberFor ? { expires_at: { access_token: rfc3339(h.handledAt + h.rememberFor * 1000) } } : {}),
    grant_access_token_audience: h.grantAudience ?? [],
    grant_scope: h.grantScope ?? [],
    handled_at: rfc3339(h.handledAt),
    remember: h.remember ?? false,
    remember_for: h.rememberFor ?? 0,
    session: h.session ?? { access_token: {}, id_token: {} },
  };
}

export { acceptLogin as acceptLoginRequest };
