// @orykit/client straight against the backend (no browser), through the demo's prefixes, where the servers
// answer other than the spec says. On real Kratos v0.11.0 + Hydra v2.1.2 (E2E_BACKEND=real) this is the proof;
// on the emulator, the same assertions show it answers alike.
// - Kratos serves /.well-known/ory/webauthn.js as JavaScript: the client returns the script text.
// - Hydra's login reject and consent accept/reject decode a JSON body and answer 400 to an empty one; the
//   client sends `{}` when the caller leaves the optional body out, as the official SDK does.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  adminAcceptOAuth2ConsentRequest,
  adminAcceptOAuth2LoginRequest,
  adminCreateOAuth2Client,
  adminDeleteOAuth2Client,
  adminRejectOAuth2ConsentRequest,
  adminRejectOAuth2LoginRequest,
  createOryClient,
  getWebAuthnJavaScript,
} from '@orykit/client';
import { demoAdminHeaders } from '../courier.ts';

const baseURL = inject('baseURL');
const urls = {
  kratosPublic: `${baseURL}/.ory/kratos/public`,
  hydraPublic: `${baseURL}/.ory/hydra/public`,
  hydraAdmin: `${baseURL}/.ory/hydra/admin`,
};
// The demo lets admin calls through only with its per-run secret, read as its own pages read it.
let admin: Record<string, string> = {};
let ory = createOryClient({ baseUrl: urls, mode: 'server', retry: 0 });
const redirectUri = `${baseURL}/oauth2/callback`;
let clientId = '';

beforeAll(async () => {
  admin = await demoAdminHeaders(baseURL);
  ory = createOryClient({ baseUrl: urls, mode: 'server', retry: 0, headers: admin });
  const client = await adminCreateOAuth2Client(ory, {
    body: { client_name: 'orykit client e2e', grant_types: ['authorization_code'], response_types: ['code'], scope: 'openid', redirect_uris: [redirectUri] },
  });
  clientId = client.client_id!;
});
afterAll(async () => {
  if (clientId) await adminDeleteOAuth2Client(ory, { id: clientId });
});

/** A user agent for Hydra's public endpoints: keeps its cookies (Hydra's CSRF cookies), follows nothing. */
function userAgent() {
  const cookies = new Map<string, string>();
  return async (url: string): Promise<URL> => {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location) throw new Error(`${url}: ${response.status} without a Location`);
    return new URL(location, url);
  };
}

/** A new authorization request: the user agent that started it and its login challenge. */
async function loginChallenge() {
  const agent = userAgent();
  const query = new URLSearchParams({ client_id: clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri, state: 'state-1234567890' });
  const login = await agent(`${urls.hydraPublic}/oauth2/auth?${query}`);
  return { agent, challenge: login.searchParams.get('login_challenge')! };
}

/** A login accepted for a subject, back through Hydra: the consent challenge. */
async function consentChallenge() {
  const { agent, challenge } = await loginChallenge();
  const { redirect_to } = await adminAcceptOAuth2LoginRequest(ory, { login_challenge: challenge, body: { subject: 'client-e2e' } });
  const consent = await agent(redirect_to);
  return consent.searchParams.get('consent_challenge')!;
}

/** A raw PUT without a body, as orykit sent these calls before. */
const putWithoutBody = async (path: string) => {
  const response = await fetch(`${urls.hydraAdmin}/admin/oauth2/auth/requests/${path}`, { method: 'PUT', headers: { accept: 'application/json', ...admin } });
  return [response.status, await response.json()] as const;
};

describe('@orykit/client against the servers', () => {
  it('getWebAuthnJavaScript returns the script Kratos serves', async () => {
    const script = await getWebAuthnJavaScript(ory);
    expect(typeof script).toBe('string');
    expect(script).toContain('__oryWebAuthnLogin');
    expect(script).toContain('__oryWebAuthnRegistration');
    const raw = await fetch(`${urls.kratosPublic}/.well-known/ory/webauthn.js`);
    expect(raw.headers.get('content-type')).toBe('text/javascript; charset=UTF-8');
  });

  it('Hydra answers 400 to login reject and consent accept/reject without a body', async () => {
    const { challenge } = await loginChallenge();
    const [loginStatus, loginError] = await putWithoutBody(`login/reject?login_challenge=${challenge}`);
    expect(loginStatus).toBe(400);
    expect(loginError).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('Unable to decode body because: EOF') });
    const consent = await consentChallenge();
    for (const path of [`consent/accept?consent_challenge=${consent}`, `consent/reject?consent_challenge=${consent}`]) {
      expect(await putWithoutBody(path)).toEqual([400, { error: 'error', error_description: 'The error is unrecognizable' }]);
    }
  });

  it('rejects a login request without a body (it sends {})', async () => {
    const { challenge } = await loginChallenge();
    const { redirect_to } = await adminRejectOAuth2LoginRequest(ory, { login_challenge: challenge });
    expect(new URL(redirect_to).searchParams.get('login_verifier')).toBeTruthy();
  });

  it('accepts a consent request without a body', async () => {
    const { redirect_to } = await adminAcceptOAuth2ConsentRequest(ory, { consent_challenge: await consentChallenge() });
    expect(new URL(redirect_to).searchParams.get('consent_verifier')).toBeTruthy();
  });

  it('rejects a consent request without a body', async () => {
    const { redirect_to } = await adminRejectOAuth2ConsentRequest(ory, { consent_challenge: await consentChallenge() });
    expect(new URL(redirect_to).searchParams.get('consent_verifier')).toBeTruthy();
  });
});
