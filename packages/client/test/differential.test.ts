// The same inputs through our client and through the official SDKs (@ory/client 0.2.0-alpha.60 and
// @ory/kratos-client 0.9.0-alpha.3, devDependencies only) must put the same request on the wire.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ory from '../src/index.ts';
import { startCaptureServer, type Captured, type CaptureServer } from './capture-server.ts';
import { isFormOnly, sampleInput, sdkName, specOperations, type SpecOperation } from './spec-samples.ts';

const require = createRequire(import.meta.url);

/** Parameter names, in order, of each method of an SDK's `V0alpha2Api` class, read from its .d.ts. */
function sdkSignatures(pkg: string): Map<string, string[]> {
  const dts = readFileSync(require.resolve(`${pkg}/dist/api.d.ts`), 'utf8');
  const start = dts.indexOf('export declare class V0alpha2Api ');
  const block = dts.slice(start, dts.indexOf('\n}', start));
  const signatures = new Map<string, string[]>();
  for (const [, name, params] of block.matchAll(/^ {4}(\w+)\((.*)\): Promise/gm)) {
    const names = [...params!.matchAll(/(\w+)\??: /g)].map((m) => m[1]!).filter((n) => n !== 'options');
    signatures.set(name!, names);
  }
  return signatures;
}

interface SdkModule {
  Configuration: new (options: Record<string, unknown>) => unknown;
  V0alpha2Api: new (config: unknown) => Record<string, (...args: unknown[]) => Promise<unknown>>;
}
const sdks = {
  ory: { module: require('@ory/client') as SdkModule, signatures: sdkSignatures('@ory/client') },
  kratos: { module: require('@ory/kratos-client') as SdkModule, signatures: sdkSignatures('@ory/kratos-client') },
};

/** The SDK's positional arguments for our input: parameters by camelCase name, form fields, or the body. */
function sdkArgs(op: SpecOperation, names: string[], input: Record<string, unknown>): unknown[] {
  const byName = new Map(op.params.map((p) => [sdkName(p.name), input[p.in === 'header' ? sdkName(p.name) : p.name]]));
  const body = input['body'] as Record<string, unknown> | undefined;
  return names.map((name) => {
    if (byName.has(name)) return byName.get(name);
    if (body && isFormOnly(op)) {
      const field = Object.keys(body).find((key) => sdkName(key) === name);
      return field === undefined ? undefined : body[field];
    }
    return body;
  });
}

/** What matters on the wire. `accept` and `user-agent` differ by design (see DIFFERENCES). */
function wire(req: Captured) {
  const h = req.headers;
  const type = h['content-type']?.split(';')[0];
  return {
    method: req.method,
    path: req.path,
    query: [...req.query].sort(),
    headers: {
      'content-type': req.body === '' ? undefined : type,
      authorization: h.authorization,
      cookie: h.cookie,
      'x-session-token': h['x-session-token'],
      link: h.link,
      'x-total-count': h['x-total-count'],
    },
    body:
      req.body === ''
        ? undefined
        : type === 'application/json'
          ? JSON.parse(req.body)
          : [...new URLSearchParams(req.body)].sort(),
  };
}

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

const results: string[] = [];
afterAll(() => {
  console.log(`differential: ${results.length}/${specOperations.length} operations put the same request on the wire`);
});

/** Calls the operation through the official SDK, then through ours, and returns both requests as they went out. */
async function bothWires(op: SpecOperation, input: Record<string, unknown>) {
  const id = op.id;
  const sdk = id === 'getJsonSchema' ? sdks.kratos : sdks.ory;
  const names = sdk.signatures.get(id);
  expect(names, `${id} in the SDK`).toBeDefined();
  const basic = op.security.includes('basic');
  const bearer = !basic && (op.security.includes('bearer') || op.security.includes('oauth2'));

  const config = new sdk.module.Configuration({
    basePath: server.url,
    ...(basic ? { username: 'client', password: 's3cret' } : { accessToken: 'token-1' }),
  });
  const api = new sdk.module.V0alpha2Api(config);
  server.requests.length = 0;
  await api[id]!(...sdkArgs(op, names!, input));

  const client = ory.createOryClient({ baseUrl: server.url, mode: 'native', apiKey: 'token-1', retry: 0 });
  const call = (ory as unknown as Record<string, (c: unknown, i: unknown, o: unknown) => Promise<unknown>>)[id]!;
  await call(client, input, basic ? { basic: { username: 'client', password: 's3cret' } } : bearer ? { bearer: 'token-1' } : {});

  expect(server.requests).toHaveLength(2);
  const [theirs, ours] = server.requests.map(wire) as [ReturnType<typeof wire>, ReturnType<typeof wire>];
  if (process.env.SHOW_WIRE?.split(",").includes(id)) console.log(JSON.stringify({ theirs, ours }));
  return { theirs, ours };
}

describe.each(specOperations.map((op) => [op.id, op] as const))('%s', (id, op) => {
  it('puts the same request on the wire as the official SDK', async () => {
    const { theirs, ours } = await bothWires(op, sampleInput(op));
    expect(ours).toEqual(theirs);
    results.push(id);
  });
});

// An optional body the caller leaves out: the SDK sends `{}` as JSON (Hydra's consent accept/reject and
// login reject answer 400 to an empty body), and so must we.
const optionalBody = specOperations.filter((op) => op.contentTypes.length > 0 && !op.bodyRequired);
const withoutBody = (op: SpecOperation) => {
  const input = sampleInput(op);
  delete input['body'];
  return input;
};

describe('an optional JSON body left out', () => {
  it('is a case the specs have (17 operations)', () => {
    expect(optionalBody.filter((op) => !isFormOnly(op))).toHaveLength(17);
  });

  it.each(optionalBody.filter((op) => !isFormOnly(op)).map((op) => [op.id, op] as const))('%s sends `{}` as JSON, as the SDK does', async (_id, op) => {
    const { theirs, ours } = await bothWires(op, withoutBody(op));
    expect(theirs.body).toEqual({});
    expect(theirs.headers['content-type']).toBe('application/json');
    expect(ours).toEqual(theirs);
  });

  // Their form fields are positional parameters of the SDK, some required: it sends nothing to compare with.
  it.each(optionalBody.filter(isFormOnly).map((op) => [op.id, op] as const))('%s (form only): the SDK refuses to send it without its fields', async (id, op) => {
    const api = new sdks.ory.module.V0alpha2Api(new sdks.ory.module.Configuration({ basePath: server.url, username: 'u', password: 'p' }));
    server.requests.length = 0;
    await expect(api[id]!(...sdkArgs(op, sdks.ory.signatures.get(id)!, withoutBody(op)))).rejects.toThrow(/Required parameter/);
    expect(server.requests).toHaveLength(0);
  });
});
