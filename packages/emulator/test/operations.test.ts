import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, DEMO_IDENTITY, totp } from '../src/index.ts';
import { CookieJar, engineClient, specCovered, specViolations, type Answer } from './helpers/engine-client.ts';

// Every one of the 96 `v0alpha2` operations of the spec (plus `getJsonSchema`, the same route as
// `getIdentitySchema`) is called at least once, and every answer is validated against the spec.

const em = createEmulator({ oidcProviders: [{ id: 'github' }] });
const call = engineClient(em);
const J = { accept: 'application/json', 'user-agent': 'vitest' };
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test convenience
const j = (a: Answer): Obj => a.json as Obj;
const csrf = (flow: Obj): string => flow['ui'].nodes.find((n: Obj) => n['attributes'].name === 'csrf_token').attributes.value;
const node = (flow: Obj, name: string): Obj | undefined => flow['ui'].nodes.find((n: Obj) => n['attributes'].name === name || n['attributes'].id === name)?.attributes;

const specPath = join(dirname(fileURLToPath(import.meta.url)), '../../client/spec/ory-client-v0alpha2.json');
const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, Record<string, { operationId: string; tags?: string[] }>> };
const V0ALPHA2 = Object.values(spec.paths)
  .flatMap((m) => Object.values(m))
  .filter((op) => op.tags?.includes('v0alpha2'))
  .map((op) => op.operationId)
  .sort();

describe('all 96 v0alpha2 operations', () => {
  it('answer, and the spec accepts every answer', async () => {
    const jar = new CookieJar();
    const b = (method: string, url: string, o: Parameters<typeof call>[3] = {}) => call('kratosPublic', method, url, { headers: J, jar, ...o });
    const ka = (method: string, url: string, json?: unknown) => call('kratosAdmin', method, url, { headers: J, ...(json !== undefined ? { json } : {}) });
    const ha = (method: string, url: string, o: Parameters<typeof call>[3] = {}) => call('hydraAdmin', method, url, { headers: J, ...o });
    const hp = (method: string, url: string, o: Parameters<typeof call>[3] = {}) => call('hydraPublic', method, url, { headers: J, ...o });
    const net = (method: string, url: string, json?: unknown) => call('network', method, url, { headers: J, ...(json !== undefined ? { json } : {}) });

    // Kratos public: schemas, errors, WebAuthn script
    await b('GET', '/schemas');
    await b('GET', '/schemas/default');
    await b('GET', '/self-service/errors?id=stub:500');
    await b('GET', '/.well-known/ory/webauthn.js');

    // registration (browser + API)
    const reg = j(await b('GET', '/self-service/registration/browser'));
    await b('GET', `/self-service/registration/flows?id=${reg['id']}`);
    await b('POST', `/self-service/registration?flow=${reg['id']}`, { json: { method: 'password', traits: { email: 'ops@example.com' }, password: 'operations-password-1', csrf_token: csrf(reg) } });
    await call('kratosPublic', 'GET', '/self-service/registration/api', { headers: J });

    // sessions
    await b('GET', '/sessions/whoami');
    const other = new CookieJar();
    const loginOther = j(await call('kratosPublic', 'GET', '/self-service/login/browser', { headers: J, jar: other }));
    await call('kratosPublic', 'POST', `/self-service/login?flow=${loginOther['id']}`, { headers: J, jar: other, json: { method: 'password', identifier: 'ops@example.com', password: 'operations-password-1', csrf_token: csrf(loginOther) } });
    const mine = j(await b('GET', '/sessions'));
    await b('DELETE', `/sessions/${mine[0]['id']}`);
    await b('DELETE', '/sessions');

    // settings (browser + API), logout URL
    const settings = j(await b('GET', '/self-service/settings/browser'));
    await b('GET', `/self-service/settings/flows?id=${settings['id']}`);
    await b('POST', `/self-service/settings?flow=${settings['id']}`, { json: { method: 'totp', totp_code: totp(node(settings, 'totp_secret_key')!['text'].text, em.clock.now()), csrf_token: csrf(settings) } });
    const logoutUrl = j(await b('GET', '/self-service/logout/browser'));

    // login (browser at AAL2, API)
    await b('GET', `/self-service/logout?token=${logoutUrl['logout_token']}`);
    const login = j(await b('GET', '/self-service/login/browser'));
    await b('GET', `/self-service/login/flows?id=${login['id']}`);
    await b('POST', `/self-service/login?flow=${login['id']}`, { json: { method: 'password', identifier: 'ops@example.com', password: 'operations-password-1', csrf_token: csrf(login) } });
    const apiLogin = j(await call('kratosPublic', 'GET', '/self-service/login/api', { headers: J }));
    const apiSession = j(await call('kratosPublic', 'POST', `/self-service/login?flow=${apiLogin['id']}`, { headers: J, json: { method: 'password', identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password } }));
    await call('kratosPublic', 'GET', '/self-service/settings/api', { headers: { ...J, 'x-session-token': apiSession['session_token'] } });
    await call('kratosPublic', 'DELETE', '/self-service/logout/api', { headers: J, json: { session_token: apiSession['session_token'] } });

    // recovery and verification (browser + API)
    const fresh = new CookieJar();
    const rec = j(await call('kratosPublic', 'GET', '/self-service/recovery/browser', { headers: J, jar: fresh }));
    await call('kratosPublic', 'GET', `/self-service/recovery/flows?id=${rec['id']}`, { headers: J, jar: fresh });
    await call('kratosPublic', 'POST', `/self-service/recovery?flow=${rec['id']}`, { headers: J, jar: fresh, json: { method: 'code', email: DEMO_IDENTITY.email, csrf_token: csrf(rec) } });
    await call('kratosPublic', 'GET', '/self-service/recovery/api', { headers: J });
    const ver = j(await call('kratosPublic', 'GET', '/self-service/verification/browser', { headers: J, jar: fresh }));
    await call('kratosPublic', 'GET', `/self-service/verification/flows?id=${ver['id']}`, { headers: J, jar: fresh });
    await call('kratosPublic', 'POST', `/self-service/verification?flow=${ver['id']}`, { headers: J, jar: fresh, json: { method: 'code', email: DEMO_IDENTITY.email, csrf_token: csrf(ver) } });
    await call('kratosPublic', 'GET', '/self-service/verification/api', { headers: J });

    // Kratos admin
    const created = j(await ka('POST', '/admin/identities', { traits: { email: 'admin-ops@example.com' } }));
    await ka('GET', '/admin/identities');
    await ka('GET', `/admin/identities/${created['id']}`);
    await ka('PUT', `/admin/identities/${created['id']}`, { traits: { email: 'admin-ops@example.com' }, state: 'active' });
    await ka('PATCH', `/admin/identities/${created['id']}`, [{ op: 'add', path: '/metadata_public', value: { a: 1 } }]);
    const ops = j(await ka('GET', '/admin/identities')).find((i: Obj) => i['traits'].email === 'ops@example.com');
    const sessions = j(await ka('GET', `/admin/identities/${ops['id']}/sessions`));
    await ka('PATCH', `/admin/sessions/${sessions[0]['id']}/extend`);
    await ka('DELETE', `/admin/identities/${ops['id']}/sessions`);
    await ka('POST', '/admin/recovery/link', { identity_id: created['id'] });
    await ka('POST', '/admin/recovery/code', { identity_id: created['id'] });
    await ka('GET', '/admin/courier/messages');
    await ka('DELETE', `/admin/identities/${created['id']}`);

    // Hydra: discovery, keys, clients, trust
    await hp('GET', '/.well-known/openid-configuration');
    await hp('GET', '/.well-known/jwks.json');
    await ha('POST', '/admin/keys/ops', { json: { alg: 'RS256', use: 'sig', kid: 'ops-1' } });
    await ha('GET', '/admin/keys/ops');
    await ha('GET', '/admin/keys/ops/ops-1');
    const key = j(await ha('GET', '/admin/keys/ops'))['keys'][0];
    await ha('PUT', '/admin/keys/ops/ops-1', { json: key });
    await ha('PUT', '/admin/keys/ops', { json: { keys: [key] } });
    await ha('DELETE', '/admin/keys/ops/ops-1');
    await ha('POST', '/admin/keys/ops2', { json: { alg: 'ES256', use: 'sig' } });
    await ha('DELETE', '/admin/keys/ops2');
    const issuer = j(await ha('POST', '/admin/trust/grants/jwt-bearer/issuers', { json: { issuer: 'https://ops.example', allow_any_subject: true, scope: [], expires_at: '2099-01-01T00:00:00Z', jwk: { kty: 'RSA', kid: 'ops', e: 'AQAB', n: 'AQAB' } } }));
    await ha('GET', '/admin/trust/grants/jwt-bearer/issuers');
    await ha('GET', `/admin/trust/grants/jwt-bearer/issuers/${issuer['id']}`);
    await ha('DELETE', `/admin/trust/grants/jwt-bearer/issuers/${issuer['id']}`);
    const cb = 'http://localhost:5173/cb';
    const client = j(await ha('POST', '/admin/clients', { json: { redirect_uris: [cb], grant_types: ['authorization_code', 'refresh_token', 'client_credentials'], scope: 'openid offline', post_logout_redirect_uris: [cb] } }));
    await ha('GET', '/admin/clients');
    await ha('GET', `/admin/clients/${client['client_id']}`);
    await ha('PUT', `/admin/clients/${client['client_id']}`, { json: { ...client, client_secret: undefined } });
    await ha('PATCH', `/admin/clients/${client['client_id']}`, { json: [{ op: 'replace', path: '/client_name', value: 'ops' }] });
    const dyn = j(await hp('POST', '/oauth2/register', { json: { redirect_uris: [cb] } }));
    const dynAuth = { ...J, authorization: `Bearer ${dyn['registration_access_token']}` };
    await hp('GET', `/oauth2/register/${dyn['client_id']}`, { headers: dynAuth });
    const dyn2 = j(await hp('PUT', `/oauth2/register/${dyn['client_id']}`, { headers: dynAuth, json: { redirect_uris: [cb] } }));
    await hp('DELETE', `/oauth2/register/${dyn['client_id']}`, { headers: { ...J, authorization: `Bearer ${dyn2['registration_access_token']}` } });

    // Hydra: the code flow
    const hjar = new CookieJar();
    const auth = await hp('GET', `/oauth2/auth?client_id=${client['client_id']}&response_type=code&scope=openid%20offline&redirect_uri=${encodeURIComponent(cb)}&state=ops-state-1234`, { jar: hjar });
    const loginChallenge = new URL(auth.location!).searchParams.get('login_challenge')!;
    await ha('GET', `/admin/oauth2/auth/requests/login?login_challenge=${loginChallenge}`);
    const la = j(await ha('PUT', `/admin/oauth2/auth/requests/login/accept?login_challenge=${loginChallenge}`, { json: { subject: 'ops', remember: true } }));
    const toConsent = await hp('GET', new URL(la['redirect_to']).pathname + new URL(la['redirect_to']).search, { jar: hjar });
    const consentChallenge = new URL(toConsent.location!).searchParams.get('consent_challenge')!;
    await ha('GET', `/admin/oauth2/auth/requests/consent?consent_challenge=${consentChallenge}`);
    const ca = j(await ha('PUT', `/admin/oauth2/auth/requests/consent/accept?consent_challenge=${consentChallenge}`, { json: { grant_scope: ['openid', 'offline'], remember: true } }));
    const done = await hp('GET', new URL(ca['redirect_to']).pathname + new URL(ca['redirect_to']).search, { jar: hjar });
    const code = new URL(done.location!).searchParams.get('code')!;
    const basic = { ...J, authorization: 'Basic ' + btoa(`${client['client_id']}:${client['client_secret']}`) };
    const tokens = j(await hp('POST', '/oauth2/token', { headers: basic, form: { grant_type: 'authorization_code', code, redirect_uri: cb } }));
    await hp('GET', '/userinfo', { headers: { ...J, authorization: `Bearer ${tokens['access_token']}` } });
    await ha('POST', '/admin/oauth2/introspect', { form: { token: tokens['access_token'] } });
    await hp('POST', '/oauth2/revoke', { headers: basic, form: { token: tokens['refresh_token'] } });
    await ha('GET', '/admin/oauth2/auth/sessions/consent?subject=ops');
    await ha('DELETE', `/admin/oauth2/auth/sessions/consent?subject=ops&client=${client['client_id']}`);

    // Hydra: rejections and logout
    const a2 = await hp('GET', `/oauth2/auth?client_id=${client['client_id']}&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(cb)}&state=ops-state-5678`, { jar: hjar });
    const c2 = new URL(a2.location!).searchParams.get('login_challenge')!;
    const la2 = j(await ha('PUT', `/admin/oauth2/auth/requests/login/accept?login_challenge=${c2}`, { json: { subject: 'ops' } }));
    const tc2 = await hp('GET', new URL(la2['redirect_to']).pathname + new URL(la2['redirect_to']).search, { jar: hjar });
    await ha('PUT', `/admin/oauth2/auth/requests/consent/reject?consent_challenge=${new URL(tc2.location!).searchParams.get('consent_challenge')}`, { json: { error: 'access_denied' } });
    const a3 = await hp('GET', `/oauth2/auth?client_id=${client['client_id']}&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(cb)}&state=ops-state-9999&prompt=login`, { jar: hjar });
    await ha('PUT', `/admin/oauth2/auth/requests/login/reject?login_challenge=${new URL(a3.location!).searchParams.get('login_challenge')}`, { json: { error: 'access_denied' } });
    const lo = await hp('GET', '/oauth2/sessions/logout', { jar: hjar });
    const logoutChallenge = new URL(lo.location!).searchParams.get('logout_challenge')!;
    await ha('GET', `/admin/oauth2/auth/requests/logout?logout_challenge=${logoutChallenge}`);
    await ha('PUT', `/admin/oauth2/auth/requests/logout/accept?logout_challenge=${logoutChallenge}`);
    const lo2 = await hp('GET', '/oauth2/sessions/logout', { jar: hjar });
    if (lo2.location?.includes('logout_challenge')) await ha('PUT', `/admin/oauth2/auth/requests/logout/reject?logout_challenge=${new URL(lo2.location).searchParams.get('logout_challenge')}`);
    else await ha('PUT', `/admin/oauth2/auth/requests/logout/reject?logout_challenge=${logoutChallenge}`);
    await ha('DELETE', '/admin/oauth2/auth/sessions/login?subject=ops');
    await hp('POST', '/oauth2/token', { headers: basic, form: { grant_type: 'client_credentials' } });
    await ha('DELETE', `/admin/oauth2/tokens?client_id=${client['client_id']}`);
    await ha('DELETE', `/admin/clients/${client['client_id']}`);

    // Ory Network
    const project = j(await net('POST', '/projects', { name: 'ops' }));
    await net('GET', '/projects');
    await net('GET', `/projects/${project['id']}`);
    await net('PUT', `/projects/${project['id']}`, { name: 'ops', services: project['services'] });
    await net('PATCH', `/projects/${project['id']}`, [{ op: 'replace', path: '/name', value: 'ops 2' }]);
    const members = j(await net('GET', `/projects/${project['id']}/members`));
    await net('DELETE', `/projects/${project['id']}/members/${members[0]['id']}`);
    const apiKey = j(await net('POST', `/projects/${project['id']}/tokens`, { name: 'ops' }));
    await net('GET', `/projects/${project['id']}/tokens`);
    await net('DELETE', `/projects/${project['id']}/tokens/${apiKey['id']}`);
    await net('DELETE', `/projects/${project['id']}`);

    expect(specViolations.map((v) => `${v.operationId} ${v.status}: ${v.errors.join('; ')}`)).toEqual([]);
    const missing = V0ALPHA2.filter((id) => !specCovered.has(id));
    expect(missing).toEqual([]);
    expect(V0ALPHA2).toHaveLength(96);
  });

  it('the identity schema route also answers getJsonSchema (the Kratos SDK’s name for it)', async () => {
    const r = await call('kratosPublic', 'GET', '/schemas/ZGVmYXVsdA', { headers: J });
    expect(r.status).toBe(200);
    expect((r.json as Obj)['$id']).toBe('https://orykit.local/e2e/identity.schema.json');
  });

  it('getVersion (metadata) on both admin ports, spec-valid', async () => {
    const before = specViolations.length;
    const kratos = await call('kratosAdmin', 'GET', '/version', { headers: J });
    const hydra = await call('hydraAdmin', 'GET', '/version', { headers: J });
    expect([kratos.status, (kratos.json as Obj)['version']]).toEqual([200, 'v0.11.0']);
    expect([hydra.status, (hydra.json as Obj)['version']]).toEqual([200, 'v2.1.2']);
    expect(specCovered.has('getVersion')).toBe(true);
    expect(specViolations.length).toBe(before);
  });
});
