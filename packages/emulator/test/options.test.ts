import { describe, expect, it } from 'vitest';
import { createEmulator, type IdentitySchemaDocument } from '../src/index.ts';
import { CookieJar, engineClient, specViolations, type Answer } from './helpers/engine-client.ts';

// Options that change behaviour: link recovery and verification, a custom identity schema,
// injected ids. Straight through the engine (no HTTP), answers checked against the spec.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test convenience: bodies are checked against the spec
type Obj = Record<string, any>;
const J = { accept: 'application/json' };
const j = (a: Answer): Obj => a.json as Obj;
const csrfOf = (flow: Obj): string => String(flow['ui'].nodes.find((n: Obj) => n['attributes'].name === 'csrf_token')?.attributes.value ?? '');
const path = (url: string): string => {
  const u = new URL(url);
  return u.pathname + u.search;
};

describe('recovery and verification by link', () => {
  const emulator = createEmulator({ recoveryMethod: 'link', verificationMethod: 'link' });
  const call = engineClient(emulator);
  const email = 'demo@orykit.dev';

  it('recovery: the emailed link signs the person in and opens a settings flow', async () => {
    const jar = new CookieJar();
    const flow = j(await call('kratosPublic', 'GET', '/self-service/recovery/browser', { headers: J, jar }));
    expect(flow['ui'].nodes.map((n: Obj) => n['attributes'].name)).toEqual(['csrf_token', 'email', 'method']);
    const sent = await call('kratosPublic', 'POST', path(flow['ui'].action), { headers: J, jar, json: { method: 'link', email, csrf_token: csrfOf(flow) } });
    expect(sent.status).toBe(200);
    expect(j(sent)['state']).toBe('sent_email');
    expect(j(sent)['ui'].messages[0].id).toBe(1060002);
    const link = emulator.outbox.latestLink(email)!;
    expect(link).toMatch(new RegExp(`^${emulator.options.urls.kratosPublic}/self-service/recovery\\?flow=${flow['id']}&token=\\w{32}$`));
    expect(emulator.outbox.latest(email)?.template_type).toBe('recovery_valid');

    const other = new CookieJar(); // the link may be opened in another browser
    const opened = await call('kratosPublic', 'GET', path(link), { jar: other });
    expect(opened.status).toBe(303);
    expect(opened.location).toMatch(new RegExp(`^${emulator.options.ui.settings}\\?flow=[0-9a-f-]{36}$`));
    const me = await call('kratosPublic', 'GET', '/sessions/whoami', { headers: J, jar: other });
    expect(me.status).toBe(200);
    expect(j(me)['authentication_methods'].map((m: Obj) => m['method'])).toEqual(['link_recovery']);

    const reused = await call('kratosPublic', 'GET', path(link), { jar: new CookieJar() });
    expect(reused.status).toBe(303);
    expect(reused.location).toMatch(new RegExp(`^${emulator.options.ui.recovery}\\?flow=`));
  });

  it('recovery: an unknown address gets the "invalid" email, the answer does not tell', async () => {
    const jar = new CookieJar();
    const flow = j(await call('kratosPublic', 'GET', '/self-service/recovery/browser', { headers: J, jar }));
    const sent = await call('kratosPublic', 'POST', path(flow['ui'].action), { headers: J, jar, json: { method: 'link', email: 'nobody@orykit.dev', csrf_token: csrfOf(flow) } });
    expect(j(sent)['state']).toBe('sent_email');
    expect(emulator.outbox.latest('nobody@orykit.dev')?.template_type).toBe('recovery_invalid');
  });

  it('verification: the emailed link verifies the address', async () => {
    const admin = await call('kratosAdmin', 'POST', '/admin/identities', { headers: J, json: { schema_id: 'default', traits: { email: 'link@orykit.dev' } } });
    expect(j(admin)['verifiable_addresses'][0].verified).toBe(false);
    const jar = new CookieJar();
    const flow = j(await call('kratosPublic', 'GET', '/self-service/verification/browser', { headers: J, jar }));
    const sent = await call('kratosPublic', 'POST', path(flow['ui'].action), { headers: J, jar, json: { method: 'link', email: 'link@orykit.dev', csrf_token: csrfOf(flow) } });
    expect(j(sent)['state']).toBe('sent_email');
    const link = emulator.outbox.latestLink('link@orykit.dev')!;
    const opened = await call('kratosPublic', 'GET', path(link), { jar });
    expect(opened.status).toBe(303);
    const done = j(await call('kratosPublic', 'GET', `/self-service/verification/flows?id=${flow['id']}`, { headers: J, jar }));
    expect(done['state']).toBe('passed_challenge');
    const after = j(await call('kratosAdmin', 'GET', `/admin/identities/${j(admin)['id']}`, { headers: J }));
    expect(after['verifiable_addresses'][0]).toMatchObject({ verified: true, status: 'completed' });
  });

  it('answers within the spec', () => {
    expect(specViolations.map((v) => `${v.operationId} ${v.status}: ${v.errors.join('; ')}`)).toEqual([]);
  });
});

describe('a custom identity schema', () => {
  const schema: IdentitySchemaDocument = {
    $id: 'https://example.com/customer.schema.json',
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Customer',
    type: 'object',
    properties: {
      traits: {
        type: 'object',
        properties: {
          username: {
            type: 'string',
            title: 'Username',
            minLength: 3,
            'ory.sh/kratos': { credentials: { password: { identifier: true } } },
          },
          age: { type: 'integer', title: 'Age', minimum: 18 },
        },
        required: ['username', 'age'],
        additionalProperties: false,
      },
    },
  };
  const emulator = createEmulator({ identitySchemas: [{ id: 'customer', schema }], seed: false });
  const call = engineClient(emulator);

  it('lists and serves it', async () => {
    const list = j(await call('kratosPublic', 'GET', '/schemas', { headers: J }));
    expect(list).toEqual([{ id: 'customer', schema }]);
    expect(j(await call('kratosPublic', 'GET', '/schemas/customer', { headers: J }))).toEqual(schema);
  });

  it('builds registration nodes from it and validates with Kratos’ messages', async () => {
    const flow = j(await call('kratosPublic', 'GET', '/self-service/registration/api', { headers: J }));
    const inputs = flow['ui'].nodes.map((n: Obj) => [n['attributes'].name, n['attributes'].type, n['meta'].label?.text]);
    expect(inputs).toEqual([
      ['csrf_token', 'hidden', undefined],
      ['traits.username', 'text', 'Username'],
      ['password', 'password', 'Password'],
      ['traits.age', 'number', 'Age'],
      ['method', 'submit', 'Sign up'],
    ]);
    const bad = await call('kratosPublic', 'POST', path(flow['ui'].action), { headers: J, json: { method: 'password', password: 'a-long-password-1', traits: { username: 'al', age: 12 } } });
    expect(bad.status).toBe(400);
    const messages = Object.fromEntries(
      j(bad)['ui'].nodes.filter((n: Obj) => n['messages'].length).map((n: Obj) => [n['attributes'].name, n['messages'].map((m: Obj) => [m['id'], m['text']])]),
    );
    // v0.11 never uses its 4000003 (min length) builder: schema errors are all 4000001.
    expect(messages).toEqual({
      'traits.username': [[4000001, 'length must be >= 3, but got 2']],
      'traits.age': [[4000001, 'must be >= 18 but found 12']],
    });
    const ok = await call('kratosPublic', 'POST', path(flow['ui'].action), { headers: J, json: { method: 'password', password: 'a-long-password-1', traits: { username: 'alice', age: 30 } } });
    expect(ok.status).toBe(200);
    expect(j(ok)['identity']).toMatchObject({ schema_id: 'customer', traits: { username: 'alice', age: 30 } });
    expect(j(ok)['session_token']).toBeTruthy();
  });
});

describe('injected ids and time', () => {
  it('uses the id generator and the clock', async () => {
    let n = 0;
    const start = Date.UTC(2030, 0, 1);
    const emulator = createEmulator({ idGenerator: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, clock: { now: () => start }, seed: false });
    const call = engineClient(emulator);
    const flow = j(await call('kratosPublic', 'GET', '/self-service/login/api', { headers: J }));
    expect(flow['id']).toMatch(/^00000000-0000-4000-8000-0000000000\d\d$/);
    expect(flow['issued_at']).toBe('2030-01-01T00:00:00.000Z');
    expect(flow['expires_at']).toBe('2030-01-01T01:00:00.000Z');
  });
});
