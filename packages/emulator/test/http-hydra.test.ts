import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../src/server.ts';
import { browser } from './helpers/http-client.ts';
import { specViolations } from './helpers/engine-client.ts';

// Hydra v2 over HTTP: the authorization code flow with an app playing login and consent UI
// through the admin API, tokens, refresh, client credentials, revocation, remembered sessions,
// logout, and the admin APIs around it.

let server: EmulatorServer;
let H: string;
let HA: string;
const cb = 'http://localhost:5173/oauth2/callback';
const bye = 'http://localhost:5173/bye';

beforeAll(async () => {
  server = await startEmulatorServer({ ports: { kratosPublic: 0, kratosAdmin: 0, hydraPublic: 0, hydraAdmin: 0, network: 0 } });
  H = server.urls.hydraPublic!;
  HA = server.urls.hydraAdmin!;
});
afterAll(() => server.close());

const admin = browser();
const user = browser();
let client: { client_id: string; client_secret: string };
const basic = () => 'Basic ' + btoa(`${client.client_id}:${client.client_secret}`);

function authUrl(extra = ''): string {
  return `${H}/oauth2/auth?client_id=${client.client_id}&response_type=code&scope=openid%20offline_access&redirect_uri=${encodeURIComponent(cb)}&state=state-1234567890${extra}`;
}

async function authorizeAs(subject: string, o: { remember?: boolean; expectSkip?: { login: boolean; consent: boolean } } = {}) {
  const start = await user(authUrl(), { acceptJson: false });
  expect(start.status).toBe(302);
  const challenge = new URL(start.location!).searchParams.get('login_challenge')!;
  const login = await admin(`${HA}/admin/oauth2/auth/requests/login?login_challenge=${challenge}`);
  if (o.expectSkip) expect(login.json.skip).toBe(o.expectSkip.login);
  const accepted = await admin(`${HA}/admin/oauth2/auth/requests/login/accept?login_challenge=${challenge}`, { method: 'PUT', json: { subject, remember: o.remember ?? true, remember_for: 3600 } });
  expect(accepted.status).toBe(200);
  const toConsent = await user(accepted.json.redirect_to, { acceptJson: false });
  expect(toConsent.status).toBe(302);
  const consentChallenge = new URL(toConsent.location!).searchParams.get('consent_challenge')!;
  const consent = await admin(`${HA}/admin/oauth2/auth/requests/consent?consent_challenge=${consentChallenge}`);
  expect(consent.json.subject).toBe(subject);
  if (o.expectSkip) expect(consent.json.skip).toBe(o.expectSkip.consent);
  const granted = await admin(`${HA}/admin/oauth2/auth/requests/consent/accept?consent_challenge=${consentChallenge}`, {
    method: 'PUT',
    json: { grant_scope: consent.json.requested_scope, remember: o.remember ?? true, remember_for: 3600, session: { id_token: { email: `${subject}@example.com` } } },
  });
  const done = await user(granted.json.redirect_to, { acceptJson: false });
  expect(done.status).toBe(303);
  const back = new URL(done.location!);
  expect(back.searchParams.get('state')).toBe('state-1234567890');
  return back.searchParams.get('code')!;
}

async function exchange(code: string) {
  return admin(`${H}/oauth2/token`, { headers: { authorization: basic() }, form: { grant_type: 'authorization_code', code, redirect_uri: cb } });
}

describe('Hydra authorization code flow over HTTP', () => {
  it('creates a client', async () => {
    const r = await admin(`${HA}/admin/clients`, {
      json: {
        client_name: 'journey',
        grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
        response_types: ['code'],
        scope: 'openid offline_access email',
        redirect_uris: [cb],
        post_logout_redirect_uris: [bye],
      },
    });
    expect(r.status).toBe(201);
    expect(r.json.token_endpoint_auth_method).toBe('client_secret_basic');
    client = r.json;
  });

  it('logs in, consents, exchanges the code, and the id_token verifies against the JWKS', async () => {
    const code = await authorizeAs('alice', { expectSkip: { login: false, consent: false } });
    const tokens = await exchange(code);
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(tokens.json)).toEqual(['access_token', 'expires_in', 'id_token', 'refresh_token', 'scope', 'token_type']);
    const [h, p, sig] = (tokens.json.id_token as string).split('.') as [string, string, string];
    const header = JSON.parse(Buffer.from(h, 'base64url').toString());
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    expect(claims).toMatchObject({ sub: 'alice', email: 'alice@example.com', aud: [client.client_id], iss: H });
    const jwks = await admin(`${H}/.well-known/jwks.json`);
    const jwk = jwks.json.keys.find((k: { kid: string }) => k.kid === header.kid);
    const key = await crypto.subtle.importKey('jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
    expect(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, Buffer.from(sig, 'base64url'), new TextEncoder().encode(`${h}.${p}`))).toBe(true);
    const info = await admin(`${H}/userinfo`, { headers: { authorization: `Bearer ${tokens.json.access_token}` } });
    expect(info.json).toMatchObject({ sub: 'alice', email: 'alice@example.com' });
    const intro = await admin(`${HA}/admin/oauth2/introspect`, { form: { token: tokens.json.access_token } });
    expect(intro.json).toMatchObject({ active: true, sub: 'alice', client_id: client.client_id, token_use: 'access_token' });
    const refreshed = await admin(`${H}/oauth2/token`, { headers: { authorization: basic() }, form: { grant_type: 'refresh_token', refresh_token: tokens.json.refresh_token } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.refresh_token).not.toBe(tokens.json.refresh_token);
    const again = await admin(`${H}/oauth2/token`, { headers: { authorization: basic() }, form: { grant_type: 'refresh_token', refresh_token: tokens.json.refresh_token } });
    expect(again.status).toBe(400);
    expect((await admin(`${HA}/admin/oauth2/introspect`, { form: { token: tokens.json.access_token } })).json.active).toBe(false);
    const revoked = await admin(`${H}/oauth2/revoke`, { headers: { authorization: basic() }, form: { token: refreshed.json.access_token } });
    expect(revoked.status).toBe(200);
    expect((await admin(`${HA}/admin/oauth2/introspect`, { form: { token: refreshed.json.access_token } })).json.active).toBe(false);
    // Reusing a code fails and revokes what it issued (fosite).
    const second = await authorizeAs('alice');
    const t2 = await exchange(second);
    expect((await exchange(second)).json.error).toBe('invalid_grant');
    expect((await admin(`${HA}/admin/oauth2/introspect`, { form: { token: t2.json.access_token } })).json.active).toBe(false);
    const bad = await admin(`${H}/userinfo`, { headers: { authorization: 'Bearer nope' } });
    expect(bad.status).toBe(401);
    expect(bad.json.error).toBe('request_unauthorized');
  });

  it('skips login and consent for a remembered subject', async () => {
    const code = await authorizeAs('alice', { expectSkip: { login: true, consent: true } });
    expect((await exchange(code)).status).toBe(200);
    const sessions = await admin(`${HA}/admin/oauth2/auth/sessions/consent?subject=alice`);
    expect(sessions.status).toBe(200);
    expect(sessions.json.length).toBeGreaterThanOrEqual(1);
    expect(sessions.json[0].consent_request.client.client_id).toBe(client.client_id);
    expect((await admin(`${HA}/admin/oauth2/auth/sessions/consent?subject=alice&client=${client.client_id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin(`${HA}/admin/oauth2/auth/sessions/consent?subject=alice`)).json).toEqual([]);
  });

  it('logs out through the logout UI and forgets the login session', async () => {
    const code = await authorizeAs('alice', { expectSkip: { login: true, consent: false } });
    const tokens = await exchange(code);
    const start = await user(`${H}/oauth2/sessions/logout?id_token_hint=${tokens.json.id_token}&post_logout_redirect_uri=${encodeURIComponent(bye)}&state=xyz`, { acceptJson: false });
    expect(start.status).toBe(302);
    const challenge = new URL(start.location!).searchParams.get('logout_challenge')!;
    const req = await admin(`${HA}/admin/oauth2/auth/requests/logout?logout_challenge=${challenge}`);
    expect(req.json).toMatchObject({ subject: 'alice', rp_initiated: true });
    const accepted = await admin(`${HA}/admin/oauth2/auth/requests/logout/accept?logout_challenge=${challenge}`, { method: 'PUT' });
    const end = await user(accepted.json.redirect_to, { acceptJson: false });
    expect(end.location).toBe(`${bye}?state=xyz`);
    const next = await user(authUrl(), { acceptJson: false });
    const c = new URL(next.location!).searchParams.get('login_challenge')!;
    expect((await admin(`${HA}/admin/oauth2/auth/requests/login?login_challenge=${c}`)).json.skip).toBe(false);
  });

  it('sends a rejected login back to the client with the error', async () => {
    const start = await user(authUrl('&prompt=login'), { acceptJson: false });
    const challenge = new URL(start.location!).searchParams.get('login_challenge')!;
    const rejected = await admin(`${HA}/admin/oauth2/auth/requests/login/reject?login_challenge=${challenge}`, { method: 'PUT', json: { error: 'access_denied', error_description: 'No thanks' } });
    const back = await user(rejected.json.redirect_to, { acceptJson: false });
    const u = new URL(back.location!);
    expect(u.origin + u.pathname).toBe(cb);
    expect(u.searchParams.get('error')).toBe('access_denied');
    const handled = await admin(`${HA}/admin/oauth2/auth/requests/login?login_challenge=${challenge}`);
    expect(handled.status).toBe(410);
    expect(handled.json.redirect_to).toBeTruthy();
  });

  it('issues client credentials tokens and rejects wrong client authentication', async () => {
    const cc = await admin(`${H}/oauth2/token`, { headers: { authorization: basic() }, form: { grant_type: 'client_credentials', scope: 'email' } });
    expect(cc.status).toBe(200);
    expect((await admin(`${HA}/admin/oauth2/introspect`, { form: { token: cc.json.access_token } })).json.sub).toBe(client.client_id);
    const wrong = await admin(`${H}/oauth2/token`, { headers: { authorization: 'Basic ' + btoa(`${client.client_id}:nope`) }, form: { grant_type: 'client_credentials' } });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error).toBe('invalid_client');
    const post = await admin(`${H}/oauth2/token`, { form: { grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret } });
    expect(post.status).toBe(401);
    expect(post.json.error_description).toMatch(/client_secret_basic/);
    expect((await admin(`${HA}/admin/oauth2/tokens?client_id=${client.client_id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin(`${HA}/admin/oauth2/introspect`, { form: { token: cc.json.access_token } })).json.active).toBe(false);
  });

  it('answers bad authorize requests like Hydra', async () => {
    const unknown = await user(`${H}/oauth2/auth?client_id=nope&response_type=code&scope=openid&state=state-123456789`, { acceptJson: false });
    expect(unknown.status).toBe(302);
    expect(unknown.location).toMatch(/^http:\/\/localhost:5173\/error\?error=invalid_client/);
    const scope = await user(`${H}/oauth2/auth?client_id=${client.client_id}&response_type=code&scope=admin&redirect_uri=${encodeURIComponent(cb)}&state=state-123456789`, { acceptJson: false });
    expect(new URL(scope.location!).searchParams.get('error')).toBe('invalid_scope');
    expect((await admin(`${HA}/admin/oauth2/auth/requests/login`)).status).toBe(400);
    expect((await admin(`${HA}/admin/oauth2/auth/requests/login?login_challenge=nope`)).status).toBe(404);
  });
});

describe('Hydra admin APIs over HTTP', () => {
  it('client CRUD and dynamic registration', async () => {
    const made = await admin(`${HA}/admin/clients`, { json: { client_name: 'crud', redirect_uris: [cb] } });
    const id = made.json.client_id as string;
    expect((await admin(`${HA}/admin/clients/${id}`)).json.client_secret).toBeUndefined();
    const put = await admin(`${HA}/admin/clients/${id}`, { method: 'PUT', json: { client_name: 'crud 2', redirect_uris: [cb] } });
    expect(put.json.client_name).toBe('crud 2');
    const patched = await admin(`${HA}/admin/clients/${id}`, { method: 'PATCH', json: [{ op: 'replace', path: '/client_name', value: 'crud 3' }] });
    expect(patched.json.client_name).toBe('crud 3');
    const list = await admin(`${HA}/admin/clients?page_size=1`);
    expect(list.headers.get('link')).toMatch(/rel="first"/);
    expect((await admin(`${HA}/admin/clients/${id}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await admin(`${HA}/admin/clients/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.json).toEqual({ error: 'Not Found', error_description: 'Unable to locate the requested resource' });
    expect((await admin(`${HA}/admin/clients`, { json: { client_secret: 'short' } })).status).toBe(400);

    const reg = await admin(`${H}/oauth2/register`, { json: { client_name: 'dyn', redirect_uris: [cb] } });
    expect(reg.status).toBe(201);
    const auth = { authorization: `Bearer ${reg.json.registration_access_token}` };
    expect((await admin(`${H}/oauth2/register/${reg.json.client_id}`, { headers: auth })).status).toBe(200);
    const upd = await admin(`${H}/oauth2/register/${reg.json.client_id}`, { method: 'PUT', headers: auth, json: { client_name: 'dyn 2', redirect_uris: [cb] } });
    expect(upd.status).toBe(200);
    const auth2 = { authorization: `Bearer ${upd.json.registration_access_token}` };
    expect((await admin(`${H}/oauth2/register/${reg.json.client_id}`)).status).toBe(401);
    expect((await admin(`${H}/oauth2/register/${reg.json.client_id}`, { method: 'DELETE', headers: auth2 })).status).toBe(204);
  });

  it('JSON Web Key sets', async () => {
    for (const alg of ['RS256', 'ES256', 'HS256']) {
      const made = await admin(`${HA}/admin/keys/set-${alg}`, { json: { alg, use: 'sig', kid: `k-${alg}` } });
      expect(made.status).toBe(201);
      expect(made.json.keys[0]).toMatchObject({ kid: `k-${alg}`, alg, use: 'sig' });
    }
    const set = await admin(`${HA}/admin/keys/set-RS256`);
    expect(set.json.keys[0].d).toBeTruthy();
    const one = await admin(`${HA}/admin/keys/set-RS256/k-RS256`);
    expect(one.status).toBe(200);
    const upd = await admin(`${HA}/admin/keys/set-RS256/k-RS256`, { method: 'PUT', json: { ...one.json.keys[0], use: 'enc' } });
    expect(upd.json.use).toBe('enc');
    const replaced = await admin(`${HA}/admin/keys/set-ES256`, { method: 'PUT', json: { keys: [{ kty: 'oct', kid: 'x', k: 'AAAA', alg: 'HS256', use: 'sig' }] } });
    expect(replaced.json.keys[0].kid).toBe('x');
    expect((await admin(`${HA}/admin/keys/set-RS256/k-RS256`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin(`${HA}/admin/keys/set-HS256`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin(`${HA}/admin/keys/set-HS256`)).status).toBe(404);
    expect((await admin(`${HA}/admin/keys/bad`, { json: { alg: 'XX256', use: 'sig' } })).status).toBe(400);
    expect((await admin(`${HA}/admin/keys/hydra.openid.id-token`)).json.keys.length).toBe(1);
  });

  it('trusted JWT grant issuers', async () => {
    const made = await admin(`${HA}/admin/trust/grants/jwt-bearer/issuers`, {
      json: { issuer: 'https://issuer.example', subject: 'alice', scope: ['openid'], expires_at: '2099-01-01T00:00:00Z', jwk: { kty: 'RSA', kid: 'trusted', n: 'AQAB', e: 'AQAB', alg: 'RS256', use: 'sig' } },
    });
    expect(made.status).toBe(201);
    expect(made.json.public_key).toEqual({ set: 'https://issuer.example', kid: 'trusted' });
    expect((await admin(`${HA}/admin/trust/grants/jwt-bearer/issuers`)).json).toHaveLength(1);
    expect((await admin(`${HA}/admin/trust/grants/jwt-bearer/issuers/${made.json.id}`)).status).toBe(200);
    expect((await admin(`${HA}/admin/trust/grants/jwt-bearer/issuers/${made.json.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin(`${HA}/admin/trust/grants/jwt-bearer/issuers`, { json: { issuer: 'x' } })).status).toBe(400);
  });

  it('login sessions can be revoked by subject', async () => {
    expect((await admin(`${HA}/admin/oauth2/auth/sessions/login?subject=alice`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin(`${HA}/admin/oauth2/auth/sessions/login`, { method: 'DELETE' })).status).toBe(400);
  });

  it('every answer satisfied the spec', () => {
    expect(specViolations.map((v) => `${v.operationId} ${v.status}: ${v.errors.join('; ')}`)).toEqual([]);
  });
});
