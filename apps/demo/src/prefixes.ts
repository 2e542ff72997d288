/**
 * Where the demo mounts each Ory service on its own origin. Same-origin prefixes keep Kratos' cookies
 * first-party and let the strict Content-Security-Policy say `'self'` for everything.
 * Shared by the app (browser) and the Vite plugin (Node): keep this file free of DOM and Node APIs.
 */
export const ORY_PREFIXES = {
  kratosPublic: '/.ory/kratos/public',
  kratosAdmin: '/.ory/kratos/admin',
  hydraPublic: '/.ory/hydra/public',
  hydraAdmin: '/.ory/hydra/admin',
} as const;

export type OryServiceName = keyof typeof ORY_PREFIXES;

/** The environment variables that switch a service from the embedded emulator to a real server. */
export const ORY_ENV: Record<OryServiceName, string> = {
  kratosPublic: 'KRATOS_PUBLIC_URL',
  kratosAdmin: 'KRATOS_ADMIN_URL',
  hydraPublic: 'HYDRA_PUBLIC_URL',
  hydraAdmin: 'HYDRA_ADMIN_URL',
};

/** The admin APIs' prefixes: the dev/preview server guards them (server/admin-guard.ts). */
export const ADMIN_PREFIXES = [ORY_PREFIXES.kratosAdmin, ORY_PREFIXES.hydraAdmin] as const;

/** Where the demo's pages read the server's per-run admin secret (same origin, loopback only). */
export const ADMIN_TOKEN_PATH = '/.orykit/admin-token';

/** The header that carries the per-run admin secret on every admin call. */
export const ADMIN_TOKEN_HEADER = 'x-orykit-admin-token';

/** Test hooks the dev/preview server mounts when asked to (e2e only): move the emulator's clock. */
export const TEST_CONTROL_PREFIX = '/.orykit/test';

/** True for paths the app never renders itself (they belong to a backend). */
export const isBackendPath = (path: string) => path.startsWith('/.ory/') || path.startsWith('/.orykit/');
