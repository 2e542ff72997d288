// One test per operation: the request our client sends matches what the spec says, parameter by
// parameter, with expectations computed from the spec rather than from our operation table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ory from '../src/index.ts';
import { startCaptureServer, type CaptureServer } from './capture-server.ts';
import { isFormOnly, sampleInput, sampleValue, specOperations } from './spec-samples.ts';

type AnyOperation = (client: ory.OryClient, input?: object, options?: ory.CallOptions) => Promise<unknown>;
const operation = (id: string) => (ory as unknown as Record<string, AnyOperation>)[id];

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

describe('the operation table', () => {
  it('covers exactly the 97 operations of the two specs', () => {
    const exported = Object.entries(ory).filter(([, v]) => typeof v === 'function' && 'def' in v).map(([k]) => k);
    expect(specOperations).toHaveLength(97);
    expect(exported.sort()).toEqual(specOperations.map((op) => op.id));
  });
});

describe.each(specOperations.map((op) => [op.id, op] as const))('%s', (id, op) => {
  it('sends the method, escaped path, query, headers and body the spec describes', async () => {
    const client = ory.createOryClient({ baseUrl: server.url, mode: 'native', apiKey: 'api-key', retry: 0 });
    server.requests.length = 0;
    const input = sampleInput(op);
    server.respond.push({ status: 200, body: '{"answered":true}' });
    const result = await operation(id)!(client, input, op.security.includes('basic') ? { basic: { username: 'u', password: 'p' } } : {});
    // What the spec promises for a 2xx: the parsed JSON, the script text, or nothing.
    expect(result).toEqual(op.successBody === 'json' ? { answered: true } : op.successBody === 'text' ? '{"answered":true}' : undefined);
    const [req] = server.requests;
    expect(req).toBeDefined();
    expect(req!.method).toBe(op.method);

    const expectedPath = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(input[name])));
    expect(req!.path).toBe(expectedPath);

    const expectedQuery = op.params
      .filter((p) => p.in === 'query')
      .flatMap((p) => [sampleValue(p)].flat().map((v) => [p.name, String(v)] as [string, string]));
    expect(req!.query.sort()).toEqual(expectedQuery.sort());

    for (const p of op.params.filter((p) => p.in === 'header')) {
      expect(req!.headers[p.name.toLowerCase()]).toBe(String(sampleValue(p)));
    }
    if (op.security.includes('oryAccessToken')) expect(req!.headers.authorization).toBe('Bearer api-key');
    if (op.security.includes('basic')) expect(req!.headers.authorization).toBe(`Basic ${btoa('u:p')}`);

    const body = input['body'];
    if (body === undefined) {
      expect(req!.body).toBe('');
    } else if (isFormOnly(op)) {
      expect(req!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
      expect(Object.fromEntries(new URLSearchParams(req!.body))).toEqual(body);
    } else {
      expect(req!.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(req!.body)).toEqual(body);
    }
  });

  const required = op.params.filter((p) => p.required);
  if (required.length > 0) {
    it('rejects a call without a required parameter before sending anything', async () => {
      const client = ory.createOryClient({ baseUrl: server.url, retry: 0 });
      server.requests.length = 0;
      const input = sampleInput(op);
      delete input[required[0]!.name];
      await expect(operation(id)!(client, input)).rejects.toBeInstanceOf(ory.OryInputError);
      expect(server.requests).toHaveLength(0);
    });
  }
});

describe.each(specOperations.filter((op) => op.bodyRequired).map((op) => [op.id, op] as const))('%s without its required body', (id, op) => {
  it('is rejected before anything is sent', async () => {
    const client = ory.createOryClient({ baseUrl: server.url, apiKey: 'api-key', retry: 0 });
    server.requests.length = 0;
    const input = sampleInput(op);
    delete input['body'];
    await expect(operation(id)!(client, input)).rejects.toThrow(/missing required "body"/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('form bodies where the spec allows both', () => {
  it('sends a self-service submit as a flat form when asked, as a browser form would', async () => {
    const client = ory.createOryClient({ baseUrl: server.url, retry: 0 });
    server.requests.length = 0;
    await ory.submitSelfServiceRegistrationFlow(
      client,
      { flow: 'f1', body: { method: 'password', password: 'pw', traits: { email: 'a@b.co', name: { first: 'Ada' } }, csrf_token: 't' } },
      { form: true },
    );
    expect(server.requests[0]!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(server.requests[0]!.body))).toEqual({
      method: 'password',
      password: 'pw',
      'traits.email': 'a@b.co',
      'traits.name.first': 'Ada',
      csrf_token: 't',
    });
  });
});
