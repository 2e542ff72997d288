import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../src/server.ts';
import { createEmulator, DEMO_IDENTITY } from '../src/index.ts';
import { MAX_BODY_BYTES } from '../src/engine/http/limits.ts';
import { lcsLength, levenshtein } from '../src/engine/util/strings.ts';

// Issue 11, item 3: one request must not freeze or kill the emulator. Bodies over 1 MiB answer 413
// without being kept; a new password over Kratos' 72 bytes is refused before the similarity check.

const ALL_ZERO = { kratosPublic: 0, kratosAdmin: 0, hydraPublic: 0, hydraAdmin: 0, network: 0 };
const TWO_MB = 'a'.repeat(2 * 1024 * 1024);
let server: EmulatorServer;
let K: string;

beforeAll(async () => {
  server = await startEmulatorServer({ ports: ALL_ZERO });
  K = server.urls.kratosPublic!;
});
afterAll(() => server.close());

const api = async (url: string, body?: unknown, headers: Record<string, string> = {}) => {
  const r = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: r.status, json: (await r.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test convenience
};

/** Streams a body without Content-Length (chunked), as a client that does not say how much it sends. */
function postChunked(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.slice(i, i + 64 * 1024));
    req.end();
  });
}

describe('request bodies over 1 MiB', () => {
  it('answer 413 with an Ory error body (Content-Length sent)', async () => {
    const flow = await api(`${K}/self-service/login/api`);
    const r = await api(`${K}/self-service/login?flow=${flow.json['id']}`, `{"identifier":"${TWO_MB}"}`);
    expect(r.status).toBe(413);
    expect(r.json['error']).toMatchObject({ code: 413, status: 'Request Entity Too Large' });
  });

  it('answer 413 when streamed without a length, and the server keeps answering', async () => {
    const r = await postChunked(`${K}/self-service/login?flow=x`, `{"identifier":"${TWO_MB}"}`);
    expect(r.status).toBe(413);
    expect((await api(`${K}/health/alive`)).status).toBe(200);
  });

  it('are accepted up to the limit', async () => {
    const flow = await api(`${K}/self-service/login/api`);
    const padding = 'a'.repeat(MAX_BODY_BYTES - 200);
    const r = await api(`${K}/self-service/login?flow=${flow.json['id']}`, { method: 'password', identifier: 'nobody@orykit.dev', password: 'x', padding });
    expect(r.status).toBe(400);
  });

  it('answer 413 from the engine itself (any adapter)', async () => {
    const direct = await createEmulator().handle({ service: 'hydraPublic', method: 'POST', url: '/oauth2/token', headers: {}, body: TWO_MB });
    expect(direct.status).toBe(413);
  });
});

describe('long inputs', () => {
  it('a 100 kB password at registration is a validation error (Kratos hashes at most 72 bytes), answered promptly', async () => {
    const flow = await api(`${K}/self-service/registration/api`);
    const started = Date.now();
    const r = await api(`${K}/self-service/registration?flow=${flow.json['id']}`, { method: 'password', traits: { email: 'long@orykit.dev' }, password: 'x'.repeat(100_000) });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.status).toBe(400);
    const password = r.json['ui'].nodes.find((n: { attributes: { name: string } }) => n.attributes.name === 'password');
    expect(password.messages).toEqual([expect.objectContaining({ id: 4000005, text: expect.stringContaining('passwords are limited to a maximum length of 72 characters') })]);
  });

  it('72 bytes are still a valid password; 73 are not', async () => {
    const pw = (n: number) => 'Zq7!'.repeat(20).slice(0, n);
    const ok = await api(`${K}/self-service/registration?flow=${(await api(`${K}/self-service/registration/api`)).json['id']}`, { method: 'password', traits: { email: 'seventytwo@orykit.dev' }, password: pw(72) });
    expect(ok.status).toBe(200);
    const tooLong = await api(`${K}/self-service/registration?flow=${(await api(`${K}/self-service/registration/api`)).json['id']}`, { method: 'password', traits: { email: 'seventythree@orykit.dev' }, password: pw(73) });
    expect(tooLong.status).toBe(400);
  });

  it('a 100 kB password in settings is refused the same way', async () => {
    const login = await api(`${K}/self-service/login?flow=${(await api(`${K}/self-service/login/api`)).json['id']}`, { method: 'password', identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password });
    const token = { 'x-session-token': String(login.json['session_token']) };
    const flow = await api(`${K}/self-service/settings/api`, undefined, token);
    const r = await api(`${K}/self-service/settings?flow=${flow.json['id']}`, { method: 'password', password: 'y'.repeat(100_000) }, token);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.json['ui'])).toContain('passwords are limited to a maximum length of 72 characters');
  });

  it('a 1 MB identifier at login is an answer, not a crash', async () => {
    const flow = await api(`${K}/self-service/login/api`);
    const r = await api(`${K}/self-service/login?flow=${flow.json['id']}`, { method: 'password', identifier: 'i'.repeat(1_000_000), password: 'x' });
    expect(r.status).toBe(400);
  });
});

describe('the similarity measures', () => {
  it('compute Kratos’ values', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('demo@orykit.dev', 'demo@orykit.dev1')).toBe(1);
    expect(lcsLength('demo@orykit.dev', 'xxorykitxx')).toBe(6);
    expect(lcsLength('abc', 'xyz')).toBe(0);
  });

  it('hold memory to two rows: 3,000 × 3,000 characters', () => {
    // The old table was a.length × b.length numbers (72 MB here; two rows are 24 kB).
    const a = 'ab'.repeat(1_500);
    expect(lcsLength(a, a)).toBe(3_000);
  });
});
