import { describe, expect, it } from 'vitest';
import { createEmulator, DEMO_IDENTITY, manualClock, type ServiceName } from '../src/index.ts';
import { EXPIRED_KEPT_MS, HYDRA_REQUEST_KEPT_MS, MAX_MESSAGES } from '../src/engine/prune.ts';

// Issue 11, item 5: expired state must go. Every unauthenticated flow used to stay in memory forever.

const HOUR = 60 * 60 * 1000;

function setup() {
  const clock = manualClock();
  const emulator = createEmulator({ clock });
  const call = async (service: ServiceName, method: string, url: string, body?: unknown) => {
    const r = await emulator.handle({ service, method, url, headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const json = r.headers['content-type']?.includes('json') ? JSON.parse(r.body || 'null') : null;
    return { status: r.status, json: json as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test convenience
  };
  const sizes = () => {
    const k = emulator.state.kratos;
    const h = emulator.state.hydra;
    return { flows: k.login.size + k.registration.size + k.recovery.size + k.verification.size + k.settings.size, sessions: k.sessions.size, cookies: k.sessionCookies.size, secrets: k.secrets.length, hydraRequests: h.loginRequests.size + h.consentRequests.size + h.logoutRequests.size };
  };
  return { clock, emulator, call, sizes };
}

describe('pruning expired state', () => {
  it('forgets flows, sessions, codes and Hydra requests once they have been expired for EXPIRED_KEPT_MS', async () => {
    const { clock, emulator, call, sizes } = setup();
    for (let i = 0; i < 20; i++) await call('kratosPublic', 'GET', '/self-service/login/api');
    for (let i = 0; i < 10; i++) await call('kratosPublic', 'GET', '/self-service/registration/api');
    for (let i = 0; i < 5; i++) {
      const flow = await call('kratosPublic', 'GET', '/self-service/recovery/api');
      await call('kratosPublic', 'POST', `/self-service/recovery?flow=${flow.json['id']}`, { method: 'code', email: DEMO_IDENTITY.email });
    }
    for (let i = 0; i < 3; i++) {
      const flow = await call('kratosPublic', 'GET', '/self-service/login/api');
      expect((await call('kratosPublic', 'POST', `/self-service/login?flow=${flow.json['id']}`, { method: 'password', identifier: DEMO_IDENTITY.email, password: DEMO_IDENTITY.password })).status).toBe(200);
    }
    const client = await call('hydraAdmin', 'POST', '/admin/clients', { redirect_uris: ['http://127.0.0.1/cb'] });
    for (let i = 0; i < 4; i++) {
      await call('hydraPublic', 'GET', `/oauth2/auth?client_id=${client.json['client_id']}&response_type=code&scope=openid&redirect_uri=${encodeURIComponent('http://127.0.0.1/cb')}&state=state-1234567890`);
    }
    const before = sizes();
    expect(before).toMatchObject({ flows: 20 + 10 + 5 + 3, sessions: 3, secrets: 5, hydraRequests: 4 });

    // Sessions live 24 hours: move past every lifespan and the time expired state is kept.
    clock.advance(24 * HOUR + EXPIRED_KEPT_MS + HYDRA_REQUEST_KEPT_MS + 1);
    emulator.prune();
    expect(sizes()).toEqual({ flows: 0, sessions: 0, cookies: 0, secrets: 0, hydraRequests: 0 });
    // Seeded identities are people, not expired state.
    expect(emulator.state.kratos.identities.size).toBeGreaterThan(0);
  });

  it('keeps a just-expired flow, so it still answers 410 with a new flow, then forgets it', async () => {
    const { clock, emulator, call } = setup();
    const flow = await call('kratosPublic', 'GET', '/self-service/login/api');
    const id = String(flow.json['id']);
    clock.advance(HOUR + 1);
    emulator.prune();
    const expired = await call('kratosPublic', 'POST', `/self-service/login?flow=${id}`, { method: 'password', identifier: 'a@b.c', password: 'x' });
    expect(expired.status).toBe(410);
    clock.advance(EXPIRED_KEPT_MS);
    emulator.prune();
    expect(emulator.state.kratos.login.has(id)).toBe(false);
    expect((await call('kratosPublic', 'GET', `/self-service/login/flows?id=${id}`)).status).toBe(404);
  });

  it('runs by itself on a request once the clock moved on', async () => {
    const { clock, call, sizes } = setup();
    for (let i = 0; i < 10; i++) await call('kratosPublic', 'GET', '/self-service/login/api');
    expect(sizes().flows).toBe(10);
    clock.advance(HOUR + EXPIRED_KEPT_MS + 1);
    await call('kratosPublic', 'GET', '/health/alive');
    expect(sizes().flows).toBe(0);
  });

  it('keeps the newest courier messages only', () => {
    const { emulator } = setup();
    for (let i = 0; i < MAX_MESSAGES + 50; i++) emulator.outbox.add({ recipient: `r${i}@orykit.dev`, subject: 's', body: 'b', template_type: 'recovery_code_valid', data: {} });
    emulator.prune();
    expect(emulator.outbox.messages).toHaveLength(MAX_MESSAGES);
    expect(emulator.outbox.latest(`r${MAX_MESSAGES + 49}@orykit.dev`)).toBeDefined();
    expect(emulator.outbox.latest('r0@orykit.dev')).toBeUndefined();
  });
});
