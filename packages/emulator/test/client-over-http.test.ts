// @orykit/client against the emulator over HTTP where the servers answer other than the spec says:
// Hydra's login and consent handlers decode a JSON body and answer 400 to an empty one (the client sends
// `{}` when the caller leaves an optional body out), and Kratos serves webauthn.js as JavaScript.
// The 400 bodies are what Hydra v2.1.2 answered (the e2e suite checks them on the real server too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminAcceptOAuth2ConsentRequest,
  adminAcceptOAuth2LoginRequest,
  adminGetOAuth2LoginRequest,
  adminRejectOAuth2ConsentRequest,
  adminRejectOAuth2LoginRequest,
  createOryClient,
  getWebAuthnJavaScript,
  type OryClient,
} from '@orykit/client';
import { startEmulatorServer, type EmulatorServer } from '../src/server.ts';
import { browser } from './helpers/http-client.ts';

let server: EmulatorServer;
let ory: OryClient;
const admin = browser();
const user = browser();
const cb = 'http://localhost:5173/oauth2/callback';
let clientId = '';

beforeAll(async () => {
  server = await startEmulatorServer({ ports: { kratosPublic: 0, kratosAdmin: 0, hydraPublic: 0, hydraAdmin: 0, network: 0 } });
  ory = createOryClient({ baseUrl: server.urls, mode: 'native', retry: 0 });
  const created = await admin(`${server.urls.hydraAdmin}/admin/clients`, {
    json: { grant_types: ['authorization_code'], response_types: ['code'], scope: 'openid', redirect_uris: [cb] },
  });
  clientId = created.json.client_id;
});
afterAll(() => server.close());

/** A new authorization request: its login challenge. */
async function loginChallenge(): Promise<string> {
  const url = `${server.urls.hydraPublic}/oauth2/auth?client_id=${clientId}&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(cb)}&state=state-1234567890`;
  const start = await user(url, { acceptJson: false });
  return new URL(start.location!).searchParams.get('login_challenge')!;
}

/** A login accepted for `subject`, followed back to Hydra: the consent challenge. */
async function consentChallenge(): Promise<string> {
  const { redirect_to } = await adminAcceptOAuth2LoginRequest(ory, { login_challenge: await loginChallenge(), body: { subject: 'ada' } });
  const next = await user(redirect_to, { acceptJson: false });
  return new URL(next.location!).searchParams.get('consent_challenge')!;
}

const INVALID_REQUEST = 'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.';
const put = (path: string, o: { body?: string; type?: string } = {}) =>
  admin(`${server.urls.hydraAdmin}/admin/oauth2/auth/requests/${path}`, {
    method: 'PUT',
    ...(o.body !== undefined ? { body: o.body } : {}),
    ...(o.type ? { headers: { 'content-type': o.type } } : {}),
  });

describe('Hydra login and consent handlers decode the body', () => {
  it.each([
    ['no body', {}],
    ['an empty JSON body', { body: '', type: 'application/json' }],
  ])('%s: 400 as Hydra v2.1.2 answers it, and the request stays open', async (_what, o) => {
    const login = await loginChallenge();
    const unrecognizable = { error: 'error', error_description: 'The error is unrecognizable' };
    const eof = { error: 'invalid_request', error_description: `${INVALID_REQUEST} Unable to decode body because: EOF` };
    for (const [path, body] of [
      [`login/reject?login_challenge=${login}`, eof],
      [`login/accept?login_challenge=${login}`, eof],
    ] as const) {
      const answer = await put(path, o);
      expect([answer.status, answer.json]).toEqual([400, body]);
    }
    expect((await adminGetOAuth2LoginRequest(ory, { login_challenge: login })).challenge).toBe(login);

    const consent = await consentChallenge();
    for (const path of [`consent/accept?consent_challenge=${consent}`, `consent/reject?consent_challenge=${consent}`]) {
      const answer = await put(path, o);
      expect([answer.status, answer.json]).toEqual([400, unrecognizable]);
    }
  });

  it('decodes before it looks the request up: `{}` for an unknown challenge is a 404', async () => {
    expect((await put('consent/accept?consent_challenge=unknown', { body: '{}', type: 'application/json' })).status).toBe(404);
    expect((await put('login/reject?login_challenge=unknown', { body: '{}', type: 'application/json' })).status).toBe(404);
    expect((await put('login/reject?login_challenge=unknown')).status).toBe(400);
  });

  it('takes no prototype-naming key from the body', async () => {
    const hostile = '{"subject":"ada","__proto__":{"polluted":true},"context":{"constructor":{"prototype":{"polluted":true}}}}';
    const answer = await put(`login/accept?login_challenge=${await loginChallenge()}`, { body: hostile, type: 'application/json' });
    expect(answer.status).toBe(200);
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('malformed JSON is a 400 too', async () => {
    const answer = await put(`login/reject?login_challenge=${await loginChallenge()}`, { body: '{x', type: 'application/json' });
    expect(answer.status).toBe(400);
    expect(answer.json.error_description).toMatch(/Unable to decode body because: /);
  });
});

describe('@orykit/client with the body left out', () => {
  it('rejects a login request', async () => {
    const { redirect_to } = await adminRejectOAuth2LoginRequest(ory, { login_challenge: await loginChallenge() });
    expect(redirect_to).toContain('login_verifier=');
  });

  it('accepts a consent request', async () => {
    const { redirect_to } = await adminAcceptOAuth2ConsentRequest(ory, { consent_challenge: await consentChallenge() });
    expect(redirect_to).toContain('consent_verifier=');
  });

  it('rejects a consent request', async () => {
    const { redirect_to } = await adminRejectOAuth2ConsentRequest(ory, { consent_challenge: await consentChallenge() });
    expect(redirect_to).toContain('consent_verifier=');
  });
});

describe('@orykit/client reads the WebAuthn script', () => {
  it('as text: Kratos serves JavaScript, not the JSON string of the spec', async () => {
    const script = await getWebAuthnJavaScript(ory);
    expect(typeof script).toBe('string');
    expect(script).toContain('__oryWebAuthnLogin');
    const raw = await fetch(`${server.urls.kratosPublic}/.well-known/ory/webauthn.js`);
    expect(raw.headers.get('content-type')).toBe('text/javascript; charset=UTF-8');
  });
});
