import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../src/server.ts';
import { DEMO_IDENTITY } from '../src/index.ts';
import { softAuthenticator } from './helpers/authenticator.ts';
import { browser, csrfOf, nodeOf } from './helpers/http-client.ts';

// WebAuthn over real HTTP with a software authenticator: the emulator checks what go-webauthn checks of
// the shape (clientDataJSON type, challenge, origin, RP ID hash, credential id), so a wrong encoding
// fails here as on Kratos; in both of Kratos' modes (`passwordless` off: second factor; on: sign-up and
// sign-in with a key).

const ALL_ZERO = { kratosPublic: 0, kratosAdmin: 0, hydraPublic: 0, hydraAdmin: 0, network: 0 };
const ORIGIN = 'http://localhost:5173';
const removeNodes = (json: { ui: { nodes: { attributes: { name?: string; value?: unknown } }[] } }) =>
  json.ui.nodes.filter((n) => n.attributes.name === 'webauthn_remove').map((n) => String(n.attributes.value));

describe('passwordless off: a second factor', () => {
  let server: EmulatorServer;
  let K: string;
  beforeAll(async () => {
    server = await startEmulatorServer({ ports: ALL_ZERO, emulator: {} });
    K = server.urls.kratosPublic!;
  });
  afterAll(() => server.close());

  async function signIn(b: ReturnType<typeof browser>) {
    const init = await b(`${K}/self-service/login/browser`);
    return b(init.json.ui.action, { json: { method: 'password', identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password, csrf_token: csrfOf(init.json) } });
  }

  it('options as Kratos v0.11 marshals them: padded standard base64 challenge and user id', async () => {
    const b = browser();
    await signIn(b);
    const flow = await b(`${K}/self-service/settings/browser`);
    const onclick = String(nodeOf(flow.json, 'webauthn_register_trigger')?.['onclick']);
    const opts = JSON.parse(onclick.slice('window.__oryWebAuthnRegistration('.length, -1)).publicKey;
    expect(opts.challenge).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(opts.user.id).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(opts.rp).toEqual({ name: 'orykit', id: 'localhost' });
  });

  it('a wrong encoding fails as on Kratos: type, challenge, origin, RP ID, padding', async () => {
    const b = browser();
    await signIn(b);
    const key = softAuthenticator(ORIGIN);
    for (const o of [{ type: 'webauthn.get' }, { challenge: 'AAAA' }, { origin: 'http://evil.example' }, { rpId: 'example.com' }]) {
      const flow = await b(`${K}/self-service/settings/browser`);
      const onclick = nodeOf(flow.json, 'webauthn_register_trigger')?.['onclick'];
      const r = await b(flow.json.ui.action, { json: { webauthn_register: key.register(onclick, o), csrf_token: csrfOf(flow.json) } });
      expect(r.status, JSON.stringify(o)).toBe(500);
      expect(r.json.error.reason).toMatch(/^Unable to create WebAuthn credential/);
    }
    const flow = await b(`${K}/self-service/settings/browser`);
    const padded = key.register(nodeOf(flow.json, 'webauthn_register_trigger')?.['onclick']).replace(/"clientDataJSON":"([^"]*)"/, '"clientDataJSON":"$1=="');
    const r = await b(flow.json.ui.action, { json: { webauthn_register: padded, csrf_token: csrfOf(flow.json) } });
    expect(r.status).toBe(400);
    expect(r.json.ui.messages[0]).toMatchObject({ id: 4000001, text: expect.stringMatching(/^Unable to parse WebAuthn response/) });
  });

  it('a key added in settings signs in at aal2; a key it does not know does not; then it is removed', async () => {
    const b = browser();
    await signIn(b);
    const key = softAuthenticator(ORIGIN);
    const flow = await b(`${K}/self-service/settings/browser`);
    const added = await b(flow.json.ui.action, {
      json: { webauthn_register: key.register(nodeOf(flow.json, 'webauthn_register_trigger')?.['onclick']), webauthn_register_displayname: 'YubiKey', csrf_token: csrfOf(flow.json) },
    });
    expect(added.status).toBe(200);
    const removeNode = added.json.ui.nodes.find((n: { attributes: { name?: string } }) => n.attributes.name === 'webauthn_remove');
    expect(removeNode.meta.label).toMatchObject({ id: 1050018, text: 'Remove security key "YubiKey"' });
    // Kratos names the key by its raw id in hex (`%x`).
    expect(removeNode.attributes.value).toBe(Buffer.from(key.ids[0] ?? '', 'base64url').toString('hex'));

    const c = browser();
    await signIn(c);
    const aal2 = await c(`${K}/self-service/login/browser?aal=aal2`);
    const onclick = nodeOf(aal2.json, 'webauthn_login_trigger')?.['onclick'];
    expect(String(onclick)).toContain(`"allowCredentials":[{"type":"public-key","id":"${Buffer.from(key.ids[0] ?? '', 'base64url').toString('base64')}"}]`);
    const stranger = await c(aal2.json.ui.action, { json: { webauthn_login: key.login(onclick, { credentialId: 'AAAAAAAAAAAAAAAAAAAAAA' }), csrf_token: csrfOf(aal2.json) } });
    expect(stranger.status).toBe(400);
    expect(stranger.json.ui.messages[0]).toMatchObject({ id: 4000008 });
    const again = await c(`${K}/self-service/login/browser?aal=aal2`);
    const replay = await c(again.json.ui.action, { json: { webauthn_login: key.login(onclick), csrf_token: csrfOf(again.json) } });
    expect(replay.status).toBe(400); // the challenge of the earlier flow
    const fresh = await c(`${K}/self-service/login/browser?aal=aal2`);
    const ok = await c(fresh.json.ui.action, { json: { webauthn_login: key.login(nodeOf(fresh.json, 'webauthn_login_trigger')?.['onclick']), csrf_token: csrfOf(fresh.json) } });
    expect(ok.status).toBe(200);
    expect(ok.json.session.authentication_methods.map((m: { method: string }) => m.method)).toEqual(['password', 'webauthn']);

    const s2 = await c(`${K}/self-service/settings/browser`);
    const gone = await c(s2.json.ui.action, { json: { webauthn_remove: String(removeNode.attributes.value), csrf_token: csrfOf(s2.json) } });
    expect(gone.status).toBe(200);
    expect(removeNodes(gone.json)).toEqual([]);
  });
});

describe('passwordless on: sign up and sign in with a key', () => {
  let server: EmulatorServer;
  let K: string;
  beforeAll(async () => {
    server = await startEmulatorServer({ ports: ALL_ZERO, emulator: { webauthn: { passwordless: true } } });
    K = server.urls.kratosPublic!;
  });
  afterAll(() => server.close());

  it('registers with a key, then signs in: identifier first (422 to the UI), then the key', async () => {
    const key = softAuthenticator(ORIGIN);
    const email = `key-${Date.now()}@example.com`;
    const b = browser();
    const reg = await b(`${K}/self-service/registration/browser`);
    const trigger = nodeOf(reg.json, 'webauthn_register_trigger');
    expect(String(trigger?.['onclick'])).toMatch(/^window\.__oryWebAuthnRegistration\(\{"publicKey":/);
    const done = await b(reg.json.ui.action, {
      json: { traits: { email }, webauthn_register: key.register(trigger?.['onclick']), webauthn_register_displayname: 'Phone', csrf_token: csrfOf(reg.json) },
    });
    expect(done.status).toBe(200);
    expect(done.json.identity.traits.email).toBe(email);

    const c = browser();
    const login = await c(`${K}/self-service/login/browser`);
    expect(nodeOf(login.json, 'method')?.['value']).toBe('webauthn');
    const first = await c(login.json.ui.action, { json: { method: 'webauthn', identifier: email, csrf_token: csrfOf(login.json) } });
    expect(first.status).toBe(422);
    expect(first.json.error.id).toBe('browser_location_change_required');
    const step2 = await c(`${K}/self-service/login/flows?id=${login.json.id}`);
    expect(step2.json.ui.messages[0]).toMatchObject({ id: 1010012 });
    const onclick = nodeOf(step2.json, 'webauthn_login_trigger')?.['onclick'];
    const signedIn = await c(step2.json.ui.action, { json: { identifier: email, webauthn_login: key.login(onclick), csrf_token: csrfOf(step2.json) } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.session.authentication_methods.map((m: { method: string }) => m.method)).toEqual(['webauthn']);
  });

  it('an address without a key gets Kratos’ message', async () => {
    const c = browser();
    const login = await c(`${K}/self-service/login/browser`);
    const r = await c(login.json.ui.action, { json: { method: 'webauthn', identifier: 'nobody@example.com', csrf_token: csrfOf(login.json) } });
    expect(r.status).toBe(400);
    expect(r.json.ui.messages[0]).toMatchObject({ id: 4000015 });
  });
});
