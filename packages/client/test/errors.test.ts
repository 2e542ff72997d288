import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOryClient,
  getSelfServiceLoginFlow,
  isOryError,
  OryInputError,
  OryError,
  OryNetworkError,
  OryParseError,
  OryTimeoutError,
  submitSelfServiceLoginFlow,
  submitSelfServiceSettingsFlow,
  toSession,
} from '../src/index.ts';
import { startCaptureServer, type CaptureServer } from './capture-server.ts';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

const client = () => createOryClient({ baseUrl: server.url, mode: 'native', retry: 0 });
const answer = (status: number, body: unknown, type = 'application/json') => {
  server.requests.length = 0;
  server.respond.push({ status, body: typeof body === 'string' ? body : JSON.stringify(body), type });
};
const caught = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

const flow = { id: 'f1', type: 'browser', ui: { action: '/self-service/login?flow=f1', method: 'POST', nodes: [], messages: [{ id: 4000006, text: 'The provided credentials are invalid.', type: 'error' }] } };

describe('error mapping', () => {
  it('400 with a flow: the flow and its messages are on the error', async () => {
    answer(400, flow);
    const error = await caught(submitSelfServiceLoginFlow(client(), { flow: 'f1', body: { method: 'password', identifier: 'a', password: 'b' } as never }));
    expect(error).toBeInstanceOf(OryError);
    expect((error as OryError).status).toBe(400);
    expect((error as OryError).flow).toEqual(flow);
  });

  it('401: no session, with the error body kept', async () => {
    answer(401, { error: { id: 'session_inactive', code: 401, status: 'Unauthorized', reason: 'No active session was found in this request.', request: 'req-1' } });
    const error = (await caught(toSession(client()))) as OryError;
    expect(error.status).toBe(401);
    expect(error.id).toBe('session_inactive');
    expect(error.error?.reason).toBe('No active session was found in this request.');
    expect(error.requestId).toBe('req-1');
    expect(error.message).toContain('GET /sessions/whoami: 401 session_inactive: No active session');
    expect(error.name).toBe('OryError');
  });

  it.each(['session_aal2_required', 'session_refresh_required', 'security_csrf_violation'])('403 %s: the id tells the state machine what to do', async (id) => {
    answer(403, { error: { id, code: 403, status: 'Forbidden', details: { redirect_browser_to: 'https://auth/login?aal=aal2' } }, redirect_browser_to: 'https://auth/login?aal=aal2' });
    const error = await caught(submitSelfServiceSettingsFlow(client(), { flow: 'f1', body: { method: 'password', password: 'x' } as never }));
    expect(isOryError(error, id)).toBe(true);
    expect((error as OryError).redirectBrowserTo).toBe('https://auth/login?aal=aal2');
  });

  it('404: unknown flow', async () => {
    answer(404, { error: { code: 404, status: 'Not Found', message: 'Unable to locate the resource' } });
    const error = (await caught(getSelfServiceLoginFlow(client(), { id: 'nope' }))) as OryError;
    expect(error.status).toBe(404);
    expect(error.id).toBeUndefined();
    expect(error.message).toContain('Unable to locate the resource');
  });

  it.each([
    ['at the top level', { error: { id: 'self_service_flow_expired', code: 410 }, use_flow_id: 'new-flow' }],
    ['on the error', { error: { id: 'self_service_flow_expired', code: 410, use_flow_id: 'new-flow' } }],
    ['in the details', { error: { id: 'self_service_flow_expired', code: 410, details: { use_flow_id: 'new-flow' } } }],
  ])('410 with use_flow_id %s', async (_where, body) => {
    answer(410, body);
    const error = (await caught(getSelfServiceLoginFlow(client(), { id: 'old' }))) as OryError;
    expect(error.status).toBe(410);
    expect(error.useFlowId).toBe('new-flow');
  });

  it('422 browser_location_change_required carries redirect_browser_to', async () => {
    answer(422, { error: { id: 'browser_location_change_required', code: 422 }, redirect_browser_to: 'https://github.com/login/oauth' });
    const error = (await caught(submitSelfServiceLoginFlow(client(), { flow: 'f1', body: { method: 'oidc', provider: 'github' } as never }))) as OryError;
    expect(error.id).toBe('browser_location_change_required');
    expect(error.redirectBrowserTo).toBe('https://github.com/login/oauth');
  });

  it('5xx with an Ory body', async () => {
    answer(500, { error: { code: 500, status: 'Internal Server Error', reason: 'database is locked' } });
    const error = (await caught(toSession(client()))) as OryError;
    expect(error.status).toBe(500);
    expect(error.message).toContain('database is locked');
  });

  it('an error page that is not JSON is a parse error with the status and text', async () => {
    answer(502, '<html><body>Bad Gateway</body></html>', 'text/html');
    const error = (await caught(toSession(client()))) as OryParseError;
    expect(error).toBeInstanceOf(OryParseError);
    expect(error.kind).toBe('parse');
    expect(error.status).toBe(502);
    expect(error.text).toContain('Bad Gateway');
  });

  it('a 2xx that is not JSON is a parse error, not a crash', async () => {
    answer(200, 'not json', 'text/plain');
    const error = await caught(toSession(client()));
    expect(error).toBeInstanceOf(OryParseError);
  });

  it('an empty error body still gives the status', async () => {
    answer(401, '');
    const error = (await caught(toSession(client()))) as OryError;
    expect(error.status).toBe(401);
    expect(error.body).toBeUndefined();
  });

  it('a refused connection is a network error', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const error = await caught(toSession(createOryClient({ baseUrl: `http://127.0.0.1:${port}`, retry: 0 })));
    expect(error).toBeInstanceOf(OryNetworkError);
    expect((error as OryNetworkError).message).toMatch(/could not be reached/);
  });

  it('a server that never answers is a timeout error', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as AddressInfo;
    const error = await caught(toSession(createOryClient({ baseUrl: `http://127.0.0.1:${port}`, retry: 0, timeout: 150 })));
    silent.closeAllConnections();
    silent.close();
    expect(error).toBeInstanceOf(OryTimeoutError);
    expect((error as OryTimeoutError).message).toContain('150 ms');
  });

  it('the caller can cancel with a signal', async () => {
    const controller = new AbortController();
    const pending = toSession(client(), {}, { signal: controller.signal });
    controller.abort();
    const error = await caught(pending);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('the timeout is one budget for the whole call', () => {
  // Generous bounds: a hang or a full Retry-After wait fails, a busy machine does not.
  it('a 2xx whose body stalls after the headers fails with a timeout error', async () => {
    const stall = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":');
    });
    await new Promise<void>((r) => stall.listen(0, '127.0.0.1', r));
    const { port } = stall.address() as AddressInfo;
    const started = performance.now();
    const error = await caught(toSession(createOryClient({ baseUrl: `http://127.0.0.1:${port}`, retry: 0, timeout: 500 })));
    const elapsed = performance.now() - started;
    stall.closeAllConnections();
    stall.close();
    expect(error).toBeInstanceOf(OryTimeoutError);
    expect(elapsed).toBeLessThan(10_000);
  }, 30_000);

  it('a Retry-After beyond the budget ends the call within the budget, not after the wait', async () => {
    server.requests.length = 0;
    const unavailable = { status: 503, body: '{"error":{"code":503}}', headers: { 'retry-after': '15' } };
    server.respond.push(unavailable, unavailable, unavailable);
    const started = performance.now();
    const error = await caught(toSession(createOryClient({ baseUrl: server.url, retry: 2, timeout: 1500 })));
    const elapsed = performance.now() - started;
    server.respond.length = 0;
    expect(error).toBeInstanceOf(OryTimeoutError);
    expect(elapsed).toBeLessThan(10_000);
    expect(server.requests).toHaveLength(1);
  }, 40_000);

  it('a Retry-After within the budget is still honoured', async () => {
    server.requests.length = 0;
    server.respond.push({ status: 503, body: '{}', headers: { 'retry-after': '1' } }, { status: 200, body: '{"id":"s1"}' });
    const session = await toSession(createOryClient({ baseUrl: server.url, retry: 2, timeout: 20_000 }));
    expect(session).toEqual({ id: 's1' });
    expect(server.requests).toHaveLength(2);
  }, 30_000);
});

describe('retries', () => {
  it('retries an idempotent GET after a 503', async () => {
    server.requests.length = 0;
    server.respond.push({ status: 503, body: '{}' }, { status: 200, body: '{"id":"s1"}' });
    const session = await toSession(createOryClient({ baseUrl: server.url, retry: 2 }));
    expect(session).toEqual({ id: 's1' });
    expect(server.requests).toHaveLength(2);
  });

  it('never retries a submit', async () => {
    server.requests.length = 0;
    server.respond.push({ status: 503, body: '{"error":{"code":503}}' });
    const error = await caught(submitSelfServiceLoginFlow(createOryClient({ baseUrl: server.url, retry: 2 }), { flow: 'f', body: { method: 'password', identifier: 'a', password: 'b' } as never }));
    expect((error as OryError).status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });
});

describe('modes and configuration', () => {
  const capture = () => {
    const seen: Request[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Request(input, init));
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    };
    return { seen, fetch: fetch as typeof globalThis.fetch };
  };

  it('browser mode sends cookies and asks for JSON', async () => {
    const { seen, fetch } = capture();
    await toSession(createOryClient({ baseUrl: 'https://auth.example', mode: 'browser', fetch }));
    expect(seen[0]!.credentials).toBe('include');
    expect(seen[0]!.headers.get('accept')).toBe('application/json');
  });

  it('native mode sends the session token to Kratos, not to admin APIs', async () => {
    const { seen, fetch } = capture();
    const c = createOryClient({ baseUrl: 'https://auth.example', mode: 'native', sessionToken: 'tok', fetch });
    await toSession(c);
    expect(seen[0]!.headers.get('x-session-token')).toBe('tok');
  });

  it('server mode forwards the browser cookie to Kratos public', async () => {
    const { seen, fetch } = capture();
    await toSession(createOryClient({ baseUrl: 'https://auth.example', mode: 'server', cookie: 'ory_kratos_session=abc', fetch }));
    expect(seen[0]!.headers.get('cookie')).toBe('ory_kratos_session=abc');
  });

  it('routes each operation to its server and keeps a base path', async () => {
    const { seen, fetch } = capture();
    const c = createOryClient({
      baseUrl: { kratosPublic: 'https://app.example/.ory/', hydraAdmin: 'http://hydra:4445' },
      mode: 'native',
      fetch,
    });
    await toSession(c);
    expect(seen[0]!.url).toBe('https://app.example/.ory/sessions/whoami');
    await expect(getSelfServiceLoginFlow(createOryClient({ baseUrl: { hydraAdmin: 'http://h' }, fetch }), { id: 'x' })).rejects.toBeInstanceOf(OryInputError);
  });

  it('per-call headers and timeout win over the client', async () => {
    const { seen, fetch } = capture();
    await toSession(createOryClient({ baseUrl: 'https://a', headers: { 'x-app': '1' }, fetch }), {}, { headers: { 'x-app': '2' } });
    expect(seen[0]!.headers.get('x-app')).toBe('2');
  });
});
