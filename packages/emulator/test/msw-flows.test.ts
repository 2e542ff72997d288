import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, DEMO_IDENTITY, manualClock } from '../src/index.ts';
import { emulatorHandlers } from '../src/msw.ts';
import { browser, csrfOf } from './helpers/http-client.ts';
import { specViolations } from './helpers/engine-client.ts';

// Every self-service flow and its error states through the MSW adapter (msw/node): no sockets,
// the adapter's cookie store plays the browser, so clearing it is a new browser.

const clock = manualClock();
const emulator = createEmulator({ clock });
const handlers = emulatorHandlers(emulator);
const server = setupServer(...handlers);
const K = emulator.options.urls.kratosPublic;
const UI = emulator.options.ui;
const b = browser();
const demo = { identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => handlers.cookieStore?.clear());

async function signIn(): Promise<void> {
  const flow = await b(`${K}/self-service/login/browser`);
  const done = await b(flow.json.ui.action, { json: { method: 'password', ...demo, csrf_token: csrfOf(flow.json) } });
  expect(done.status).toBe(200);
}

const FLOWS = ['login', 'registration', 'recovery', 'verification', 'settings'] as const;

describe.each(FLOWS)('%s flow over MSW', (kind) => {
  const before = async (): Promise<void> => {
    if (kind === 'settings') await signIn();
  };

  it('browser: 303 to the UI for HTML clients, the flow for JSON clients, CSRF cookie and node', async () => {
    await before();
    const html = await b(`${K}/self-service/${kind}/browser`, { acceptJson: false });
    expect(html.status).toBe(303);
    expect(html.location).toMatch(new RegExp(`^${UI[kind]}\\?flow=[0-9a-f-]{36}$`));
    const flow = await b(`${K}/self-service/${kind}/browser`);
    expect(flow.status).toBe(200);
    expect(flow.json.ui.action).toBe(`${K}/self-service/${kind}?flow=${flow.json.id}`);
    expect(csrfOf(flow.json)).not.toBe('');
    expect(handlers.cookieStore?.header(new URL(K))).toMatch(/csrf_token_[0-9a-f]+=/);
    const again = await b(`${K}/self-service/${kind}/flows?id=${flow.json.id}`);
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(flow.json.id);
  });

  it('API: an empty CSRF token (as Kratos); unknown ids 404', async () => {
    const headers: Record<string, string> = {};
    if (kind === 'settings') {
      const login = await b(`${K}/self-service/login/api`);
      const done = await b(login.json.ui.action, { json: { method: 'password', ...demo } });
      headers['x-session-token'] = done.json.session_token as string;
    }
    const flow = await b(`${K}/self-service/${kind}/api`, { headers });
    expect(flow.status).toBe(200);
    expect(csrfOf(flow.json)).toBe('');
    const missing = await b(`${K}/self-service/${kind}/flows?id=00000000-0000-4000-8000-000000000000`, { headers });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe(404);
  });

  it('a new browser may not read or submit the flow (403 security_csrf_violation)', async () => {
    await before();
    const flow = await b(`${K}/self-service/${kind}/browser`);
    const csrf = csrfOf(flow.json);
    handlers.cookieStore?.clear();
    if (kind !== 'settings') {
      const read = await b(`${K}/self-service/${kind}/flows?id=${flow.json.id}`);
      expect(read.status).toBe(403);
      expect(read.json.error.id).toBe('security_csrf_violation');
      const submit = await b(flow.json.ui.action, { json: { method: kind === 'login' || kind === 'registration' ? 'password' : 'code', email: DEMO_IDENTITY.email, ...demo, csrf_token: csrf } });
      expect(submit.status).toBe(403);
      expect(submit.json.error.id).toBe('security_csrf_violation');
    } else {
      // v0.11 does not check CSRF when reading a settings flow; without the session cookie it is 401.
      const read = await b(`${K}/self-service/settings/flows?id=${flow.json.id}`);
      expect(read.status).toBe(401);
    }
  });

  it('expires after the flow lifespan: 410 with use_flow_id on submit', async () => {
    await before();
    const flow = await b(`${K}/self-service/${kind}/browser`);
    clock.advance(61 * 60_000);
    const read = await b(`${K}/self-service/${kind}/flows?id=${flow.json.id}`);
    expect(read.status).toBe(410);
    // v0.11's settings handler leaves the error id out of this one (login & co. set it).
    expect(read.json.error.id).toBe(kind === 'settings' ? undefined : 'self_service_flow_expired');
    expect(read.json.error.details.redirect_to).toBe(`${K}/self-service/${kind}/browser`);
    const method = kind === 'login' || kind === 'registration' || kind === 'settings' ? 'password' : 'code';
    const submit = await b(flow.json.ui.action, {
      json: { method, email: DEMO_IDENTITY.email, ...demo, traits: { email: 'x@orykit.dev' }, csrf_token: csrfOf(flow.json) },
    });
    if (kind === 'recovery' || kind === 'verification') {
      // v0.11's recovery and verification error handlers redirect even JSON clients to the new flow.
      expect(submit.status).toBe(303);
      expect(submit.location).toMatch(new RegExp(`^${K}/self-service/${kind}/flows\\?id=[0-9a-f-]{36}$`));
      expect(submit.location).not.toContain(flow.json.id);
      return;
    }
    expect(submit.status).toBe(410);
    expect(submit.json.error.id).toBe('self_service_flow_expired');
    expect(submit.json.use_flow_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(submit.json.use_flow_id).not.toBe(flow.json.id);
  });
});

describe('journeys over MSW', () => {
  it('registers, verifies by code, recovers by code (422 to the settings flow)', async () => {
    const email = 'msw-journey@orykit.dev';
    const reg = await b(`${K}/self-service/registration/browser`);
    const made = await b(reg.json.ui.action, { json: { method: 'password', password: 'a-long-msw-password', traits: { email }, csrf_token: csrfOf(reg.json) } });
    expect(made.status).toBe(200);
    expect(made.json.identity.traits.email).toBe(email);

    const ver = await b(`${K}/self-service/verification/browser`);
    const sent = await b(ver.json.ui.action, { json: { method: 'code', email, csrf_token: csrfOf(ver.json) } });
    expect(sent.json.state).toBe('sent_email');
    const code = emulator.outbox.latestCode(email);
    expect(code).toMatch(/^\d{6}$/);
    const passed = await b(ver.json.ui.action, { json: { method: 'code', code, csrf_token: csrfOf(sent.json) } });
    expect(passed.json.state).toBe('passed_challenge');

    handlers.cookieStore?.clear();
    const rec = await b(`${K}/self-service/recovery/browser`);
    const asked = await b(rec.json.ui.action, { json: { method: 'code', email, csrf_token: csrfOf(rec.json) } });
    expect(asked.json.state).toBe('sent_email');
    const recovered = await b(rec.json.ui.action, { json: { method: 'code', code: emulator.outbox.latestCode(email), csrf_token: csrfOf(asked.json) } });
    expect(recovered.status).toBe(422);
    expect(recovered.json.error.id).toBe('browser_location_change_required');
    expect(recovered.json.redirect_browser_to).toMatch(new RegExp(`^${UI.settings}\\?flow=`));
    const me = await b(`${K}/sessions/whoami`);
    expect(me.json.identity.traits.email).toBe(email);
  });

  it('logs out with the browser logout URL', async () => {
    await signIn();
    const out = await b(`${K}/self-service/logout/browser`);
    expect(out.status).toBe(200);
    const done = await b(out.json.logout_url as string);
    expect(done.status).toBe(204);
    expect((await b(`${K}/sessions/whoami`)).status).toBe(401);
  });

  it('runs the Hydra authorization code flow (admin API as login and consent UI)', async () => {
    const H = emulator.options.urls.hydraPublic;
    const HA = emulator.options.urls.hydraAdmin;
    const cb = 'http://localhost:5173/cb';
    const client = await b(`${HA}/admin/clients`, { json: { grant_types: ['authorization_code', 'refresh_token'], scope: 'openid offline', redirect_uris: [cb] } });
    expect(client.status).toBe(201);
    const start = await b(`${H}/oauth2/auth?client_id=${client.json.client_id}&response_type=code&scope=openid%20offline&redirect_uri=${encodeURIComponent(cb)}&state=msw-state-123`, { acceptJson: false });
    expect(start.status).toBe(302);
    const loginChallenge = new URL(start.location!).searchParams.get('login_challenge')!;
    const accepted = await b(`${HA}/admin/oauth2/auth/requests/login/accept?login_challenge=${loginChallenge}`, { method: 'PUT', json: { subject: 'msw-user' } });
    const toConsent = await b(accepted.json.redirect_to, { acceptJson: false });
    const consentChallenge = new URL(toConsent.location!).searchParams.get('consent_challenge')!;
    const granted = await b(`${HA}/admin/oauth2/auth/requests/consent/accept?consent_challenge=${consentChallenge}`, { method: 'PUT', json: { grant_scope: ['openid', 'offline'] } });
    const back = await b(granted.json.redirect_to, { acceptJson: false });
    const code = new URL(back.location!).searchParams.get('code')!;
    expect(new URL(back.location!).searchParams.get('state')).toBe('msw-state-123');
    const tokens = await b(`${H}/oauth2/token`, {
      headers: { authorization: 'Basic ' + btoa(`${client.json.client_id}:${client.json.client_secret}`) },
      form: { grant_type: 'authorization_code', code, redirect_uri: cb },
    });
    expect(tokens.status).toBe(200);
    expect(Object.keys(tokens.json).sort()).toEqual(['access_token', 'expires_in', 'id_token', 'refresh_token', 'scope', 'token_type']);
    const info = await b(`${H}/userinfo`, { headers: { authorization: `Bearer ${tokens.json.access_token}` } });
    expect(info.json.sub).toBe('msw-user');
  });

  it('every answer satisfied the spec', () => {
    expect(specViolations.map((v) => `${v.operationId} ${v.status}: ${v.errors.join('; ')}`)).toEqual([]);
  });
});
