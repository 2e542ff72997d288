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

describe('Hydra and Kratos as its login provider match the real servers', () => {
  const hjar = new CookieJar();
  const kjar = new CookieJar();
  const callback = 'http://localhost:5173/oauth2/callback';
  const path = (u: string): string => {
    const x = new URL(u);
    return x.pathname + x.search;
  };

  it('discovery, keys, clients', async () => {
    parity('hydra-openid-configuration', await call('hydraPublic', 'GET', '/.well-known/openid-configuration', { headers: J }));
    parity('hydra-jwks', await call('hydraPublic', 'GET', '/.well-known/jwks.json', { headers: J }));
    const created = await call('hydraAdmin', 'POST', '/admin/clients', {
      headers: JP,
      json: {
        client_name: 'orykit e2e',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code', 'id_token'],
        scope: 'openid offline_access email profile',
        redirect_uris: [callback],
        token_endpoint_auth_method: 'client_secret_post',
      },
    });
    parity('hydra-client-create', created);
    const c = created.json as { client_id: string; client_secret: string };
    s['client_id'] = c.client_id;
    s['client_secret'] = c.client_secret;
    parity('hydra-client-list', await call('hydraAdmin', 'GET', '/admin/clients', { headers: J }));
  });

  it('the authorization code flow with Kratos as login provider', async () => {
    const auth = await call('hydraPublic', 'GET', `/oauth2/auth?client_id=${s['client_id']}&response_type=code&scope=openid%20offline_access&redirect_uri=${encodeURIComponent(callback)}&state=orykit-state-12345678`, { headers: UA, jar: hjar });
    parity('hydra-oauth2-auth', auth);
    const challenge = new URL(auth.location!).searchParams.get('login_challenge')!;
    parity('hydra-admin-login-request', await call('hydraAdmin', 'GET', `/admin/oauth2/auth/requests/login?login_challenge=${challenge}`, { headers: J }));
    const flow = await call('kratosPublic', 'GET', `/self-service/login/browser?login_challenge=${challenge}`, { headers: J, jar: kjar });
    parity('login-browser-oauth2', flow);
    const submitted = await call('kratosPublic', 'POST', `/self-service/login?flow=${(flow.json as { id: string }).id}`, {
      headers: UA,
      jar: kjar,
      form: { method: 'password', identifier: EMAIL, password: PASSWORD, csrf_token: csrfOf(flow) },
    });
    parity('login-browser-oauth2-submit-form', submitted);
    const afterLogin = await call('hydraPublic', 'GET', path(submitted.location!), { headers: UA, jar: hjar });
    parity('hydra-oauth2-auth-after-login', afterLogin);
    const consent = new URL(afterLogin.location!).searchParams.get('consent_challenge')!;
    parity('hydra-admin-consent-request', await call('hydraAdmin', 'GET', `/admin/oauth2/auth/requests/consent?consent_challenge=${consent}`, { headers: J }));
    const accepted = await call('hydraAdmin', 'PUT', `/admin/oauth2/auth/requests/consent/accept?consent_challenge=${consent}`, {
      headers: JP,
      json: { grant_scope: ['openid', 'offline_access'], remember: false, session: { id_token: { email: EMAIL } } },
    });
    parity('hydra-admin-consent-accept', accepted);
    const done = await call('hydraPublic', 'GET', path((accepted.json as { redirect_to: string }).redirect_to), { headers: UA, jar: hjar });
    parity('hydra-oauth2-auth-after-consent', done);
    const code = new URL(done.location!).searchParams.get('code')!;
    const tokens = await call('hydraPublic', 'POST', '/oauth2/token', {
      headers: J,
      form: { grant_type: 'authorization_code', code, redirect_uri: callback, client_id: s['client_id']!, client_secret: s['client_secret']! },
    });
    parity('hydra-oauth2-token', tokens);
    const access = (tokens.json as { access_token: string }).access_token;
    parity('hydra-userinfo', await call('hydraPublic', 'GET', '/userinfo', { headers: { ...J, authorization: `Bearer ${access}` } }));
    parity('hydra-admin-introspect', await call('hydraAdmin', 'POST', '/admin/oauth2/introspect', { headers: J, form: { token: access } }));
  });

  it('a JSON submit of a login flow with a challenge answers 200 and leaves the request open', async () => {
    const jar = new CookieJar();
    const auth = await call('hydraPublic', 'GET', `/oauth2/auth?client_id=${s['client_id']}&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(callback)}&state=orykit-state-123456782&prompt=login`, { headers: UA, jar: new CookieJar() });
    parity('hydra-oauth2-auth-2', auth);
    const challenge = new URL(auth.location!).searchParams.get('login_challenge')!;
    const flow = await call('kratosPublic', 'GET', `/self-service/login/browser?login_challenge=${challenge}`, { headers: J, jar });
    parity('login-browser-oauth2-json', flow);
    parity('login-browser-oauth2-submit-json', await call('kratosPublic', 'POST', `/self-service/login?flow=${(flow.json as { id: string }).id}`, { headers: JP, jar, json: { method: 'password', identifier: EMAIL, password: PASSWORD, csrf_token: csrfOf(flow) } }));
  });
});

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
