// Which backend the journeys run against, from the environment.
//
//   E2E_BACKEND=emulator (default)  the demo's embedded emulator (in memory, in the demo's server process)
//   E2E_BACKEND=real                real Kratos and Hydra where they listen: KRATOS_PUBLIC_URL, KRATOS_ADMIN_URL,
//                                   HYDRA_PUBLIC_URL, HYDRA_ADMIN_URL (default 127.0.0.1:4433/4434/4444/4445); the
//                                   demo proxies its prefixes to them. The servers must advertise the demo's
//                                   prefix URLs (Kratos serve.public.base_url, Hydra urls.self.issuer) and know
//                                   the demo as DEMO_URL (default http://localhost:5173, where the demo then runs).
//                                   When they do not answer through the demo, global-setup starts them with
//                                   e2e/servers/start.sh on those ports, configured that way, and stops them
//                                   after the run (E2E_START_SERVERS=0: never).
//                                   Optional E2E_MAIL_URL: read mail from the SMTP catcher (see courier.ts).
//   E2E_DEMO_MODE=preview (default) a production build served by `vite preview` under the strict CSP
//   E2E_DEMO_MODE=dev               the Vite dev server (faster to start, no CSP)
//   E2E_DEMO_PORT                   a fixed port for the demo (default: a free one)
//   E2E_DEMO_HOST                   the host browsers use (default localhost: WebAuthn needs a domain)
export type Backend = 'emulator' | 'real';

export const backend = (): Backend => (process.env['E2E_BACKEND'] === 'real' ? 'real' : 'emulator');
export const demoMode = (): 'preview' | 'dev' => (process.env['E2E_DEMO_MODE'] === 'dev' ? 'dev' : 'preview');

export const REAL_ENV = ['KRATOS_PUBLIC_URL', 'KRATOS_ADMIN_URL', 'HYDRA_PUBLIC_URL', 'HYDRA_ADMIN_URL'] as const;

/** Where the real servers listen (the demo's proxy targets), with e2e/servers' default ports. */
export function realTargets(): Record<(typeof REAL_ENV)[number], string> {
  return {
    KRATOS_PUBLIC_URL: process.env['KRATOS_PUBLIC_URL'] ?? 'http://127.0.0.1:4433',
    KRATOS_ADMIN_URL: process.env['KRATOS_ADMIN_URL'] ?? 'http://127.0.0.1:4434',
    HYDRA_PUBLIC_URL: process.env['HYDRA_PUBLIC_URL'] ?? 'http://127.0.0.1:4444',
    HYDRA_ADMIN_URL: process.env['HYDRA_ADMIN_URL'] ?? 'http://127.0.0.1:4445',
  };
}
