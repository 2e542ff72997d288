import { parseJsonSafely } from '../http/keys.ts';
import type { RequestContext } from '../context.ts';
import type { EmulatorResponse } from '../types.ts';
import { BodyParseError, isObject, type Json, type JsonObject } from '../http/body.ts';
import { rfc3339 } from '../util/clock.ts';
import { alphabets, randomString } from '../util/random.ts';
import { applyJsonPatch } from '../http/json-patch.ts';
import { OWNER, type ProjectRecord } from './state.ts';

// Ory Network's project API, in memory. Errors use the spec's flat `genericError`.

class NetworkError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
  ) {
    super(String(body['message']));
  }
}

const STATUS: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found' };
const fail = (code: number, message: string, reason?: string): NetworkError =>
  new NetworkError(code, { code, status: STATUS[code] ?? 'Error', message, ...(reason ? { reason } : {}) });

const ADJECTIVES = ['quirky', 'brave', 'calm', 'eager', 'gentle', 'jolly', 'lucid', 'merry', 'nifty', 'witty'];
const NAMES = ['hopper', 'lovelace', 'turing', 'curie', 'noether', 'ritchie', 'knuth', 'liskov'];

function slug(): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
  return `${pick(ADJECTIVES)}-${pick(NAMES)}-${randomString(8, alphabets.alphaLowerNum)}`;
}

function defaultServices(): JsonObject {
  return {
    identity: { config: { selfservice: { default_browser_return_url: '/' }, courier: {} } },
    oauth2: { config: { ttl: { access_token: '1h' } } },
    permission: { config: { namespaces: [] } },
  };
}

function project(r: ProjectRecord): JsonObject {
  return { id: r.id, name: r.name, revision_id: r.revisionId, services: r.services, slug: r.slug, state: r.state };
}

function metadata(r: ProjectRecord): JsonObject {
  return {
    created_at: rfc3339(r.createdAt),
    hosts: [`${r.slug}.projects.oryapis.com`],
    id: r.id,
    name: r.name,
    slug: r.slug,
    state: r.state,
    subscription_id: null,
    updated_at: rfc3339(r.updatedAt),
  };
}

function body(ctx: RequestContext): JsonObject {
  try {
    return ctx.body().data;
  } catch (e) {
    throw fail(400, 'The request was malformed or contained invalid parameters', e instanceof BodyParseError ? e.reason : String(e));
  }
}

function find(ctx: RequestContext, id: string): ProjectRecord {
  const p = ctx.env.state.network.projects.get(id);
  if (!p) throw fail(404, 'The requested resource could not be found');
  return p;
}

function wrap(fn: (ctx: RequestContext, ...a: string[]) => EmulatorResponse) {
  return (ctx: RequestContext, ...a: string[]): EmulatorResponse => {
    try {
      return fn(ctx, ...a);
    } catch (e) {
      if (e instanceof NetworkError) return ctx.jsonError(e.status, e.body);
      throw e;
    }
  };
}

function applyUpdate(ctx: RequestContext, p: ProjectRecord, next: JsonObject): EmulatorResponse {
  if (typeof next['name'] !== 'string' || !next['name']) throw fail(400, 'The request was malformed or contained invalid parameters', 'name is required');
  if (!isObject(next['services'])) throw fail(400, 'The request was malformed or contained invalid parameters', 'services is required');
  p.name = next['name'];
  p.services = next['services'];
  p.revisionId = ctx.env.newId();
  p.updatedAt = ctx.now;
  return ctx.json(200, { project: project(p), warnings: [] });
}

export const networkHandlers = {
  list: wrap((ctx) => ctx.json(200, [...ctx.env.state.network.projects.values()].map(metadata))),
  create: wrap((ctx) => {
    const b = body(ctx);
    if (typeof b['name'] !== 'string' || !b['name']) throw fail(400, 'The request was malformed or contained invalid parameters', 'name is required');
    const now = ctx.now;
    const r: ProjectRecord = {
      id: ctx.env.newId(),
      name: b['name'],
      slug: slug(),
      revisionId: ctx.env.newId(),
      state: 'running',
      services: defaultServices(),
      members: [{ ...OWNER }],
      apiKeys: [],
      createdAt: now,
      updatedAt: now,
    };
    ctx.env.state.network.projects.set(r.id, r);
    return ctx.json(201, project(r));
  }),
  get: wrap((ctx, id) => ctx.json(200, project(find(ctx, id!)))),
  update: wrap((ctx, id) => applyUpdate(ctx, find(ctx, id!), body(ctx))),
  patch: wrap((ctx, id) => {
    const p = find(ctx, id!);
    let ops: unknown;
    try {
      ops = parseJsonSafely(ctx.rawBody ?? '');
    } catch {
      throw fail(400, 'The request was malformed or contained invalid parameters', 'Unable to decode the JSON Patch document.');
    }
    let next: Json;
    try {
      next = applyJsonPatch(project(p), ops, ['/id', '/revision_id', '/slug', '/state']);
    } catch (e) {
      throw fail(400, 'The request was malformed or contained invalid parameters', (e as Error).message);
    }
    return applyUpdate(ctx, p, next as JsonObject);
  }),
  purge: wrap((ctx, id) => {
    find(ctx, id!);
    ctx.env.state.network.projects.delete(id!);
    return ctx.empty(204);
  }),
  members: wrap((ctx, id) => ctx.json(200, find(ctx, id!).members)),
  removeMember: wrap((ctx, id, member) => {
    const p = find(ctx, id!);
    if (member === OWNER.id) throw fail(400, 'The request was malformed or contained invalid parameters', 'The project owner can not be removed.');
    if (!p.members.some((m) => m['id'] === member)) throw fail(404, 'The requested resource could not be found');
    p.members = p.members.filter((m) => m['id'] !== member);
    return ctx.empty(204);
  }),
  listKeys: wrap((ctx, id) => ctx.json(200, find(ctx, id!).apiKeys.map((k) => ({ id: k.id, name: k.name, owner_id: k.ownerId, project_id: id! })))),
  createKey: wrap((ctx, id) => {
    const p = find(ctx, id!);
    const b = body(ctx);
    if (typeof b['name'] !== 'string' || !b['name']) throw fail(400, 'The request was malformed or contained invalid parameters', 'name is required');
    const key = { id: ctx.env.newId(), name: b['name'], ownerId: OWNER.id, value: `ory_pat_${randomString(32, alphabets.alphaNum)}` };
    p.apiKeys.push(key);
    return ctx.json(201, { id: key.id, name: key.name, owner_id: key.ownerId, project_id: p.id, value: key.value });
  }),
  deleteKey: wrap((ctx, id, keyId) => {
    const p = find(ctx, id!);
    if (!p.apiKeys.some((k) => k.id === keyId)) throw fail(404, 'The requested resource could not be found');
    p.apiKeys = p.apiKeys.filter((k) => k.id !== keyId);
    return ctx.empty(204);
  }),
};
