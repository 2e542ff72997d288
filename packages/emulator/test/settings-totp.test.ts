import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../src/server.ts';
import { totp } from '../src/index.ts';
import { browser, csrfOf, nodeOf } from './helpers/http-client.ts';
import { specViolations } from './helpers/engine-client.ts';

// Kratos v0.11.0's PostSettingsHook answers a save with the saved flow's id but the `ui` of a new flow
// (settings.Handler.NewFlow): a new TOTP secret, and `ui.action` naming the new flow, whose internal context
// holds that secret. The saved flow keeps the earlier secret. Checked on the real server by
// e2e/journeys/totp-after-save.e2e.test.ts.

let server: EmulatorServer;
let K: string;

beforeAll(async () => {
  server = await startEmulatorServer({ ports: { kratosPublic: 0, kratosAdmin: 0, hydraPublic: 0, hydraAdmin: 0, network: 0 } });
  K = server.urls.kratosPublic!;
});
afterAll(() => server.close());

type Flow = { id: string; state: string; ui: { action: string; nodes: { attributes: Record<string, unknown>; messages?: { id: number }[] }[] } };
const secretOf = (flow: Flow) => (nodeOf(flow, 'totp_secret_key')?.['text'] as { text: string } | undefined)?.text ?? '';
const actionFlowId = (flow: Flow) => new URL(flow.ui.action).searchParams.get('flow');
const submitUrl = (id: string) => `${K}/self-service/settings?flow=${id}`;

let people = 0;

/** A new person's browser that opened settings and saved a new password. */
async function savedPassword() {
  const b = browser();
  const registration = await b(`${K}/self-service/registration/browser`);
  const traits = { email: `totp-${++people}@example.com`, name: { first: 'Ada', last: 'Lovelace' } };
  const signedUp = await b(registration.json.ui.action, {
    json: { method: 'password', traits, password: 'a-first-long-passphrase-1', csrf_token: csrfOf(registration.json) },
  });
  expect(signedUp.status).toBe(200);
  const before = (await b(`${K}/self-service/settings/browser`)).json as Flow;
  const saved = await b(before.ui.action, { json: { method: 'password', password: 'a-new-long-passphrase-2', csrf_token: csrfOf(before) } });
  expect(saved.status).toBe(200);
  const after = saved.json as Flow;
  const code = (secret: string) => totp(secret, server.emulator.clock.now());
  const linkTotp = (flowId: string, secret: string) => b(submitUrl(flowId), { json: { method: 'totp', totp_code: code(secret), csrf_token: csrfOf(after) } });
  return { before, after, linkTotp };
}

describe('settings: a save answers with a new flow’s form (Kratos v0.11.0)', () => {
  it('keeps the flow id, shows a new TOTP secret, and its action names another flow', async () => {
    const { before, after } = await savedPassword();
    expect(after.id).toBe(before.id);
    expect(after.state).toBe('success');
    expect(secretOf(after)).toMatch(/^[A-Z2-7]{32}$/);
    expect(secretOf(after)).not.toBe(secretOf(before));
    expect(actionFlowId(after)).not.toBe(after.id);
  });

  it('the flow the action names accepts the secret shown, and refuses the earlier one', async () => {
    const { before, after, linkTotp } = await savedPassword();
    const refused = await linkTotp(actionFlowId(after)!, secretOf(before));
    expect(refused.status).toBe(400);
    expect((refused.json as Flow).ui.nodes.find((n) => n.attributes['name'] === 'totp_code')?.messages?.map((m) => m.id)).toEqual([4000008]);

    const linked = await linkTotp(actionFlowId(after)!, secretOf(after));
    expect(linked.status).toBe(200);
    expect(nodeOf(linked.json, 'totp_unlink')).toBeDefined();
  });

  it('the saved flow still holds the earlier secret: the shown one is refused there, the earlier one links', async () => {
    const { before, after, linkTotp } = await savedPassword();
    const refused = await linkTotp(before.id, secretOf(after));
    expect(refused.status).toBe(400);
    expect((refused.json as Flow).ui.nodes.find((n) => n.attributes['name'] === 'totp_code')?.messages?.map((m) => m.id)).toEqual([4000008]);

    const linked = await linkTotp(before.id, secretOf(before));
    expect(linked.status).toBe(200);
    expect(nodeOf(linked.json, 'totp_unlink')).toBeDefined();
  });

  it('answers as the spec says', () => {
    expect(specViolations).toEqual([]);
  });
});
