import { clientUrlPolicy, createOryClient, isOryError, type OryClientError, type UrlPolicy } from '@orykit/client';
import { QueryClient } from '@tanstack/react-query';
import { ADMIN_TOKEN_HEADER, ADMIN_TOKEN_PATH, ORY_PREFIXES } from './prefixes.ts';
import { adminErrorText } from './error-text.ts';

/** Every service under a same-origin prefix: cookies stay first-party, the CSP stays `'self'`. */
export const baseUrls = {
  kratosPublic: window.location.origin + ORY_PREFIXES.kratosPublic,
  kratosAdmin: window.location.origin + ORY_PREFIXES.kratosAdmin,
  hydraPublic: window.location.origin + ORY_PREFIXES.hydraPublic,
  hydraAdmin: window.location.origin + ORY_PREFIXES.hydraAdmin,
};

let adminToken: Promise<string | undefined> | undefined;

/** The dev/preview server's per-run admin secret, read once (again after a failure). */
function readAdminToken(): Promise<string | undefined> {
  adminToken ??= fetch(ADMIN_TOKEN_PATH, { headers: { Accept: 'application/json' } })
    .then(async (response) => (response.ok ? ((await response.json()) as { token?: string }).token : undefined))
    .catch(() => undefined)
    .then((token) => {
      if (!token) adminToken = undefined;
      return token;
    });
  return adminToken;
}

const adminBases = [baseUrls.kratosAdmin, baseUrls.hydraAdmin].map((base) => base + '/');

/** `fetch` that adds the admin secret to calls to the admin prefixes (the server refuses them without it). */
const withAdminToken: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  if (adminBases.some((base) => request.url.startsWith(base))) {
    const token = await readAdminToken();
    if (token) request.headers.set(ADMIN_TOKEN_HEADER, token);
  }
  return fetch(request);
};

export const ory = createOryClient({ baseUrl: baseUrls, mode: 'browser', fetch: withAdminToken });

/** Where URLs may lead on the current page: this origin (Kratos is under a prefix of it). */
export const urlPolicy = (): UrlPolicy => clientUrlPolicy(ory, window.location.href);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are answers: asking again will not change them.
      retry: (count, error) => count < 2 && !(isOryError(error) && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

/** Which backend the dev server put behind the prefixes (set by the Vite plugin). */
export const backend: 'emulator' | 'real' = import.meta.env['VITE_ORYKIT_BACKEND'] === 'real' ? 'real' : 'emulator';

/** A short, human message for an error from any hook. */
export function errorMessage(error: OryClientError | Error | null | undefined): string {
  if (!error) return '';
  if (isOryError(error)) return adminErrorText(error.body, error.message);
  return error.message;
}
