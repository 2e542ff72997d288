import { clientUrlPolicy, createOryClient, isOryError, type OryClientError, type UrlPolicy } from '@orykit/client';
import { QueryClient } from '@tanstack/react-query';
import { ADMIN_TOKEN_HEADER, ADMIN_TOKEN_PATH, ORY_PREFIXES } from './prefixes.ts';
import { adminErrorText } from './error-text.ts';

/**
 * The demo's origin: the page's in the browser; while rendering on the server, the one the dev/preview server
 * serves (server/ory-backend.ts sets `ORYKIT_DEMO_ORIGIN` when it listens, before any page is rendered).
 */
export const appOrigin: string =
  typeof window === 'undefined' ? (process.env['ORYKIT_DEMO_ORIGIN'] ?? 'http://localhost:5173') : window.location.origin;

/** Every service under a same-origin prefix: cookies stay first-party, the CSP stays `'self'`. */
export const baseUrls = {
  kratosPublic: appOrigin + ORY_PREFIXES.kratosPublic,
  kratosAdmin: appOrigin + ORY_PREFIXES.kratosAdmin,
  hydraPublic: appOrigin + ORY_PREFIXES.hydraPublic,
  hydraAdmin: appOrigin + ORY_PREFIXES.hydraAdmin,
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
export const urlPolicy = (): UrlPolicy => clientUrlPolicy(ory, typeof window === 'undefined' ? `${appOrigin}/` : window.location.href);

/** The demo's query defaults. A server render makes its own client per request: caches are per person. */
export const newQueryClient = () => new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are answers: asking again will not change them.
      retry: (count, error) => count < 2 && !(isOryError(error) && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

/** The browser's one client (the flow preloads and the pages share its cache). */
export const queryClient = newQueryClient();

/** Which backend the dev server put behind the prefixes (set by the Vite plugin). */
export const backend: 'emulator' | 'real' = import.meta.env['VITE_ORYKIT_BACKEND'] === 'real' ? 'real' : 'emulator';

/** A short, human message for an error from any hook. */
export function errorMessage(error: OryClientError | Error | null | undefined): string {
  if (!error) return '';
  if (isOryError(error)) return adminErrorText(error.body, error.message);
  return error.message;
}
