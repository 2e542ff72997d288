// The per-run admin secret, handed from the dev/preview server (server/ory-backend.ts, loaded by Vite's config)
// to the server-rendered routes (loaded by React Router's server build). The two are separate module graphs in
// one Node process, so the secret is kept on `globalThis` under a registered symbol. Server only.
const KEY = Symbol.for('orykit-demo.admin-token');

type Holder = { [KEY]?: string };

/** Called by the dev/preview server once it made the run's secret. */
export function shareAdminToken(token: string): void {
  (globalThis as Holder)[KEY] = token;
}

/** The run's secret for the server's own admin calls, or undefined outside the dev/preview server. */
export function sharedAdminToken(): string | undefined {
  return (globalThis as Holder)[KEY];
}
