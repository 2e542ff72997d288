import type { RequestContext } from '../context.ts';
import type { EmulatorResponse } from '../types.ts';
import { BodyParseError, isObject, type Json, type JsonObject } from '../http/body.ts';
import { OAuth2Error } from '../errors.ts';
import { rfc3339 } from '../util/clock.ts';
import { base64url } from '../util/encoding.ts';
import { alphabets, randomBytes, randomString } from '../util/random.ts';
import { applyJsonPatch } from '../http/json-patch.ts';
import { dict, parseJsonSafely } from '../http/keys.ts';
import { oauth2 } from './errors.ts';
import type { ClientRecord } from './state.ts';

const LIFESPANS = [
  'authorization_code_grant_access_token_lifespan',
  'authorization_code_grant_id_token_lifespan',
  'authorization_code_grant_refresh_token_lifespan',
  'client_credentials_grant_access_token_lifespan',
  'implicit_grant_access_token_lifespan',
  'implicit_grant_id_token_lifespan',
  'jwt_bearer_grant_access_token_lifespan',
  'refresh_token_grant_id_token_lifespan',
  'refresh_token_grant_access_token_lifespan',
  'refresh_token_grant_refresh_token_lifespan',
];

/** Fields Hydra's client marshals only when set. */
const OPTIONAL = [
  'jwks_uri',
  'sector_identifier_uri',
  'request_uris',
  'request_object_signing_alg',
  'token_endpoint_auth_signing_alg',
  'frontchannel_logout_uri',
  'frontchannel_logout_session_required',
  'post_logout_redirect_uris',
  'backchannel_logout_uri',
  'backchannel_logout_session_required',
  'access_token_strategy',
];

const LISTS = ['redirect_uris', 'grant_types', 'response_types', 'audience', 'allowed_cors_origins', 'contacts'];

export const DEFAULT_SCOPE = 'offline_access offline openid';

/** An opaque Hydra token: `<prefix>_<key>.<signature>`; the signature is what Hydra stores. */
export function opaqueToken(prefix: 'ory_at' | 'ory_rt' | 'ory_ac'): { token: string; signature: string } {
  const signature = base64url(randomBytes(32));
  return { token: `${prefix}_${base64url(randomBytes(32))}.${signature}`, signature };
}

export function signatureOf(token: string): string {
  return token.split('.').pop() ?? '';
}

function strList(v: Json | undefined): string[] | null {
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v)) throw oauth2.invalidClientMetadata('Expected a list of strings.');
  return v.map((x) => String(x));
}

/** Validates client metadata as Hydra's client.Validator does, filling its defaults. */
function validate(input: JsonObject): JsonObject {
  const c = { ...input };
  const method = typeof c['token_endpoint_auth_method'] === 'string' && c['token_endpoint_auth_method'] ? c['token_endpoint_auth_method'] : 'client_secret_basic';
  c['token_endpoint_auth_method'] = method;
  if (method === 'private_key_jwt' && !c['jwks_uri'] && !c['jwks']) {
    throw oauth2.invalidClientMetadata("When token_endpoint_auth_method is 'private_key_jwt', either jwks or jwks_uri must be set.");
  }
  if (typeof c['client_secret'] === 'string' && c['client_secret'].length > 0 && c['client_secret'].length < 6) {
    throw oauth2.invalidClientMetadata('Field client_secret must contain a secret that is at least 6 characters long.');
  }
  if (!c['scope']) c['scope'] = DEFAULT_SCOPE;
  for (const origin of strList(c['allowed_cors_origins']) ?? []) {
    let u: URL;
    try {
      u = new URL(origin);
    } catch {
      throw oauth2.invalidClientMetadata(`Origin URL ${origin} from allowed_cors_origins could not be parsed.`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw oauth2.invalidClientMetadata(`Origin URL ${origin} must use https:// or http:// as HTTP scheme.`);
  }
  for (const r of strList(c['redirect_uris']) ?? []) {
    try {
      new URL(r);
    } catch {
      throw oauth2.invalidRedirectUri(`Unable to parse redirect URL: ${r}`);
    }
    if (r.includes('#')) throw oauth2.invalidRedirectUri('Redirect URIs must not contain fragments (#).');
  }
  if (c['subject_type'] && c['subject_type'] !== 'public') {
    throw oauth2.invalidClientMetadata(`Subject type ${String(c['subject_type'])} is not supported by server, only [public] are allowed.`);
  }
  c['subject_type'] = 'public';
  const alg = c['userinfo_signed_response_alg'] || 'none';
  if (alg !== 'none' && alg !== 'RS256') throw oauth2.invalidClientMetadata("Field userinfo_signed_response_alg can either be 'none' or 'RS256'.");
  c['userinfo_signed_response_alg'] = alg;
  return c;
}

/** The client JSON in Hydra v2's field order. `created` adds the one-time secret and registration token. */
export function serializeClient(r: ClientRecord, o: { created?: boolean; publicUrl?: string; echoNullLists?: boolean } = {}): JsonObject {
  const f = r.fields;
  const list = (k: string): Json => {
    const v = f[k];
    if (Array.isArray(v)) return v;
    return o.echoNullLists && k === 'contacts' ? null : [];
  };
  const out: JsonObject = { client_id: r.id, client_name: String(f['client_name'] ?? '') };
  if (o.created && r.secret) out['client_secret'] = r.secret;
  out['redirect_uris'] = list('redirect_uris');
  out['grant_types'] = list('grant_types');
  out['response_types'] = list('response_types');
  out['scope'] = String(f['scope'] ?? '');
  out['audience'] = list('audience');
  out['owner'] = String(f['owner'] ?? '');
  out['policy_uri'] = String(f['policy_uri'] ?? '');
  out['allowed_cors_origins'] = list('allowed_cors_origins');
  out['tos_uri'] = String(f['tos_uri'] ?? '');
  out['client_uri'] = String(f['client_uri'] ?? '');
  out['logo_uri'] = String(f['logo_uri'] ?? '');
  out['contacts'] = list('contacts');
  out['client_secret_expires_at'] = 0;
  out['subject_type'] = String(f['subject_type'] ?? 'public');
  for (const k of OPTIONAL.slice(0, 5)) if (f[k] !== undefined && f[k] !== null && f[k] !== '') out[k] = f[k]!;
  out['jwks'] = isObject(f['jwks']) ? f['jwks'] : {};
  out['token_endpoint_auth_method'] = String(f['token_endpoint_auth_method'] ?? 'client_secret_basic');
  out['userinfo_signed_response_alg'] = String(f['userinfo_signed_response_alg'] ?? 'none');
  for (const k of OPTIONAL.slice(5)) if (f[k] !== undefined && f[k] !== null && f[k] !== '' && f[k] !== false) out[k] = f[k]!;
  out['created_at'] = rfc3339(Math.round(r.createdAt / 1000) * 1000).replace('.000Z', 'Z');
  out['updated_at'] = rfc3339(r.updatedAt);
  out['metadata'] = isObject(f['metadata']) ? f['metadata'] : {};
  if (o.created && o.publicUrl) {
    out['registration_access_token'] = r.registrationAccessToken;
    out['registration_client_uri'] = `${o.publicUrl}/oauth2/register/${r.id}`;
  }
  out['skip_consent'] = f['skip_consent'] === true;
  for (const k of LIFESPANS) out[k] = (f[k] as Json | undefined) ?? null;
  return out;
}

function readJson(ctx: RequestContext): JsonObject {
  try {
    const b = ctx.body();
    if (b.kind === 'form') throw oauth2.invalidRequest('Unable to decode the request body as JSON.');
    return b.data;
  } catch (e) {
    if (e instanceof BodyParseError) throw oauth2.invalidRequest(`Unable to decode body because: ${e.reason}`);
    throw e;
  }
}

function clientFields(body: JsonObject): JsonObject {
  const out = dict<Json>();
  for (const [k, v] of Object.entries(body)) {
    if (['client_id', 'client_secret', 'created_at', 'updated_at', 'registration_access_token', 'registration_client_uri', 'client_secret_expires_at'].includes(k)) continue;
    out[k] = v;
  }
  for (const k of LISTS) if (out[k] !== undefined && out[k] !== null) out[k] = strList(out[k]);
  return out;
}

/** Creates a client (admin or dynamic registration); the secret is generated when missing. */
export function createClient(ctx: RequestContext, body: JsonObject, o: { dynamic: boolean }): EmulatorResponse {
  const hydra = ctx.env.state.hydra;
  if (o.dynamic && body['metadata'] !== undefined) throw oauth2.invalidClientMetadata('metadata cannot be set for dynamic client registration');
  const fields = validate({ ...clientFields(body), ...(typeof body['client_secret'] === 'string' ? { client_secret: body['client_secret'] } : {}) });
  delete fields['client_secret'];
  const id = !o.dynamic && typeof body['client_id'] === 'string' && body['client_id'] ? body['client_id'] : ctx.env.newId();
  if (hydra.clients.has(id)) throw oauth2.conflict();
  const secret =
    typeof body['client_secret'] === 'string' && body['client_secret'] && !o.dynamic
      ? body['client_secret']
      : fields['token_endpoint_auth_method'] === 'none'
        ? ''
        : randomString(26, alphabets.alphaNum);
  const now = ctx.now;
  const record: ClientRecord = { id, secret, registrationAccessToken: opaqueToken('ory_at').token, fields, createdAt: now, updatedAt: now };
  hydra.clients.set(id, record);
  ctx.res.header('location', `${o.dynamic ? '/oauth2/register' : '/admin/clients'}/${id}`);
  return ctx.json(201, serializeClient(record, { created: true, publicUrl: ctx.env.options.urls.hydraPublic, echoNullLists: true }));
}

export function getClient(ctx: RequestContext, id: string): ClientRecord {
  const c = ctx.env.state.hydra.clients.get(id);
  if (!c) throw oauth2.notFound();
  return c;
}

/** Dynamic registration endpoints authenticate with the client's registration access token. */
function registrationAuth(ctx: RequestContext, id: string): ClientRecord {
  const token = /^bearer\s+(.+)$/i.exec(ctx.headers['authorization'] ?? '')?.[1]?.trim();
  const c = ctx.env.state.hydra.clients.get(id);
  if (!c || !token || token !== c.registrationAccessToken) throw new OAuth2Error(401, 'Unauthorized', 'The request could not be authorized');
  return c;
}

function replaceClient(ctx: RequestContext, c: ClientRecord, body: JsonObject, o: { dynamic: boolean }): EmulatorResponse {
  const fields = validate(clientFields(body));
  if (o.dynamic) fields['metadata'] = c.fields['metadata'] ?? {};
  const secret = typeof body['client_secret'] === 'string' && body['client_secret'] ? body['client_secret'] : c.secret;
  c.fields = fields;
  c.updatedAt = ctx.now;
  const rotated = secret !== c.secret || o.dynamic;
  c.secret = secret;
  if (o.dynamic) c.registrationAccessToken = opaqueToken('ory_at').token;
  return ctx.json(200, serializeClient(c, { created: rotated, publicUrl: ctx.env.options.urls.hydraPublic }));
}

export const clientHandlers = {
  list(ctx: RequestContext): EmulatorResponse {
    const all = [...ctx.env.state.hydra.clients.values()].sort((a, b) => a.createdAt - b.createdAt);
    const name = ctx.query.get('client_name');
    const owner = ctx.query.get('owner');
    const filtered = all.filter((c) => (!name || c.fields['client_name'] === name) && (!owner || c.fields['owner'] === owner));
    const size = Math.max(1, Math.min(500, Number(ctx.query.get('page_size') ?? ctx.query.get('limit')) || 250));
    const token = ctx.query.get('page_token');
    const offset = token ? Number(JSON.parse(atob(token.replace(/-/g, '+').replace(/_/g, '/'))).offset) || 0 : 0;
    const page = filtered.slice(offset, offset + size);
    const link = (o: number, rel: string) => `</admin/clients?page_size=${size}&page_token=${base64url(new TextEncoder().encode(JSON.stringify({ offset: String(o), v: 2 })))}>; rel="${rel}"`;
    const links = [link(0, 'first')];
    if (offset + size < filtered.length) links.push(link(offset + size, 'next'));
    ctx.res.header('link', links.join(','));
    ctx.res.header('x-total-count', String(filtered.length));
    return ctx.json(200, page.map((c) => serializeClient(c)));
  },
  create: (ctx: RequestContext): EmulatorResponse => createClient(ctx, readJson(ctx), { dynamic: false }),
  get: (ctx: RequestContext, id: string): EmulatorResponse => ctx.json(200, serializeClient(getClient(ctx, id))),
  update: (ctx: RequestContext, id: string): EmulatorResponse => replaceClient(ctx, getClient(ctx, id), readJson(ctx), { dynamic: false }),
  patch(ctx: RequestContext, id: string): EmulatorResponse {
    const c = getClient(ctx, id);
    let ops: unknown;
    try {
      ops = parseJsonSafely(ctx.rawBody ?? '');
    } catch {
      throw oauth2.invalidRequest('Unable to decode the JSON Patch document.');
    }
    let patched: Json;
    try {
      patched = applyJsonPatch(serializeClient(c), ops, ['/client_id', '/created_at', '/updated_at']);
    } catch (e) {
      throw oauth2.badRequest((e as Error).message);
    }
    if (!isObject(patched)) throw oauth2.invalidRequest();
    return replaceClient(ctx, c, patched, { dynamic: false });
  },
  delete(ctx: RequestContext, id: string): EmulatorResponse {
    getClient(ctx, id);
    ctx.env.state.hydra.clients.delete(id);
    return ctx.empty(204);
  },
  lifespans(ctx: RequestContext, id: string): EmulatorResponse {
    const c = getClient(ctx, id);
    const body = readJson(ctx);
    for (const k of LIFESPANS) if (body[k] !== undefined) c.fields[k] = body[k]!;
    c.updatedAt = ctx.now;
    return ctx.json(200, serializeClient(c));
  },
  registerCreate: (ctx: RequestContext): EmulatorResponse => createClient(ctx, readJson(ctx), { dynamic: true }),
  registerGet: (ctx: RequestContext, id: string): EmulatorResponse => ctx.json(200, serializeClient(registrationAuth(ctx, id))),
  registerUpdate: (ctx: RequestContext, id: string): EmulatorResponse => replaceClient(ctx, registrationAuth(ctx, id), readJson(ctx), { dynamic: true }),
  registerDelete(ctx: RequestContext, id: string): EmulatorResponse {
    registrationAuth(ctx, id);
    ctx.env.state.hydra.clients.delete(id);
    return ctx.empty(204);
  },
};
