import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, DEMO_IDENTITY, type Emulator, type ServiceName } from '../src/index.ts';
import { ROUTES } from '../src/engine/create.ts';
import { parseBody } from '../src/engine/http/body.ts';
import { applyJsonPatch } from '../src/engine/http/json-patch.ts';

// Issue 11, item 2: no input may write to a prototype. A key such as `__proto__.x-session-token` once
// wrote Object.prototype, after which every request without credentials was that session's user.

const SENTINEL = 'x-session-token';
const polluted = (): unknown => (Object.prototype as Record<string, unknown>)[SENTINEL] ?? (Function.prototype as unknown as Record<string, unknown>)[SENTINEL];
const SEGMENTS = ['__proto__', 'constructor', 'prototype'];

afterEach(() => {
  // Keep one failure from leaking into every later test of the worker.
  delete (Object.prototype as Record<string, unknown>)[SENTINEL];
  delete (Function.prototype as unknown as Record<string, unknown>)[SENTINEL];
});

/** Form keys and a raw JSON body (written as text: an object literal's `__proto__` would set the prototype). */
function hostileBodies(token: string) {
  const form = new URLSearchParams();
  for (const key of [
    `__proto__.${SENTINEL}`,
    `constructor.prototype.${SENTINEL}`,
    `traits.__proto__.${SENTINEL}`,
    `traits.constructor.prototype.${SENTINEL}`,
    `prototype.${SENTINEL}`,
    `metadata_public.__proto__.${SENTINEL}`,
  ])
    form.append(key, token);
  const t = JSON.stringify(token);
  const json = `{"__proto__":{"${SENTINEL}":${t}},"constructor":{"prototype":{"${SENTINEL}":${t}}},"__proto__.${SENTINEL}":${t},"constructor.prototype.${SENTINEL}":${t},"traits":{"__proto__":{"${SENTINEL}":${t}}},"traits.__proto__.${SENTINEL}":${t},"metadata_public":{"__proto__":{"${SENTINEL}":${t}}},"prototype":{"${SENTINEL}":${t}}}`;
  const patch = JSON.stringify(SEGMENTS.flatMap((s) => [{ op: 'add', path: `/${s}/${SENTINEL}`, value: token }, { op: 'add', path: `/traits/${s}/${SENTINEL}`, value: token }, { op: 'replace', path: `/constructor/prototype/${SENTINEL}`, value: token }]));
  return { form: form.toString(), json, patch };
}

describe('parsing input', () => {
  it('drops __proto__, constructor and prototype segments from form and JSON bodies', () => {
    const { form, json } = hostileBodies('t');
    for (const [ct, raw] of [['application/x-www-form-urlencoded', form], ['application/json', json]] as const) {
      const { data } = parseBody(ct, raw);
      expect(polluted()).toBeUndefined();
      expect(JSON.stringify(data)).not.toContain(SENTINEL);
      expect(Object.getPrototypeOf(data)).toBeNull();
    }
  });

  it('refuses JSON Patch pointers through a prototype', () => {
    for (const s of SEGMENTS) {
      expect(() => applyJsonPatch({ traits: {} }, [{ op: 'add', path: `/${s}/${SENTINEL}`, value: 't' }])).toThrow(/path not found/);
      expect(() => applyJsonPatch({ traits: {} }, [{ op: 'add', path: `/traits/${s}/${SENTINEL}`, value: 't' }])).toThrow(/path not found/);
    }
    expect(polluted()).toBeUndefined();
  });
});

describe('every body-taking route', () => {
  let emulator: Emulator;
  const call = (service: ServiceName, method: string, url: string, body?: string, headers: Record<string, string> = {}) =>
    emulator.handle({ service, method, url, headers: { accept: 'application/json', ...headers }, ...(body === undefined ? {} : { body }) });
  const json = async (p: ReturnType<typeof call>) => JSON.parse((await p).body ?? 'null') as Record<string, unknown> & { id: string };
  let token = '';
  /** Real ids for route parameters, so a handler gets past its lookups to the body. */
  const params: Record<string, string> = {};
  const flows: Record<string, string> = {};

  beforeAll(async () => {
    emulator = createEmulator();
    const flow = await json(call('kratosPublic', 'GET', '/self-service/login/api'));
    const login = await json(call('kratosPublic', 'POST', `/self-service/login?flow=${flow.id}`, JSON.stringify({ method: 'password', identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password }), { 'content-type': 'application/json' }));
    token = String(login['session_token']);
    expect(token).toMatch(/\w{16,}/);
    const identityId = [...emulator.state.kratos.identities.keys()][0]!;
    const sessionId = [...emulator.state.kratos.sessions.keys()][0]!;
    const client = await json(call('hydraAdmin', 'POST', '/admin/clients', JSON.stringify({ redirect_uris: ['http://127.0.0.1/cb'] }), { 'content-type': 'application/json' }));
    const project = await json(call('network', 'POST', '/projects', JSON.stringify({ name: 'p' }), { 'content-type': 'application/json' }));
    Object.assign(params, { provider: 'github', set: 'pollution', kid: 'k', member: 'm', token: 't' });
    params['identities'] = identityId;
    params['sessions'] = sessionId;
    params['clients'] = String(client['client_id']);
    params['register'] = String(client['client_id']);
    params['projects'] = project.id;
    params['issuers'] = 'i';
    for (const kind of ['login', 'registration', 'recovery', 'verification']) flows[kind] = (await json(call('kratosPublic', 'GET', `/self-service/${kind}/api`))).id;
    flows['settings'] = (await json(call('kratosPublic', 'GET', '/self-service/settings/api', undefined, { 'x-session-token': token }))).id;
  });

  /** The route's path with its parameters filled in (`:id` by the collection it belongs to). */
  function urlOf(path: string): string {
    const parts = path.split('/');
    const filled = parts.map((p, i) => (p.startsWith(':') ? (p === ':id' ? params[parts[i - 1]!] ?? 'x' : params[p.slice(1)] ?? 'x') : p.startsWith('*') ? 'x' : p));
    const kind = /^\/self-service\/(\w+)$/.exec(path)?.[1];
    return filled.join('/') + (kind && flows[kind] ? `?flow=${flows[kind]}` : '');
  }

  const bodyRoutes = ROUTES.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));

  it('reads request headers as own properties only (a polluted prototype elsewhere is no credential)', async () => {
    (Object.prototype as Record<string, unknown>)[SENTINEL] = token;
    try {
      expect((await call('kratosPublic', 'GET', '/sessions/whoami')).status).toBe(401);
    } finally {
      delete (Object.prototype as Record<string, unknown>)[SENTINEL];
    }
  });

  it('covers the router', () => {
    expect(bodyRoutes.length).toBeGreaterThan(50);
  });

  it.each(bodyRoutes.map((r) => [`${r.service} ${r.method} ${r.path}`, r] as const))('%s: no prototype write, whoami without credentials stays 401', async (_name, r) => {
    const { form, json: hostileJson, patch } = hostileBodies(token);
    const url = urlOf(r.path);
    const bodies: [string, string][] = [
      ['application/x-www-form-urlencoded', form],
      ['application/json', hostileJson],
      ...(r.method === 'PATCH' ? ([['application/json', patch]] as [string, string][]) : []),
    ];
    for (const [ct, body] of bodies) {
      const answer = await call(r.service, r.method, url, body, { 'content-type': ct });
      expect(answer.status, `${r.method} ${url} (${ct})`).toBeLessThan(600);
      expect(polluted(), `${r.method} ${url} (${ct}) wrote Object.prototype`).toBeUndefined();
    }
    expect(({} as Record<string, unknown>)[SENTINEL]).toBeUndefined();
    const whoami = await call('kratosPublic', 'GET', '/sessions/whoami');
    expect(whoami.status).toBe(401);
  });
});
