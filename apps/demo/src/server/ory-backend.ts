// The demo's backend, as a Vite plugin (Node only; never bundled into the app).
//
// In `vite` (dev) and `vite preview` it puts Kratos' and Hydra's four APIs under same-origin prefixes
// (`/.ory/kratos/public`, …): the embedded emulator by default, or a real server per service when its
// environment variable is set (KRATOS_PUBLIC_URL, KRATOS_ADMIN_URL, HYDRA_PUBLIC_URL, HYDRA_ADMIN_URL).
// Same-origin prefixes keep cookies first-party and let the preview's Content-Security-Policy say 'self'.
// The two admin prefixes answer only the demo's own pages on loopback (admin-guard.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { runnerImport, type Connect, type Logger, type Plugin, type PreviewServer, type ProxyOptions, type ViteDevServer } from 'vite';
import { ADMIN_PREFIXES, ADMIN_TOKEN_HEADER, ADMIN_TOKEN_PATH, ORY_ENV, ORY_PREFIXES, TEST_CONTROL_PREFIX, type OryServiceName } from '../prefixes.ts';
import { createAdminGuard, refuse, type AdminGuard } from './admin-guard.ts';
import { shareAdminToken } from './admin-token.ts';
import { canonicalLocation } from './canonical.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

export { CONTENT_SECURITY_POLICY };

export interface OryBackendOptions {
  /** Real servers per service (default: from the environment variables). Services left out are emulated. */
  targets?: Partial<Record<OryServiceName, string>>;
  /** Extra options for the emulator (`createEmulator`), e.g. `{ flowLifespan: 60_000 }`. */
  emulator?: Record<string, unknown>;
  /**
   * The origin browsers use (default: the server's address, with `localhost` for unspecified hosts).
   * The emulator builds `ui.action`, redirects and UI URLs from it.
   */
  origin?: string;
  /** Mount `/.orykit/test/*` (e2e only): move the emulator's clock. Default: `ORYKIT_TEST_CONTROLS=1`. */
  testControls?: boolean;
  /** Serve the Content-Security-Policy in `vite preview` (default true). */
  csp?: boolean;
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => void;

interface EmulatorHandle {
  handlers: Partial<Record<OryServiceName, Handler>>;
  describe: string;
  /** The emulator's resolved options (test controls switch Kratos' `webauthn.passwordless`). */
  options: { webauthn: { passwordless: boolean } };
}

const SERVICES = Object.keys(ORY_PREFIXES) as OryServiceName[];

function targetsFromEnv(): Partial<Record<OryServiceName, string>> {
  const targets: Partial<Record<OryServiceName, string>> = {};
  for (const service of SERVICES) {
    const value = process.env[ORY_ENV[service]];
    if (value) targets[service] = value.replace(/\/+$/, '');
  }
  return targets;
}

/** Vite's proxy entries for the services that point at real servers. */
function proxyFor(targets: Partial<Record<OryServiceName, string>>): Record<string, ProxyOptions> {
  const proxy: Record<string, ProxyOptions> = {};
  for (const [service, target] of Object.entries(targets) as [OryServiceName, string][]) {
    const prefix = ORY_PREFIXES[service];
    proxy[prefix] = {
      target,
      changeOrigin: true,
      // Kratos and Hydra answer with their own URLs (base_url / urls.self): they must be configured with
      // this demo's prefix URLs, so nothing has to be rewritten on the way back.
      rewrite: (path) => path.slice(prefix.length) || '/',
      xfwd: true,
    };
  }
  return proxy;
}

function originOf(server: { httpServer: import('node:http').Server | null | import('node:http2').Http2SecureServer; config: { server: { host?: string | boolean | undefined; https?: unknown }; preview: { host?: string | boolean | undefined } } }, preview: boolean, explicit?: string): string | undefined {
  if (explicit) return explicit.replace(/\/+$/, '');
  if (process.env['ORYKIT_DEMO_ORIGIN']) return process.env['ORYKIT_DEMO_ORIGIN'].replace(/\/+$/, '');
  const address = server.httpServer?.address() as AddressInfo | string | null | undefined;
  if (!address || typeof address === 'string') return undefined;
  const host = preview ? server.config.preview.host : server.config.server.host;
  const hostname = typeof host === 'string' && host !== '0.0.0.0' && host !== '::' ? host : 'localhost';
  const scheme = server.config.server.https ? 'https' : 'http';
  return `${scheme}://${hostname.includes(':') ? `[${hostname}]` : hostname}:${address.port}`;
}

/**
 * Creates the emulator for an origin, with `@orykit/emulator/server`'s `nodeHandler` per service. The emulator
 * is loaded only here, so the proxy mode never runs it.
 */
async function startEmulator(origin: string, extra: Record<string, unknown>, clock: { now(): number }): Promise<EmulatorHandle> {
  // Vite externalizes every bare import of a config file, and Node 20 cannot run the emulator's TypeScript
  // source: load it through Vite's module runner, from the files the package's `exports` point at.
  const require = createRequire(import.meta.url);
  const [{ module: engine }, { module: server }] = await Promise.all([
    runnerImport<typeof import('@orykit/emulator')>(require.resolve('@orykit/emulator')),
    runnerImport<typeof import('@orykit/emulator/server')>(require.resolve('@orykit/emulator/server')),
  ]);
  const urls = Object.fromEntries(SERVICES.map((s) => [s, origin + ORY_PREFIXES[s]]));
  const emulator = engine.createEmulator({ appOrigin: origin, urls, clock, ...extra });
  const handlers: Partial<Record<OryServiceName, Handler>> = {};
  for (const service of SERVICES) handlers[service] = server.nodeHandler(emulator, service);
  return { handlers, describe: `embedded emulator (in memory) at ${origin}/.ory/…`, options: emulator.options };
}

/** A clock the e2e suite can move forward, to let flows and codes expire without waiting. */
function offsetClock() {
  let offset = 0;
  return {
    clock: { now: () => Date.now() + offset },
    advance: (ms: number) => {
      offset += ms;
      return offset;
    },
    reset: () => {
      offset = 0;
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/**
 * Mounts the admin guard before everything else (the emulator and Vite's proxy): the secret's endpoint,
 * and a check on every admin call, which then goes on without the secret.
 */
function guardAdmin(server: ViteDevServer | PreviewServer, guard: AdminGuard) {
  const httpServer = server.httpServer;
  if (!httpServer) guard.bound(undefined);
  else
    httpServer.once('listening', () => {
      const address = httpServer.address();
      guard.bound(typeof address === 'object' && address ? address.address : undefined);
    });
  server.middlewares.use(ADMIN_TOKEN_PATH, (req, res) => {
    const decision = guard.checkPage(req);
    if (!decision.ok) return refuse(res, decision.reason);
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify({ token: guard.token }));
  });
  for (const prefix of ADMIN_PREFIXES) {
    server.middlewares.use(prefix, (req, res, next) => {
      const decision = guard.checkCall(req);
      if (!decision.ok) return refuse(res, decision.reason);
      delete req.headers[ADMIN_TOKEN_HEADER];
      next();
    });
  }
}

function install(
  server: ViteDevServer | PreviewServer,
  preview: boolean,
  options: OryBackendOptions,
  targets: Partial<Record<OryServiceName, string>>,
) {
  const logger: Logger = server.config.logger;
  const guard = createAdminGuard((message) => logger.warn(message));
  guardAdmin(server, guard);
  // The OAuth2 pages answer Hydra from their route loaders, through the same guarded prefix.
  shareAdminToken(guard.token);
  // Server-rendered pages build their URLs on the demo's origin (src/ory.ts reads it when first loaded).
  server.httpServer?.once('listening', () => {
    process.env['ORYKIT_DEMO_ORIGIN'] ??= originOf(server, preview, options.origin);
  });
  const emulated = SERVICES.filter((s) => !targets[s]);
  const time = offsetClock();
  let started: Promise<EmulatorHandle> | undefined;
  let origin: string | undefined;

  const emulator = (req: IncomingMessage) => {
    if (!started) {
      origin = originOf(server, preview, options.origin) ?? `http://${req.headers.host ?? 'localhost'}`;
      started = startEmulator(origin, options.emulator ?? {}, time.clock);
      started.catch((error: unknown) => logger.error(`orykit: the emulator did not start: ${String((error as Error)?.stack ?? error)}`));
    }
    return started;
  };

  if (emulated.length) {
    // Start as soon as the port is known, so the first request does not wait.
    server.httpServer?.once('listening', () => {
      void emulator({ headers: {} } as IncomingMessage).catch(() => undefined);
    });
    // The emulator builds URLs and cookies for one origin: a page opened under another host name
    // (127.0.0.1 for localhost) is sent to it, or its cookies would not come back.
    server.middlewares.use((req, res, next) => {
      const accept = req.headers.accept ?? '';
      if (!origin || req.method !== 'GET' || !accept.includes('text/html') || !req.headers.host) return next();
      const canonical = new URL(origin);
      if (req.headers.host === canonical.host) return next();
      res.statusCode = 302;
      res.setHeader('Location', canonicalLocation(req.url, canonical));
      res.end();
    });
    for (const service of emulated) {
      server.middlewares.use(ORY_PREFIXES[service], (req, res, next) => {
        emulator(req)
          .then((handle) => {
            const handler = handle.handlers[service];
            if (!handler) return next();
            handler(req, res, next);
          })
          .catch(next);
      });
    }
  }

  if (options.testControls ?? process.env['ORYKIT_TEST_CONTROLS'] === '1') {
    server.middlewares.use(`${TEST_CONTROL_PREFIX}/clock`, (req, res) => {
      void (async () => {
        let offset: number | undefined;
        if (req.method === 'POST') {
          const body = JSON.parse((await readBody(req)) || '{}') as { advance?: number; reset?: boolean };
          if (body.reset) time.reset();
          offset = time.advance(Number(body.advance ?? 0));
        } else offset = time.advance(0);
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ offset, now: new Date(time.clock.now()).toISOString() }));
      })().catch((error: unknown) => {
        res.statusCode = 400;
        res.end(String(error));
      });
    });
  }

  if ((options.testControls ?? process.env['ORYKIT_TEST_CONTROLS'] === '1') && emulated.length) {
    // Kratos' `selfservice.methods.webauthn.config.passwordless`, switched between journeys (real Kratos: two configs).
    server.middlewares.use(`${TEST_CONTROL_PREFIX}/webauthn`, (req, res) => {
      void (async () => {
        const handle = await emulator(req);
        if (req.method === 'POST') handle.options.webauthn.passwordless = Boolean((JSON.parse((await readBody(req)) || '{}') as { passwordless?: unknown }).passwordless);
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ passwordless: handle.options.webauthn.passwordless }));
      })().catch((error: unknown) => {
        res.statusCode = 400;
        res.end(String(error));
      });
    });
  }

  const printUrls = server.printUrls.bind(server);
  server.printUrls = () => {
    printUrls();
    const lines = SERVICES.map((s) => `  ➜  ${ORY_PREFIXES[s].padEnd(20)} → ${targets[s] ?? 'emulator'}`);
    logger.info(`\n  orykit demo backend${emulated.length ? ' (emulator: sign in as demo@orykit.dev / orykit-demo-password)' : ''}:\n${lines.join('\n')}\n`);
  };
}

/** The plugin: `plugins: [react(), oryBackend()]`. */
export function oryBackend(options: OryBackendOptions = {}): Plugin {
  const targets = options.targets ?? targetsFromEnv();
  const real = Object.keys(targets).length > 0;
  const proxy = proxyFor(targets);
  return {
    name: 'orykit-demo-backend',
    config: () => ({
      define: { 'import.meta.env.VITE_ORYKIT_BACKEND': JSON.stringify(real ? 'real' : 'emulator') },
      server: { proxy },
      preview: { proxy },
    }),
    configureServer(server) {
      install(server, false, options, targets);
    },
    configurePreviewServer(server) {
      if (options.csp !== false) {
        server.middlewares.use((_req, res, next) => {
          res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
          res.setHeader('X-Content-Type-Options', 'nosniff');
          res.setHeader('Referrer-Policy', 'same-origin');
          next();
        });
      }
      install(server, true, options, targets);
    },
  };
}
