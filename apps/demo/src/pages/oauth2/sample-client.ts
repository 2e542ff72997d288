import { baseUrls } from '../../ory.ts';

/**
 * The sample OAuth2 client's memory. A real client keeps its secret on a server; this one lives in the
 * browser so the whole authorization-code flow can be watched from one page.
 */
export interface StoredClient {
  client_id: string;
  client_secret: string;
}

export interface PendingAuthorization {
  state: string;
  nonce: string;
  verifier: string;
  redirect_uri: string;
  scope: string;
}

export interface TokenSet {
  access_token?: string;
  id_token?: string;
  refresh_token?: string;
  expires_in?: number;
  scope?: string;
  token_type?: string;
}

const CLIENT_KEY = 'orykit-demo:oauth2-client';
const PENDING_KEY = 'orykit-demo:oauth2-pending';
const TOKENS_KEY = 'orykit-demo:oauth2-tokens';

function read<T>(storage: Storage, key: string): T | undefined {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(storage: Storage, key: string, value: unknown) {
  if (value === undefined) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(value));
}

export const clientStore = {
  get: () => read<StoredClient>(localStorage, CLIENT_KEY),
  set: (client: StoredClient | undefined) => write(localStorage, CLIENT_KEY, client),
};
export const pendingStore = {
  get: () => read<PendingAuthorization>(sessionStorage, PENDING_KEY),
  set: (pending: PendingAuthorization | undefined) => write(sessionStorage, PENDING_KEY, pending),
};
export const tokenStore = {
  get: () => read<TokenSet>(sessionStorage, TOKENS_KEY),
  set: (tokens: TokenSet | undefined) => write(sessionStorage, TOKENS_KEY, tokens),
};

export const callbackUrl = () => `${window.location.origin}/oauth2/callback`;
export const clientPageUrl = () => `${window.location.origin}/oauth2/client`;

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const random = (size = 32) => base64url(crypto.getRandomValues(new Uint8Array(size)));

async function challengeOf(verifier: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Hydra's authorization URL for the stored client, with state, nonce and PKCE (S256); remembers them. */
export async function authorizationUrl(client: StoredClient, scope: string, prompt: string | undefined): Promise<string> {
  const pending: PendingAuthorization = { state: random(), nonce: random(), verifier: random(48), redirect_uri: callbackUrl(), scope };
  pendingStore.set(pending);
  const url = new URL(`${baseUrls.hydraPublic}/oauth2/auth`);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    response_type: 'code',
    redirect_uri: pending.redirect_uri,
    scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
    ...(prompt ? { prompt } : {}),
  }).toString();
  return url.href;
}

/** Hydra's RP-initiated logout URL for an ID token. */
export function logoutUrl(idToken: string): string {
  const url = new URL(`${baseUrls.hydraPublic}/oauth2/sessions/logout`);
  url.search = new URLSearchParams({ id_token_hint: idToken, post_logout_redirect_uri: clientPageUrl(), state: random(12) }).toString();
  return url.href;
}

/** The header and claims of a JWT (not verified: for display only). */
export function decodeJwt(token: string | undefined): { header: unknown; payload: Record<string, unknown> } | undefined {
  if (!token) return undefined;
  const [header, payload] = token.split('.');
  if (!header || !payload) return undefined;
  const decode = (part: string) => {
    const text = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  };
  try {
    return { header: decode(header), payload: decode(payload) };
  } catch {
    return undefined;
  }
}
