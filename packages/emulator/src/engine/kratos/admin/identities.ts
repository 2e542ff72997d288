import { parseJsonSafely } from '../../http/keys.ts';
import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { BodyParseError, isObject, type Json, type JsonObject } from '../../http/body.ts';
import { oryError } from '../../errors.ts';
import { isUuid } from '../../util/random.ts';
import { appendPath } from '../../http/url.ts';
import { paginate } from '../../http/pagination.ts';
import { writeError } from '../flows/common.ts';
import { applyTraits, buildIdentity, findSchema, notFound, persistUpdate, setPassword, storeIdentity } from '../identity/identities.ts';
import { serializeIdentity } from '../identity/serialize.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { ValidationError } from '../identity/validate.ts';
import { applyJsonPatch } from '../../http/json-patch.ts';
import { structuredCloneIdentity } from '../methods/password.ts';

function jsonBody(ctx: RequestContext): JsonObject {
  try {
    const b = ctx.body();
    if (b.kind === 'form') throw oryError(400, { reason: 'Content-Type must be application/json.' });
    return b.data;
  } catch (e) {
    if (e instanceof BodyParseError) throw oryError(400, { reason: e.reason });
    throw e;
  }
}

function asAdminError(e: unknown): unknown {
  if (e instanceof ValidationError) {
    return oryError(400, { reason: e.entries.map((x) => `I[#/${x.path.replace(/\./g, '/')}] ${x.message.text}`).join('; ') });
  }
  return e;
}

const view = { credentials: true, adminMetadata: true } as const;

function getIdentity(ctx: RequestContext, id: string): IdentityRecord {
  const i = ctx.env.state.kratos.identities.get(id.toLowerCase());
  if (!i) throw notFound();
  return i;
}

function meta(v: Json | undefined): Json {
  return v === undefined ? null : v;
}

/** GET /admin/identities */
export function listIdentities(ctx: RequestContext): EmulatorResponse {
  const all = [...ctx.env.state.kratos.identities.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const page = paginate(ctx, all, appendPath(ctx.env.options.urls.kratosAdmin, '/identities'));
  return ctx.json(200, page.map((i) => serializeIdentity(i, ctx.env.options.urls.kratosPublic, { adminMetadata: true })));
}

/** GET /admin/identities/{id} */
export function getIdentityHandler(ctx: RequestContext, id: string): EmulatorResponse {
  try {
    const i = getIdentity(ctx, id);
    const include = ctx.query.get('include_credential');
    if (include && include !== 'oidc') throw oryError(400, { reason: `Invalid value \`${include}\` for parameter \`include_credential\`.` });
    return ctx.json(200, serializeIdentity(i, ctx.env.options.urls.kratosPublic, { ...view, includeOidcConfig: include === 'oidc' }));
  } catch (e) {
    return writeError(ctx, e);
  }
}

function importPassword(body: JsonObject): string | undefined {
  const creds = body['credentials'];
  if (!isObject(creds) || !isObject(creds['password']) || !isObject(creds['password']['config'])) return undefined;
  const config = creds['password']['config'];
  if (typeof config['password'] === 'string') return config['password'];
  if (typeof config['hashed_password'] === 'string') {
    throw oryError(400, { reason: 'The emulator can not import hashed passwords; import the password in clear text instead.' });
  }
  return undefined;
}

function stateOf(body: JsonObject): 'active' | 'inactive' | undefined {
  const s = body['state'];
  if (s === undefined || s === '') return undefined;
  if (s !== 'active' && s !== 'inactive') throw oryError(400, { reason: `identity state is not valid` });
  return s;
}

/** POST /admin/identities */
export function createIdentity(ctx: RequestContext): EmulatorResponse {
  try {
    const body = jsonBody(ctx);
    const known = ['schema_id', 'traits', 'credentials', 'verifiable_addresses', 'recovery_addresses', 'metadata_public', 'metadata_admin', 'state'];
    const unknown = Object.keys(body).find((k) => !known.includes(k));
    if (unknown) throw oryError(400, { reason: `json: unknown field "${unknown}"` });
    const schemaId = typeof body['schema_id'] === 'string' ? body['schema_id'] : '';
    if (schemaId && !findSchema(ctx.env, schemaId)) throw oryError(400, { reason: `unable to find JSON Schema ID: ${schemaId}` });
    const state = stateOf(body);
    const password = importPassword(body);
    const identity = buildIdentity(ctx.env, {
      schemaId,
      traits: isObject(body['traits']) ? body['traits'] : {},
      ...(state ? { state } : {}),
      metadataPublic: meta(body['metadata_public']),
      metadataAdmin: meta(body['metadata_admin']),
      ...(password !== undefined ? { password } : {}),
    });
    applyAddresses(identity, body);
    storeIdentity(ctx.env, identity);
    ctx.res.header('location', appendPath(ctx.env.options.urls.kratosAdmin, 'identities', identity.id));
    return ctx.json(201, serializeIdentity(identity, ctx.env.options.urls.kratosPublic, view));
  } catch (e) {
    return writeError(ctx, asAdminError(e));
  }
}

/** Admin-supplied verifiable addresses may mark the derived ones as verified. */
function applyAddresses(identity: IdentityRecord, body: JsonObject): void {
  const list = body['verifiable_addresses'];
  if (!Array.isArray(list)) return;
  for (const raw of list) {
    if (!isObject(raw)) continue;
    const a = identity.verifiableAddresses.find((x) => x.value === raw['value'] && (raw['via'] === undefined || x.via === raw['via']));
    if (!a) continue;
    if (raw['verified'] === true) {
      a.verified = true;
      a.status = 'completed';
      a.verifiedAt = identity.createdAt;
    }
    if (typeof raw['status'] === 'string' && ['pending', 'sent', 'completed'].includes(raw['status'])) a.status = raw['status'] as 'pending';
  }
}

/** PUT /admin/identities/{id} */
export function updateIdentity(ctx: RequestContext, id: string): EmulatorResponse {
  try {
    const body = jsonBody(ctx);
    const current = getIdentity(ctx, id);
    const next = structuredCloneIdentity(current);
    if (typeof body['schema_id'] === 'string' && body['schema_id']) next.schemaId = body['schema_id'];
    const state = stateOf(body);
    const stateChanged = Boolean(state && state !== next.state);
    if (state && stateChanged) {
      next.state = state;
      next.stateChangedAt = ctx.now;
    }
    next.metadataPublic = meta(body['metadata_public']);
    next.metadataAdmin = meta(body['metadata_admin']);
    applyTraits(ctx.env, next, isObject(body['traits']) ? body['traits'] : {});
    const password = importPassword(body);
    if (password !== undefined) setPassword(ctx.env, next, password);
    persistUpdate(ctx.env, next, { stateChanged });
    return ctx.json(200, serializeIdentity(next, ctx.env.options.urls.kratosPublic, view));
  } catch (e) {
    return writeError(ctx, asAdminError(e));
  }
}

/** PATCH /admin/identities/{id}: RFC 6902 JSON Patch; /id, /credentials and /state_changed_at are ignored. */
export function patchIdentity(ctx: RequestContext, id: string): EmulatorResponse {
  try {
    const current = getIdentity(ctx, id);
    let ops: unknown;
    try {
      ops = parseJsonSafely(ctx.rawBody ?? '');
    } catch (e) {
      throw oryError(400, { reason: `Unable to decode JSON payload: ${(e as Error).message}` });
    }
    const doc = serializeIdentity(current, ctx.env.options.urls.kratosPublic, { adminMetadata: true });
    doc['metadata_admin'] = current.metadataAdmin;
    let patched: JsonObject;
    try {
      patched = applyJsonPatch(doc, ops, ['/id', '/credentials', '/state_changed_at']) as JsonObject;
    } catch (e) {
      throw oryError(400, { reason: (e as Error).message });
    }
    const next = structuredCloneIdentity(current);
    const state = patched['state'];
    const stateChanged = state !== next.state;
    if (stateChanged) {
      if (state !== 'active' && state !== 'inactive') throw oryError(400, { reason: 'identity state is not valid' });
      next.state = state;
      next.stateChangedAt = ctx.now;
    }
    if (typeof patched['schema_id'] === 'string') next.schemaId = patched['schema_id'];
    next.metadataPublic = meta(patched['metadata_public']);
    next.metadataAdmin = meta(patched['metadata_admin']);
    applyTraits(ctx.env, next, isObject(patched['traits']) ? patched['traits'] : {});
    persistUpdate(ctx.env, next, { stateChanged });
    return ctx.json(200, serializeIdentity(next, ctx.env.options.urls.kratosPublic, view));
  } catch (e) {
    return writeError(ctx, asAdminError(e));
  }
}

/** DELETE /admin/identities/{id} */
export function deleteIdentity(ctx: RequestContext, id: string): EmulatorResponse {
  const { identities, sessions } = ctx.env.state.kratos;
  const key = id.toLowerCase();
  if (!identities.has(key)) return writeError(ctx, notFound());
  identities.delete(key);
  for (const [sid, s] of sessions) if (s.identityId === key) sessions.delete(sid);
  return ctx.empty(204);
}

export function parseUuidParam(id: string): string {
  if (!isUuid(id)) throw oryError(400, { message: `uuid: incorrect UUID length ${id.length} in string "${id}"`, debug: 'could not parse UUID' });
  return id.toLowerCase();
}

