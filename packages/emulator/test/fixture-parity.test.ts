import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../src/index.ts';
import { CookieJar, engineClient, type Answer } from './helpers/engine-client.ts';
import { compareWithFixture } from './helpers/fixtures.ts';

// Replays e2e/servers/capture-fixtures.sh against the emulator and compares every answer with
// what the real Kratos v0.11.0 / Hydra v2.1.2 answered: status, key headers, cookies and the
// JSON body (ids, times, tokens and codes normalized; key order included).

const EMAIL = `fixture-${Math.floor(Date.now() / 1000)}@example.com`;
const PASSWORD = 'correct-horse-battery-staple';
const UA = { 'user-agent': 'curl/7.88.1' };
const J = { ...UA, accept: 'application/json' };
const JP = { ...UA, accept: 'application/json', 'content-type': 'application/json' };

let emulator: Emulator;
let call: ReturnType<typeof engineClient>;
const s: Record<string, string> = {};

function parity(name: string, a: Answer): void {
  const diffs = compareWithFixture(name, a);
  expect.soft(diffs.join('\n'), name).toBe('');
}

const csrfOf = (a: Answer): string =>
  String(((a.json as { ui: { nodes: { attributes: { name?: string; value?: string } }[] } }).ui.nodes.find((n) => n.attributes.name === 'csrf_token')?.attributes.value) ?? '');

beforeAll(() => {
  emulator = createEmulator({ flowLifespans: { login: 600_000, registration: 600_000 } });
  call = engineClient(emulator);
});

describe('Kratos API flows match the real server', () => {
  it('registration', async () => {
    const a = await call('kratosPublic', 'GET', '/self-service/registration/api', { headers: J });
    parity('registration-api', a);
    s['flow'] = (a.json as { id: string }).id;
    const invalid = await call('kratosPublic', 'POST', `/self-service/registration?flow=${s['flow']}`, {
      headers: JP,
      json: { method: 'password', traits: { email: 'not-an-email' }, password: 'short' },
    });
    parity('registration-api-submit-invalid', invalid);
    const ok = await call('kratosPublic', 'POST', `/self-service/registration?flow=${s['flow']}`, {
      headers: JP,
      json: { method: 'password', traits: { email: EMAIL, name: { first: 'Ada', last: 'Lovelace' } }, password: PASSWORD },
    });
    parity('registration-api-submit', ok);
    const body = ok.json as { session_token: string; identity: { id: string } };
    s['token'] = body.session_token;
    s['identity'] = body.identity.id;
  });

  it('whoami', async () => {
    parity('whoami-token', await call('kratosPublic', 'GET', '/sessions/whoami', { headers: { ...J, 'x-session-token': s['token']! } }));
    parity('whoami-unauthorized', await call('kratosPublic', 'GET', '/sessions/whoami', { headers: J }));
  });

  it('login', async () => {
    const a = await call('kratosPublic', 'GET', '/self-service/login/api', { headers: J });
    parity('login-api', a);
    const flow = (a.json as { id: string }).id;
    parity('login-api-submit-invalid', await call('kratosPublic', 'POST', `/self-service/login?flow=${flow}`, { headers: JP, json: { method: 'password', identifier: EMAIL, password: 'wrong-password-123' } }));
    const ok = await call('kratosPublic', 'POST', `/self-service/login?flow=${flow}`, { headers: JP, json: { method: 'password', identifier: EMAIL, password: PASSWORD } });
    parity('login-api-submit', ok);
    s['token'] = (ok.json as { session_token: string }).session_token;
  });

  it('settings', async () => {
    const a = await call('kratosPublic', 'GET', '/self-service/settings/api', { headers: { ...J, 'x-session-token': s['token']! } });
    parity('settings-api', a);
    const flow = (a.json as { id: string }).id;
    parity(
      'settings-api-submit-profile',
      await call('kratosPublic', 'POST', `/self-service/settings?flow=${flow}`, {
        headers: { ...JP, 'x-session-token': s['token']! },
        json: { method: 'profile', traits: { email: EMAIL, name: { first: 'Ada', last: 'King' } } },
      }),
    );
  });

  it('recovery', async () => {
    const a = await call('kratosPublic', 'GET', '/self-service/recovery/api', { headers: J });
    parity('recovery-api', a);
    const flow = (a.json as { id: string }).id;
    parity('recovery-api-submit-email', await call('kratosPublic', 'POST', `/self-service/recovery?flow=${flow}`, { headers: JP, json: { method: 'code', email: EMAIL } }));
    parity('recovery-api-submit-wrong-code', await call('kratosPublic', 'POST', `/self-service/recovery?flow=${flow}`, { headers: JP, json: { method: 'code', code: '000000' } }));
  });

  it('verification', async () => {
    const a = await call('kratosPublic', 'GET', '/self-service/verification/api', { headers: J });
    parity('verification-api', a);
    const flow = (a.json as { id: string }).id;
    parity('verification-api-submit-email', await call('kratosPublic', 'POST', `/self-service/verification?flow=${flow}`, { headers: JP, json: { method: 'code', email: EMAIL } }));
  });

  it('logout (API)', async () => {
    parity('logout-api', await call('kratosPublic', 'DELETE', '/self-service/logout/api', { headers: JP, json: { session_token: s['token'] } }));
  });
});

describe('Kratos browser flows match the real server', () => {
  const jar = new CookieJar();
  const jar2 = new CookieJar();

  it('login with the CSRF cookie', async () => {
    const a = await call('kratosPublic', 'GET', '/self-service/login/browser', { headers: J, jar });
    parity('login-browser', a);
    const flow = (a.json as { id: string }).id;
    const csrf = csrfOf(a);
    parity('login-browser-get-flow', await call('kratosPublic', 'GET', `/self-service/login/flows?id=${flow}`, { headers: J, jar }));
    parity('login-browser-get-flow-without-cookie', await call('kratosPublic', 'GET', `/self-service/login/flows?id=${flow}`, { headers: J }));
    parity('login-browser-submit-without-csrf', await call('kratosPublic', 'POST', `/self-service/login?flow=${flow}`, { headers: JP, jar: cloneJar(jar), json: { method: 'password', identifier: EMAIL, password: PASSWORD } }));
    parity('login-browser-submit', await call('kratosPublic', 'POST', `/self-service/login?flow=${flow}`, { headers: JP, jar, json: { method: 'password', identifier: EMAIL, password: PASSWORD, csrf_token: csrf } }));
    parity('whoami-cookie', await call('kratosPublic', 'GET', '/sessions/whoami', { headers: J, jar }));
  });

  it('settings, registration while signed in, logout URL', async () => {
    parity('settings-browser', await call('kratosPublic', 'GET', '/self-service/settings/browser', { headers: J, jar }));
    parity('registration-browser-while-signed-in', await call('kratosPublic', 'GET', '/self-service/registration/browser', { headers: J, jar }));
    parity('logout-browser', await call('kratosPublic', 'GET', '/self-service/logout/browser', { headers: J, jar }));
  });

  it('fresh browser: registration, recovery, verification, redirects', async () => {
    parity('registration-browser', await call('kratosPublic', 'GET', '/self-service/registration/browser', { headers: J, jar: jar2 }));
    parity('recovery-browser', await call('kratosPublic', 'GET', '/self-service/recovery/browser', { headers: J, jar: jar2 }));
    parity('verification-browser', await call('kratosPublic', 'GET', '/self-service/verification/browser', { headers: J, jar: jar2 }));
    parity('login-browser-redirect', await call('kratosPublic', 'GET', '/self-service/login/browser?return_to=http://localhost:5173/', { jar: jar2 }));
    parity('login-browser-return-to-not-allowed', await call('kratosPublic', 'GET', '/self-service/login/browser?return_to=https://evil.example/', { headers: J, jar: jar2 }));
    parity('self-service-error', await call('kratosPublic', 'GET', '/self-service/errors?id=stub:500', { headers: J }));
    parity('flow-not-found', await call('kratosPublic', 'GET', '/self-service/login/flows?id=00000000-0000-0000-0000-000000000000', { headers: J }));
  });
});

describe('Kratos admin API matches the real server', () => {
  it('identity, recovery code, courier', async () => {
    parity('admin-identity-get', await call('kratosAdmin', 'GET', `/admin/identities/${s['identity']}`, { headers: J }));
    parity('admin-recovery-code', await call('kratosAdmin', 'POST', '/admin/recovery/code', { headers: JP, json: { identity_id: s['identity'], expires_in: '1h' } }));
    const messages = await call('kratosAdmin', 'GET', '/admin/courier/messages', { headers: J });
    expect(messages.status).toBe(200);
  });
});

function cloneJar(j: CookieJar): CookieJar {
  const c = new CookieJar();
  c.store(j.header().split('; ').filter(Boolean));
  return c;
}

describe('the captured real responses themselves', () => {
  it('pass the spec validator (with its errata), so the validator is fair', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { FIXTURES } = await import('./helpers/fixtures.ts');
    const { validateResponse } = await import('./spec-validator.ts');
    const problems: string[] = [];
    for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.http'))) {
      const http = readFileSync(`${FIXTURES}/${f}`, 'utf8').split('\n');
      const args = (/# curl (.*)$/.exec(http[0] ?? '')?.[1] ?? '').replace(/\\([?&=])/g, '$1');
      const method = /-X (\w+)/.exec(args)?.[1] ?? (/ (-d|--data\S*) /.test(args) ? 'POST' : 'GET');
      const url = new URL(/(http:\/\/\S+)/.exec(args)?.[1] ?? 'http://x/');
      const status = Number(/^HTTP\/[\d.]+ (\d+)/.exec(http[1] ?? '')?.[1]);
      const ct = http.find((l) => l.toLowerCase().startsWith('content-type:'))?.split(': ')[1];
      let body: string | undefined;
      try {
        body = readFileSync(`${FIXTURES}/${f.replace('.http', '.json')}`, 'utf8');
      } catch {
        body = undefined;
      }
      const r = validateResponse(method, url.pathname + url.search, status, ct, body);
      if (r?.errors.length) problems.push(`${f}: ${r.errors.join('; ')}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('spec', () => {
  it('accepts every emulator answer above', async () => {
    const { specViolations } = await import('./helpers/engine-client.ts');
    expect(specViolations.map((v) => `${v.operationId} ${v.status}: ${v.errors.join('; ')}`)).toEqual([]);
  });
});
