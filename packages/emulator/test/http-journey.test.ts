import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../src/server.ts';
import { totp } from '../src/index.ts';
import { browser, csrfOf, nodeOf } from './helpers/http-client.ts';
import { specViolations } from './helpers/engine-client.ts';

// A person's journey over real HTTP with real cookies: register, verify the email with the code
// from the courier, log out, log in, enable TOTP, log in at AAL2, recover the account by code,
// change the password. Every answer is checked against the spec.

let server: EmulatorServer;
let K: string;
let KA: string;

beforeAll(async () => {
  server = await startEmulatorServer({ ports: { kratosPublic: 0, kratosAdmin: 0, hydraPublic: 0, hydraAdmin: 0, network: 0 } });
  K = server.urls.kratosPublic!;
  KA = server.urls.kratosAdmin!;
});
afterAll(() => server.close());

const email = 'journey@example.com';
const password = 'a-journey-password-2024';
const newPassword = 'an-even-better-password-2025';

async function login(b: ReturnType<typeof browser>, pw: string, query = '') {
  const init = await b(`${K}/self-service/login/browser${query}`);
  expect(init.status).toBe(200);
  return b(init.json.ui.action, { json: { method: 'password', identifier: email, password: pw, csrf_token: csrfOf(init.json) } });
}

async function totpStep(b: ReturnType<typeof browser>, secret: string) {
  const init = await b(`${K}/self-service/login/browser?aal=aal2`);
  expect(init.status).toBe(200);
  expect(nodeOf(init.json, 'totp_code')).toBeDefined();
  return b(init.json.ui.action, { json: { method: 'totp', totp_code: totp(secret, server.emulator.clock.now()), csrf_token: csrfOf(init.json) } });
}

describe('a person’s journey over HTTP', () => {
  const b = browser();
  let totpSecret = '';

  it('registers and gets a session cookie', async () => {
    const init = await b(`${K}/self-service/registration/browser`);
    expect(init.status).toBe(200);
    expect(b.jar.has('csrf_token_')).toBe(true);
    const done = await b(init.json.ui.action, {
      json: { method: 'password', traits: { email, name: { first: 'Journey', last: 'Tester' } }, password, csrf_token: csrfOf(init.json) },
    });
    expect(done.status).toBe(200);
    expect(done.json.identity.traits.email).toBe(email);
    expect(b.jar.get('ory_kratos_session')).toBeTruthy();
  });

  it('verifies the email with the code from the courier', async () => {
    const message = server.emulator.outbox.latest(email, 'verification_code_valid');
    expect(message?.body).toContain(message?.data.code);
    const link = new URL(message!.data.url!);
    const flow = link.searchParams.get('flow')!;
    const done = await b(`${K}/self-service/verification?flow=${flow}`, { json: { method: 'code', code: message!.data.code } });
    expect(done.status).toBe(200);
    expect(done.json.state).toBe('passed_challenge');
    expect(done.json.ui.messages[0].id).toBe(1080002);
    const me = await b(`${K}/sessions/whoami`);
    expect(me.json.identity.verifiable_addresses[0].verified).toBe(true);
  });

  it('logs out', async () => {
    const url = await b(`${K}/self-service/logout/browser`);
    expect(url.status).toBe(200);
    const out = await b(url.json.logout_url);
    expect(out.status).toBe(204);
    expect((await b(`${K}/sessions/whoami`)).status).toBe(401);
  });

  it('logs in with the password', async () => {
    const done = await login(b, password);
    expect(done.status).toBe(200);
    expect(done.json.session.authenticator_assurance_level).toBe('aal1');
    expect((await b(`${K}/sessions/whoami`)).status).toBe(200);
  });

  it('enables TOTP with a code computed from the secret', async () => {
    const init = await b(`${K}/self-service/settings/browser`);
    expect(init.status).toBe(200);
    const secretNode = nodeOf(init.json, 'totp_secret_key') as { text: { id: number; text: string } };
    expect(secretNode.text.id).toBe(1050006);
    totpSecret = secretNode.text.text;
    expect(String(nodeOf(init.json, 'totp_qr')?.['src'])).toMatch(/^data:image\//);
    const done = await b(init.json.ui.action, {
      json: { method: 'totp', totp_code: totp(totpSecret, server.emulator.clock.now()), csrf_token: csrfOf(init.json) },
    });
    expect(done.status).toBe(200);
    expect(done.json.state).toBe('success');
    expect(nodeOf(done.json, 'totp_unlink')).toBeDefined();
  });

  it('needs the second factor after the next sign-in', async () => {
    await b(`${K}/self-service/logout?token=${(await b(`${K}/self-service/logout/browser`)).json.logout_token}`);
    const first = await login(b, password);
    expect(first.status).toBe(200);
    expect(first.json.session.identity).toBeNull();
    const me = await b(`${K}/sessions/whoami`);
    expect(me.status).toBe(403);
    expect(me.json.error.id).toBe('session_aal2_required');
    const second = await totpStep(b, totpSecret);
    expect(second.status).toBe(200);
    expect(second.json.session.authenticator_assurance_level).toBe('aal2');
    expect((await b(`${K}/sessions/whoami`)).status).toBe(200);
  });

  it('recovers the account by code and changes the password', async () => {
    const fresh = browser();
    const init = await fresh(`${K}/self-service/recovery/browser`);
    expect(init.status).toBe(200);
    const sent = await fresh(init.json.ui.action, { json: { method: 'code', email, csrf_token: csrfOf(init.json) } });
    expect(sent.status).toBe(200);
    expect(sent.json.state).toBe('sent_email');
    const code = server.emulator.outbox.latest(email, 'recovery_code_valid')!.data.code!;
    const recovered = await fresh(init.json.ui.action, { json: { method: 'code', code, csrf_token: csrfOf(sent.json) } });
    expect(recovered.status).toBe(422);
    expect(recovered.json.error.id).toBe('browser_location_change_required');
    const settingsFlow = new URL(recovered.json.redirect_browser_to).searchParams.get('flow')!;
    expect(fresh.jar.get('ory_kratos_session')).toBeTruthy();
    // TOTP is on, so settings want AAL2 first (required_aal: highest_available).
    const blocked = await fresh(`${K}/self-service/settings/flows?id=${settingsFlow}`);
    expect(blocked.status).toBe(403);
    expect(blocked.json.error.id).toBe('session_aal2_required');
    expect((await totpStep(fresh, totpSecret)).status).toBe(200);
    const flow = await fresh(`${K}/self-service/settings/flows?id=${settingsFlow}`);
    expect(flow.status).toBe(200);
    expect(flow.json.ui.messages[0].id).toBe(1060001);
    const changed = await fresh(flow.json.ui.action, { json: { method: 'password', password: newPassword, csrf_token: csrfOf(flow.json) } });
    expect(changed.status).toBe(200);
    expect(changed.json.state).toBe('success');
    expect(changed.json.ui.messages[0].id).toBe(1050001);
  });

  it('signs in with the new password only', async () => {
    const c = browser();
    const wrong = await login(c, password);
    expect(wrong.status).toBe(400);
    expect(wrong.json.ui.messages[0].id).toBe(4000006);
    expect((await login(c, newPassword)).status).toBe(200);
  });

  it('the admin API sees the identity and its messages', async () => {
    const admin = browser();
    const list = await admin(`${KA}/admin/identities`);
    const me = list.json.find((i: { traits: { email: string } }) => i.traits.email === email);
    expect(me).toBeDefined();
    const messages = await admin(`${KA}/admin/courier/messages?recipient=${encodeURIComponent(email)}`);
    expect(messages.json.map((m: { template_type: string }) => m.template_type)).toEqual(['recovery_code_valid', 'verification_code_valid']);
  });

  it('every answer satisfied the spec', () => {
    expect(specViolations.map((v) => `${v.operationId} ${v.status}: ${v.errors.join('; ')}`)).toEqual([]);
  });
});
