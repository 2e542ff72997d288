// apps/next for the journeys: one production build (`next build`, reused while its sources are unchanged, so
// the emulator and real-server runs share it), `next start` on a free port, and a backend that advertises the
// app's same-origin prefix `/.ory` — the emulator in this process, or a Kratos + Hydra pair of its own
// (e2e/servers/start.sh, configured for this app's origin; the demo's pair stays the demo's).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulatorServer } from '../packages/emulator/src/server.ts';
import type { Backend } from './env.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const app = join(root, 'apps/next');
const nextBin = join(app, 'node_modules/next/dist/bin/next');
const stampFile = join(app, '.next/orykit-sources.sha256');
/** What the build is made of: a change in any of these means a new build. */
const SOURCES = ['apps/next/src', 'apps/next/next.config.ts', 'apps/next/package.json', 'packages/client/src', 'packages/react-query/src', 'packages/react/src'];

export interface NextApp {
  /** The app's origin, e.g. `http://localhost:41234`. */
  url: string;
  /** Kratos' admin API (the courier's outbox) and Hydra's (OAuth2 clients), reached directly. */
  kratosAdminUrl: string;
  hydraAdminUrl: string;
  stop(): Promise<void>;
}

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !/\.test\.tsx?$|__screenshots__/.test(name))
    .sort()
    .flatMap((name) => files(join(path, name)));
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => files(join(root, source)))) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** `next build`, unless `.next` already holds the build of these very sources. Returns the seconds it took. */
export function buildNextApp(): number {
  const hash = sourceHash();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return 0;
  const started = Date.now();
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: app, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`.slice(-8000));
  writeFileSync(stampFile, hash);
  return (Date.now() - started) / 1000;
}

/** The size of the build's browser assets (`.next/static`), in bytes. */
export const staticSize = (): number => files(join(app, '.next/static')).reduce((sum, file) => sum + statSync(file).size, 0);

const freePort = () =>
  new Promise<number>((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });

async function waitFor(url: string, ready: (status: number) => boolean, what: string, log: () => string, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      if (ready((await fetch(url, { redirect: 'manual' })).status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeout} ms:\n${log()}`.slice(-8000));
}

function nextStart(port: number, env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: app,
    env: { ...process.env, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { log: () => log, stop };
}

function servers(script: 'start.sh' | 'stop.sh', env: Record<string, string>) {
  const result = spawnSync('bash', [join(root, 'e2e/servers', script)], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`e2e/servers/${script} failed:\n${result.stdout}\n${result.stderr}`.slice(-8000));
}

/** Starts the built app in front of `backend`; the servers advertise `<app>/.ory`. */
export async function startNextApp(backend: Backend): Promise<NextApp> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const prefix = `${url}/.ory`;

  if (backend === 'emulator') {
    const emulator = await startEmulatorServer({
      services: ['kratosPublic', 'kratosAdmin', 'hydraPublic', 'hydraAdmin'],
      ports: { kratosPublic: 0, kratosAdmin: 0, hydraPublic: 0, hydraAdmin: 0 },
      emulator: { appOrigin: url, urls: { kratosPublic: prefix, hydraPublic: prefix } },
    });
    const next = nextStart(port, {
      KRATOS_PUBLIC_URL: emulator.urls.kratosPublic!,
      KRATOS_BASE_URL: prefix,
      HYDRA_PUBLIC_URL: emulator.urls.hydraPublic!,
      HYDRA_BASE_URL: prefix,
      HYDRA_ADMIN_URL: emulator.urls.hydraAdmin!,
    });
    try {
      await waitFor(`${prefix}/sessions/whoami`, (status) => status === 401, 'next start', next.log);
    } catch (error) {
      await next.stop();
      await emulator.close();
      throw error;
    }
    return {
      url,
      kratosAdminUrl: emulator.urls.kratosAdmin!,
      hydraAdminUrl: emulator.urls.hydraAdmin!,
      stop: async () => {
        await next.stop();
        await emulator.close();
      },
    };
  }

  const ports = { kratosPublic: await freePort(), kratosAdmin: await freePort(), hydraPublic: await freePort(), hydraAdmin: await freePort(), smtp: await freePort() };
  const local = (p: number) => `http://127.0.0.1:${p}`;
  const runDir = mkdtempSync(join(tmpdir(), 'orykit-next-servers-'));
  const serverEnv = {
    ORYKIT_RUN_DIR: runDir,
    DEMO_URL: url,
    SMTP_PORT: String(ports.smtp),
    KRATOS_PUBLIC_PORT: String(ports.kratosPublic),
    KRATOS_ADMIN_PORT: String(ports.kratosAdmin),
    HYDRA_PUBLIC_PORT: String(ports.hydraPublic),
    HYDRA_ADMIN_PORT: String(ports.hydraAdmin),
    KRATOS_PUBLIC_URL: prefix,
    KRATOS_ADMIN_URL: local(ports.kratosAdmin),
    HYDRA_PUBLIC_URL: prefix,
    HYDRA_ADMIN_URL: local(ports.hydraAdmin),
  };
  // The app first: start.sh waits for Kratos through the app's prefix, as browsers reach it.
  const next = nextStart(port, {
    KRATOS_PUBLIC_URL: local(ports.kratosPublic),
    KRATOS_BASE_URL: prefix,
    HYDRA_PUBLIC_URL: local(ports.hydraPublic),
    HYDRA_BASE_URL: prefix,
    HYDRA_ADMIN_URL: local(ports.hydraAdmin),
  });
  const stop = async () => {
    await next.stop();
    try {
      servers('stop.sh', serverEnv);
    } finally {
      rmSync(runDir, { recursive: true, force: true });
    }
  };
  try {
    await waitFor(`${url}/_next/static/not-there`, (status) => status > 0, 'next start', next.log);
    servers('start.sh', serverEnv);
    await waitFor(`${prefix}/sessions/whoami`, (status) => status === 401, 'Kratos through the app', next.log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, kratosAdminUrl: local(ports.kratosAdmin), hydraAdminUrl: local(ports.hydraAdmin), stop };
}
