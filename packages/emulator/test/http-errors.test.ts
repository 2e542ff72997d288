import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../src/server.ts';
import { DEMO_IDENTITY, manualClock, totp } from '../src/index.ts';
import { browser, csrfOf, nodeOf } from './helpers/http-client.ts';
import { specViolations } from './helpers/engine-client.ts';

// Error states and the less travelled methods, over real HTTP with real cookies and a clock the
// test moves.

const clock = manualClock();
let server: EmulatorServer;
let K: string;
let KA: string;
const ALL_ZERO = { kratosPublic: 0, kratosAdmin: 0, hydraPublic: 0, hydraAdmin: 0, network: 0 };

beforeAll(async () => {
  server = await startEmulatorServer({ ports: ALL_ZERO, emulator: { clock, oidcProviders: [{ id: 'github', label: 'GitHub' }] } });
  K = server.urls.kratosPublic!;
  KA = server.urls.kratosAdmin!;
});
afterAll(() => server.close());

const demo = { identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password };

async function signIn(b: ReturnType<typeof browser>) {
  const init = await b(`${K}/self-service/login/browser`);
  return b(init.json.ui.action, { json: { method: 'password', ...demo, csrf_token: csrfOf(init.json) } });
}

describe('malformed and unknown input', () => {
  it('answers malformed JSON with 400 and an error message', async () => {
    const api = browser();
    const flow = await api(`${K}/self-service/login/api`);
    for (const body of ['{"method":', '']) {
      const bad = await api(flow.json.ui.action, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      expect(bad.status).toBe(400);
      expect(bad.json.ui.messages[0]?.id).toBe(4000001);
      expect(bad.json.ui.messages[0]?.text).toMatch(/^Unable to decode JSON payload/);
    }
    const admin = await fetch(`${KA}/admin/identities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(admin.status).toBe(400);
    expect(((await admin.json()) as { error: { code: number } }).error.code).toBe(400);
  });

  it('answers unknown and malformed flow ids', async () => {
    const b = browser();
    const missing = await b(`${K}/self-service/login/flows?id=5b1f3b34-6b5a-4c59-8d0c-7b5a1c0e0f00`);
    expect(missing.status).toBe(404);
    expect(missing.json.error.message).toBe('Unable to locate the resource');
    const submit = await b(`${K}/self-service/login?flow=5b1f3b34-6b5a-4c59-8d0c-7b5a1c0e0f00`, { json: { method: 'password' } });
    expect(submit.status).toBe(404);
    const malformed = await b(`${K}/self-service/registration?flow=nope`, { json: { method: 'password' } });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.reason).toBe('The flow query parameter is missing or malformed.');
  });

  it('sends browsers without JSON to the error UI, which can read the stored error', async () => {
    const b = browser();
    const r = await b(`${K}/self-service/login?flow=nope`, { form: { method: 'password' }, acceptJson: false });
    expect(r.status).toBe(303);
    const id = new URL(r.location!).searchParams.get('id')!;
    expect(r.location).toMatch(/^http:\/\/localhost:5173\/error\?id=/);
    const e = await b(`${K}/self-service/errors?id=${id}`);
    expect(e.status).toBe(200);
    expect(e.json.error.reason).toBe('The flow query parameter is missing or malformed.');
  });

  it('never throws, whatever it is handed', async () => {
    for (const req of [
      { service: 'kratosPublic' as const, method: 'GET', url: '', headers: {} },
      { service: 'kratosAdmin' as const, method: 'BREW', url: '/admin/identities', headers: {} },
      { service: 'hydraPublic' as const, method: 'POST', url: '/oauth2/token', headers: { 'content-type': 'application/json' }, body: '{' },
      { service: 'kratosPublic' as const, method: 'POST', url: '/self-service/settings?flow=%%%', headers: { cookie: '=;;;==' }, body: '\u0000' },
    ]) {
      const res = await server.emulator.handle(req);
      expect(res.status).toBeGreaterThanOrEqual(200);
    }
  });
});

describe('CSRF', () => {
  it('rejects a browser submit without the token, and a flow fetched without the cookie', async () => {
    const b = browser();
    const init = await b(`${K}/self-service/login/browser`);
    const noToken = await b(init.json.ui.action, { json: { method: 'password', ...demo } });
    expect(noToken.status).toBe(403);
    expect(noToken.json.error.id).toBe('security_csrf_violation');
    const wrong = await b(init.json.ui.action, { json: { method: 'password', ...demo, csrf_token: 'x'.repeat(88) } });
    expect(wrong.status).toBe(403);
    const stranger = await browser()(`${K}/self-service/login/flows?id=${init.json.id}`);
    expect(stranger.status).toBe(403);
    expect(stranger.json.error.id).toBe('security_csrf_violation');
  });

  it('rejects an API flow submitted with cookies', async () => {
    const b = browser();
    await b(`${K}/self-service/login/browser`);
    const flow = await b(`${K}/self-service/login/api`);
    const r = await b(flow.json.ui.action, { json: { method: 'password', ...demo } });
    expect(r.status).toBe(400);
    expect(r.json.ui.messages[0].text).toMatch(/included the "Cookie" key/);
  });
});

describe('expiry', () => {
  it('answers 410 for an expired flow and hands out a new one', async () => {
    const b = browser();
    const init = await b(`${K}/self-service/login/browser`);
    clock.advance(61 * 60_000);
    const fetched = await b(`${K}/self-service/login/flows?id=${init.json.id}`);
    expect(fetched.status).toBe(410);
    expect(fetched.json.error.id).toBe('self_service_flow_expired');
    expect(fetched.json.error.details.redirect_to).toBe(`${K}/self-service/login/browser`);
    const submit = await b(init.json.ui.action, { json: { method: 'password', ...demo, csrf_token: csrfOf(init.json) } });
    expect(submit.status).toBe(410);
    expect(submit.json.use_flow_id).toMatch(/^[0-9a-f-]{36}$/);
    const next = await b(`${K}/self-service/login/flows?id=${submit.json.use_flow_id}`);
    expect(next.json.ui.messages[0].id).toBe(4010001);
    const form = await b(init.json.ui.action, { form: { method: 'password', ...demo, csrf_token: csrfOf(init.json) }, acceptJson: false });
    expect(form.status).toBe(303);
    expect(form.location).toMatch(/^http:\/\/localhost:5173\/login\?flow=/);
  });

  it('redirects an expired recovery flow to its replacement', async () => {
    const b = browser();
    const init = await b(`${K}/self-service/recovery/browser`);
    clock.advance(61 * 60_000);
    const r = await b(init.json.ui.action, { json: { method: 'code', email: 'x@example.com', csrf_token: csrfOf(init.json) } });
    expect(r.status).toBe(303);
    expect(r.location).toMatch(/\/self-service\/recovery\/flows\?id=/);
  });
});

describe('sessions', () => {
  it('refuses a second login, lists and revokes other sessions', async () => {
    const a = browser();
    const b = browser();
    expect((await signIn(a)).status).toBe(200);
    expect((await signIn(b)).status).toBe(200);
    const again = await a(`${K}/self-service/login/browser`);
    expect(again.status).toBe(400);
    expect(again.json.error.id).toBe('session_already_available');
    const others = await a(`${K}/sessions`);
    expect(others.status).toBe(200);
    expect(others.json.length).toBeGreaterThanOrEqual(1);
    const one = others.json[0].id as string;
    expect((await a(`${K}/sessions/${one}`, { method: 'DELETE' })).status).toBe(204);
    const current = (await a(`${K}/sessions/whoami`)).json.id as string;
    const self = await a(`${K}/sessions/${current}`, { method: 'DELETE' });
    expect(self.status).toBe(400);
    expect((await a(`${K}/sessions`, { method: 'DELETE' })).json).toHaveProperty('count');
    expect((await b(`${K}/sessions/whoami`)).status).toBe(401);
    const refresh = await a(`${K}/self-service/login/browser?refresh=true`);
    expect(refresh.status).toBe(200);
    expect(refresh.json.refresh).toBe(true);
    expect(refresh.json.ui.messages[0].id).toBe(1010003);
    expect(nodeOf(refresh.json, 'identifier')?.['type']).toBe('hidden');
  });

  it('asks for a fresh login before a password change after the privileged window', async () => {
    const b = browser();
    await signIn(b);
    const flow = await b(`${K}/self-service/settings/browser`);
    clock.advance(16 * 60_000);
    const r = await b(flow.json.ui.action, { json: { method: 'password', password: 'another-long-password-1', csrf_token: csrfOf(flow.json) } });
    expect(r.status).toBe(403);
    expect(r.json.error.id).toBe('session_refresh_required');
    expect(r.json.redirect_browser_to).toMatch(/\/self-service\/login\/browser\?refresh=true&return_to=/);
  });

  it('rejects return_to outside the allow-list', async () => {
    const r = await browser()(`${K}/self-service/login/browser?return_to=https://evil.example/`);
    expect(r.status).toBe(400);
    expect(r.json.error.id).toBe('self_service_flow_return_to_forbidden');
  });

  it('logs an API session out with its token', async () => {
    const api = browser();
    const flow = await api(`${K}/self-service/login/api`);
    const done = await api(flow.json.ui.action, { json: { method: 'password', ...demo } });
    expect(done.json.session_token).toBeTruthy();
    const out = await api(`${K}/self-service/logout/api`, { method: 'DELETE', json: { session_token: done.json.session_token } });
    expect(out.status).toBe(204);
    const gone = await api(`${K}/sessions/whoami`, { headers: { 'x-session-token': done.json.session_token } });
    expect(gone.status).toBe(401);
  });
});

describe('browser forms (no JavaScript)', () => {
  it('registers with dotted names and lands on the return URL', async () => {
    const b = browser();
    const init = await b(`${K}/self-service/registration/browser`);
    const r = await b(init.json.ui.action, {
      acceptJson: false,
      form: { method: 'password', 'traits.email': 'form@example.com', 'traits.name.first': 'Form', password: 'form-posted-password-1', csrf_token: csrfOf(init.json) },
    });
    expect(r.status).toBe(303);
    expect(r.location).toBe('http://localhost:5173/');
    expect(b.jar.get('ory_kratos_session')).toBeTruthy();
  });

  it('shows validation errors on the fields and keeps what was typed', async () => {
    const b = browser();
    const init = await b(`${K}/self-service/registration/browser`);
    const r = await b(init.json.ui.action, { json: { method: 'password', traits: { email: 'nope', name: { first: 'Kept' } }, password: 'x', csrf_token: csrfOf(init.json) } });
    expect(r.status).toBe(400);
    expect(nodeOf(r.json, 'traits.email')?.['value']).toBe('nope');
    expect(nodeOf(r.json, 'traits.name.first')?.['value']).toBe('Kept');
    expect(nodeOf(r.json, 'password')?.['value']).toBeUndefined();
    const emailNode = r.json.ui.nodes.find((n: { attributes: { name?: string } }) => n.attributes.name === 'traits.email');
    expect(emailNode.messages[0].id).toBe(4000001);
    const missing = await b(init.json.ui.action, { json: { method: 'password', traits: {}, password: 'a-long-enough-password', csrf_token: csrfOf(r.json) } });
    const msg = missing.json.ui.nodes.find((n: { attributes: { name?: string } }) => n.attributes.name === 'traits.email').messages[0];
    expect(msg).toEqual({ id: 4000002, text: 'Property email is missing.', type: 'error', context: { property: 'email' } });
  });
});

describe('second factors and other methods', () => {
  it('lookup secrets: generate, confirm, sign in at AAL2 with one', async () => {
    const b = browser();
    await signIn(b);
    const flow = await b(`${K}/self-service/settings/browser`);
    const gen = await b(flow.json.ui.action, { json: { lookup_secret_regenerate: true, csrf_token: csrfOf(flow.json) } });
    expect(gen.status).toBe(200);
    const codesNode = nodeOf(gen.json, 'lookup_secret_codes') as { text: { id: number; context: { secrets: { text: string }[] } } };
    expect(codesNode.text.id).toBe(1050015);
    const codes = codesNode.text.context.secrets.map((s) => s.text);
    expect(codes).toHaveLength(12);
    const confirm = await b(flow.json.ui.action, { json: { lookup_secret_confirm: true, csrf_token: csrfOf(gen.json) } });
    expect(confirm.status).toBe(200);
    expect(confirm.json.state).toBe('success');
    const c = browser();
    await signIn(c);
    const aal2 = await c(`${K}/self-service/login/browser?aal=aal2`);
    expect(nodeOf(aal2.json, 'lookup_secret')).toBeDefined();
    const ok = await c(aal2.json.ui.action, { json: { method: 'lookup_secret', lookup_secret: codes[0], csrf_token: csrfOf(aal2.json) } });
    expect(ok.status).toBe(200);
    expect(ok.json.session.authenticator_assurance_level).toBe('aal2');
    // A used code is refused at the next AAL2 login, and "reveal" marks it used.
    const d = browser();
    await signIn(d);
    const again = await d(`${K}/self-service/login/browser?aal=aal2`);
    const reused = await d(again.json.ui.action, { json: { method: 'lookup_secret', lookup_secret: codes[0], csrf_token: csrfOf(again.json) } });
    expect(reused.status).toBe(400);
    expect(JSON.stringify(reused.json.ui)).toContain('This backup recovery code has already been used.');
    const s1 = await c(`${K}/self-service/settings/browser`);
    const shown = await c(s1.json.ui.action, { json: { lookup_secret_reveal: true, csrf_token: csrfOf(s1.json) } });
    expect(shown.status).toBe(200);
    const revealed = nodeOf(shown.json, 'lookup_secret_codes') as { text: { context: { secrets: { id: number; text: string }[] } } };
    expect(revealed.text.context.secrets[0]?.id).toBe(1050014);
    expect(revealed.text.context.secrets[1]?.text).toBe(codes[1]);
    // Disable again so that the demo identity stays single-factor for the other tests.
    const s2 = await c(`${K}/self-service/settings/browser`);
    const off = await c(s2.json.ui.action, { json: { lookup_secret_disable: true, csrf_token: csrfOf(s2.json) } });
    expect(off.status).toBe(200);
  });

  it('WebAuthn: the script node, the onclick button, the script itself', async () => {
    const b = browser();
    await signIn(b);
    const flow = await b(`${K}/self-service/settings/browser`);
    const script = flow.json.ui.nodes.find((n: { type: string }) => n.type === 'script').attributes;
    expect(script).toMatchObject({ id: 'webauthn_script', async: true, crossorigin: 'anonymous', referrerpolicy: 'no-referrer', type: 'text/javascript' });
    expect(String(nodeOf(flow.json, 'webauthn_register_trigger')?.['onclick'])).toMatch(/^window\.__oryWebAuthnRegistration\(\{"publicKey":/);
    const js = await fetch(script.src);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const text = await js.text();
    expect(script.integrity).toBe('sha512-' + createHash('sha512').update(text).digest('base64'));
    expect(text).toContain('__oryWebAuthnLogin');
  });

  // Adding, using and removing keys (and what a wrong encoding gets): test/webauthn.test.ts.

  it('OIDC: 422 to the provider for JSON clients, then the callback signs up', async () => {
    const b = browser();
    const init = await b(`${K}/self-service/login/browser`);
    expect(init.json.ui.nodes.find((n: { group: string }) => n.group === 'oidc').meta.label).toMatchObject({ id: 1010002, text: 'Sign in with GitHub' });
    const r = await b(init.json.ui.action, { json: { provider: 'github', csrf_token: csrfOf(init.json) } });
    expect(r.status).toBe(422);
    expect(r.json.error.id).toBe('browser_location_change_required');
    const page = await b(r.json.redirect_browser_to, { acceptJson: false });
    expect(page.status).toBe(200);
    const state = /name="state" value="([^"]+)"/.exec(page.body)![1]!;
    const cb = await b(`${K}/self-service/methods/oidc/callback/github`, { acceptJson: false, form: { state, email: 'octo@example.com' } });
    expect(cb.status).toBe(303);
    const me = await b(`${K}/sessions/whoami`);
    expect(me.json.identity.traits.email).toBe('octo@example.com');
    expect(me.json.authentication_methods[0].method).toBe('oidc');
  });
});

describe('admin API', () => {
  it('creates, patches, updates, lists and deletes identities', async () => {
    const a = browser();
    const created = await a(`${KA}/admin/identities`, { json: { schema_id: 'default', traits: { email: 'admin-made@example.com' }, credentials: { password: { config: { password: 'admin-set-password-1' } } } } });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    expect(created.json.credentials.password.identifiers).toEqual(['admin-made@example.com']);
    const dup = await a(`${KA}/admin/identities`, { json: { traits: { email: 'admin-made@example.com' } } });
    expect(dup.status).toBe(409);
    const patched = await a(`${KA}/admin/identities/${id}`, { method: 'PATCH', json: [{ op: 'add', path: '/traits/name', value: { first: 'Patched' } }] });
    expect((await a(`${KA}/admin/identities/${id}`, { method: 'PATCH', json: [{ op: 'replace', path: '/traits/nope', value: 1 }] })).status).toBe(400);
    expect(patched.status).toBe(200);
    expect(patched.json.traits.name.first).toBe('Patched');
    const put = await a(`${KA}/admin/identities/${id}`, { method: 'PUT', json: { schema_id: 'default', traits: { email: 'admin-made@example.com' }, state: 'inactive', metadata_public: { plan: 'pro' } } });
    expect(put.json.state).toBe('inactive');
    expect(put.json.metadata_public).toEqual({ plan: 'pro' });
    const bad = await a(`${KA}/admin/identities/${id}`, { method: 'PUT', json: { traits: { email: 'not-an-email' } } });
    expect(bad.status).toBe(400);
    const oidc = await a(`${KA}/admin/identities/${id}?include_credential=oidc`);
    expect(oidc.status).toBe(200);
    expect((await a(`${KA}/admin/identities/${id}?include_credential=password`)).status).toBe(400);
    expect((await a(`${KA}/admin/identities`)).headers.get('x-total-count')).toBeTruthy();
    const link = await a(`${KA}/admin/recovery/link`, { json: { identity_id: id, expires_in: '10m' } });
    expect(link.status).toBe(200);
    expect(link.json.recovery_link).toMatch(/\/self-service\/recovery\?flow=.*token=/);
    expect((await a(`${KA}/admin/identities/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await a(`${KA}/admin/identities/${id}`)).status).toBe(404);
  });

  it('recovery link from the admin API signs the browser in', async () => {
    const a = browser();
    const demoId = (await a(`${KA}/admin/identities`)).json.find((i: { traits: { email: string } }) => i.traits.email === DEMO_IDENTITY.email).id;
    const link = await a(`${KA}/admin/recovery/link`, { json: { identity_id: demoId } });
    const b = browser();
    const r = await b(link.json.recovery_link, { acceptJson: false });
    expect(r.status).toBe(303);
    expect(r.location).toMatch(/^http:\/\/localhost:5173\/settings\?flow=/);
    expect((await b(`${K}/sessions/whoami`)).status).toBe(200);
  });

  it('lists, extends and deletes the sessions of an identity; filters the outbox', async () => {
    const a = browser();
    const b = browser();
    await signIn(b);
    const me = (await b(`${K}/sessions/whoami`)).json;
    const list = await a(`${KA}/admin/identities/${me.identity.id}/sessions?active=true`);
    expect(list.status).toBe(200);
    expect(list.json.some((s: { id: string }) => s.id === me.id)).toBe(true);
    const ext = await a(`${KA}/admin/sessions/${me.id}/extend`, { method: 'PATCH' });
    expect(ext.status).toBe(200);
    expect((await a(`${KA}/admin/identities/${me.identity.id}/sessions`, { method: 'DELETE' })).status).toBe(204);
    expect((await b(`${K}/sessions/whoami`)).status).toBe(401);
    const q = await a(`${KA}/admin/courier/messages?status=queued`);
    expect(q.status).toBe(200);
    expect((await a(`${KA}/admin/courier/messages?status=bogus`)).status).toBe(400);
  });
});

describe('CORS', () => {
  it('answers preflights and allows credentials for the app origin only', async () => {
    const pre = await fetch(`${K}/sessions/whoami`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-session-token' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
    expect(pre.headers.get('access-control-allow-headers')).toBe('x-session-token');
    const get = await fetch(`${K}/sessions/whoami`, { headers: { origin: 'http://localhost:5173' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(get.headers.get('vary')).toMatch(/Origin/);
    const evil = await fetch(`${K}/sessions/whoami`, { headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('verification code with a totp-free identity', () => {
  it('sends a code to a known address and accepts it', async () => {
    const b = browser();
    const init = await b(`${K}/self-service/verification/browser`);
    const sent = await b(init.json.ui.action, { json: { method: 'code', email: DEMO_IDENTITY.email, csrf_token: csrfOf(init.json) } });
    expect(sent.json.state).toBe('sent_email');
    const code = server.emulator.outbox.latestCode(DEMO_IDENTITY.email)!;
    const wrong = await b(init.json.ui.action, { json: { method: 'code', code: '000000', csrf_token: csrfOf(sent.json) } });
    expect(wrong.json.ui.messages[0].id).toBe(4070006);
    const ok = await b(init.json.ui.action, { json: { method: 'code', code, csrf_token: csrfOf(sent.json) } });
    expect(ok.json.state).toBe('passed_challenge');
    expect(totp('JBSWY3DPEHPK3PXP', 0)).toMatch(/^\d{6}$/);
  });
});

describe('spec', () => {
  it('accepted every answer', () => {
    expect(specViolations.map((v) => `${v.operationId} ${v.status}: ${v.errors.join('; ')}`)).toEqual([]);
  });
});
