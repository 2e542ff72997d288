import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, DEMO_IDENTITY } from '../src/index.ts';
import { emulatorHandlers } from '../src/msw.ts';
import { recordSpecCheck, specViolations } from './helpers/engine-client.ts';

// The same engine behind MSW (msw/node): no sockets, cookies kept by the adapter.

const emulator = createEmulator();
const handlers = emulatorHandlers(emulator);
const server = setupServer(...handlers);
const K = emulator.options.urls.kratosPublic;
const N = emulator.options.urls.network;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test convenience
async function call(url: string, init: RequestInit = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url, { redirect: 'manual', ...init, headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers } });
  const text = await res.text();
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k] = v));
  const u = new URL(url);
  recordSpecCheck(init.method ?? 'GET', u.pathname + u.search, { status: res.status, headers, body: text });
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers };
}

describe('MSW adapter', () => {
  it('runs a browser login with the adapter’s cookies', async () => {
    const flow = await call(`${K}/self-service/login/browser`);
    expect(flow.status).toBe(200);
    expect(handlers.cookieStore?.header(new URL(K))).toMatch(/^csrf_token_/);
    const csrf = flow.json.ui.nodes.find((n: { attributes: { name?: string } }) => n.attributes.name === 'csrf_token').attributes.value;
    const done = await call(flow.json.ui.action, { method: 'POST', body: JSON.stringify({ method: 'password', identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password, csrf_token: csrf }) });
    expect(done.status).toBe(200);
    const me = await call(`${K}/sessions/whoami`);
    expect(me.status).toBe(200);
    expect(me.json.identity.traits.email).toBe(DEMO_IDENTITY.email);
  });

  it('forgets the session when the cookie store is cleared (a new browser)', async () => {
    handlers.cookieStore?.clear();
    expect((await call(`${K}/sessions/whoami`)).status).toBe(401);
    const flow = await call(`${K}/self-service/login/browser`);
    handlers.cookieStore?.clear();
    const stranger = await call(`${K}/self-service/login/flows?id=${flow.json.id}`);
    expect(stranger.status).toBe(403);
  });

  it('serves Hydra discovery and the WebAuthn script', async () => {
    const conf = await call(`${emulator.options.urls.hydraPublic}/.well-known/openid-configuration`);
    expect(conf.json.issuer).toBe(emulator.options.urls.hydraPublic);
    const js = await fetch(`${K}/.well-known/ory/webauthn.js`);
    expect(await js.text()).toContain('__oryWebAuthnRegistration');
  });

  it('Ory Network projects, members and API keys', async () => {
    const made = await call(`${N}/projects`, { method: 'POST', body: JSON.stringify({ name: 'demo' }) });
    expect(made.status).toBe(201);
    const id = made.json.id as string;
    expect((await call(`${N}/projects`)).json[0]).toMatchObject({ id, name: 'demo', state: 'running' });
    expect((await call(`${N}/projects/${id}`)).json.slug).toBe(made.json.slug);
    const put = await call(`${N}/projects/${id}`, { method: 'PUT', body: JSON.stringify({ name: 'renamed', services: made.json.services }) });
    expect(put.json.project.name).toBe('renamed');
    expect(put.json.warnings).toEqual([]);
    const patched = await call(`${N}/projects/${id}`, { method: 'PATCH', body: JSON.stringify([{ op: 'replace', path: '/name', value: 'patched' }]) });
    expect(patched.json.project.name).toBe('patched');
    const members = await call(`${N}/projects/${id}/members`);
    expect(members.json).toHaveLength(1);
    expect((await call(`${N}/projects/${id}/members/${members.json[0].id}`, { method: 'DELETE' })).status).toBe(400);
    const key = await call(`${N}/projects/${id}/tokens`, { method: 'POST', body: JSON.stringify({ name: 'ci' }) });
    expect(key.status).toBe(201);
    expect(key.json.value).toMatch(/^ory_pat_/);
    expect((await call(`${N}/projects/${id}/tokens`)).json[0].value).toBeUndefined();
    expect((await call(`${N}/projects/${id}/tokens/${key.json.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`${N}/projects/${id}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await call(`${N}/projects/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.json.message).toBeTruthy();
  });

  it('every answer satisfied the spec', () => {
    expect(specViolations.map((v) => `${v.operationId} ${v.status}: ${v.errors.join('; ')}`)).toEqual([]);
  });
});

describe('MSW adapter limits', () => {
  it('answers 413 to a body over 1 MiB', async () => {
    const r = await call(`${K}/self-service/login?flow=x`, { method: 'POST', body: 'a'.repeat(2 * 1024 * 1024) });
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe(413);
  });
});
