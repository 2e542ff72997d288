// Starts the demo for the journeys: a production build (React Router's browser and server bundles) under
// `vite preview` (the strict CSP included) or the dev server, on a free port, in front of the emulator
// (default) or real servers. Tests get its URL with `inject('baseURL')`.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { backend, demoMode, realTargets, type Backend } from './env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo's origin, e.g. `http://127.0.0.1:41234`. */
    baseURL: string;
    backend: Backend;
    demoMode: 'preview' | 'dev';
  }
}

const demoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../apps/demo');

function freePort(host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function waitFor(url: string, ok: (status: number) => boolean, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (ok(response.status)) return;
      last = `${response.status} ${(await response.text()).slice(0, 200)}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become ready within ${timeout} ms (last: ${last})`);
}

const probe = async (url: string) => {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(3_000) })).ok;
  } catch {
    return false;
  }
};

function run(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolveRun, reject) => {
    // Asynchronous on purpose: start.sh checks readiness through the demo, which runs in this process.
    const child = spawn('bash', [join(demoRoot, '../../e2e/servers', script)], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`e2e/servers/${script} exited with ${code}`))));
  });
}

/**
 * Real servers for the demo at `baseURL`: used as they are when they answer through the demo's prefixes,
 * else started with e2e/servers/start.sh on the target ports, advertising the demo's prefix URLs (and
 * stopped afterwards). E2E_START_SERVERS=0 never starts them.
 */
async function ensureRealServers(baseURL: string): Promise<(() => Promise<void>) | undefined> {
  const targets = realTargets();
  const reachable = async () =>
    (await probe(`${baseURL}/.ory/kratos/public/health/ready`)) && (await probe(`${baseURL}/.ory/hydra/public/health/ready`));
  let stop: (() => Promise<void>) | undefined;
  if (!(await reachable())) {
    if (process.env['E2E_START_SERVERS'] === '0') throw new Error(`E2E_BACKEND=real: Kratos or Hydra does not answer through ${baseURL}/.ory/… (targets ${JSON.stringify(targets)})`);
    const port = (url: string) => new URL(url).port;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ORYKIT_RUN_DIR: process.env['ORYKIT_RUN_DIR'] ?? join(tmpdir(), 'orykit-e2e-servers'),
      KRATOS_PUBLIC_PORT: port(targets.KRATOS_PUBLIC_URL),
      KRATOS_ADMIN_PORT: port(targets.KRATOS_ADMIN_URL),
      HYDRA_PUBLIC_PORT: port(targets.HYDRA_PUBLIC_URL),
      HYDRA_ADMIN_PORT: port(targets.HYDRA_ADMIN_URL),
      // What the servers advertise: the demo's prefixes (cookies first-party, redirects through the demo).
      DEMO_URL: baseURL,
      KRATOS_PUBLIC_URL: `${baseURL}/.ory/kratos/public`,
      KRATOS_ADMIN_URL: targets.KRATOS_ADMIN_URL,
      HYDRA_PUBLIC_URL: `${baseURL}/.ory/hydra/public`,
      HYDRA_ADMIN_URL: targets.HYDRA_ADMIN_URL,
    };
    await run('start.sh', env);
    stop = () => run('stop.sh', env);
  }
  // Kratos must build its URLs on the demo's prefix, or cookies and redirects leave the demo.
  const flow = (await (await fetch(`${baseURL}/.ory/kratos/public/self-service/login/api`)).json()) as { ui?: { action?: string } };
  const action = flow.ui?.action ?? '';
  if (!action.startsWith(`${baseURL}/.ory/kratos/public/`)) {
    await stop?.();
    throw new Error(
      `E2E_BACKEND=real: Kratos builds its URLs on ${new URL(action || 'http://unknown').origin}, not on the demo (${baseURL}/.ory/kratos/public): ` +
        'start it with serve.public.base_url = DEMO_URL/.ory/kratos/public (see e2e/env.ts).',
    );
  }
  return stop;
}

export default async function setup(project: TestProject) {
  const which = backend();
  const mode = demoMode();
  // Real servers are configured for one demo origin (DEMO_URL); the emulator follows whatever origin it gets.
  const demoUrl = which === 'real' ? new URL(process.env['DEMO_URL'] ?? 'http://localhost:5173') : undefined;
  // `localhost`, not 127.0.0.1: WebAuthn refuses an IP address as relying party id (the emulator's is the host).
  const host = process.env['E2E_DEMO_HOST'] ?? demoUrl?.hostname ?? 'localhost';
  const port = Number(process.env['E2E_DEMO_PORT'] ?? demoUrl?.port ?? 0) || (await freePort(host));
  const baseURL = `http://${host}:${port}`;

  const saved = { ...process.env };
  process.env['ORYKIT_DEMO_ORIGIN'] = baseURL;
  if (which === 'real') Object.assign(process.env, realTargets());
  else {
    for (const name of Object.keys(realTargets())) delete process.env[name];
    process.env['ORYKIT_TEST_CONTROLS'] = '1';
  }

  const vite = await import('vite');
  const configFile = join(demoRoot, 'vite.config.ts');
  let close: () => Promise<void>;
  let outDir: string | undefined;
  if (mode === 'preview') {
    // Inside the demo (its node_modules): the server bundle imports react, react-router… from there.
    await mkdir(join(demoRoot, 'node_modules/.cache'), { recursive: true });
    outDir = await mkdtemp(join(demoRoot, 'node_modules/.cache/orykit-demo-e2e-'));
    // React Router's build directory (react-router.config.ts): the browser bundle and the server one.
    process.env['ORYKIT_DEMO_BUILD_DIR'] = outDir;
    // Vitest runs with NODE_ENV=test; the build must be a production build (React's production bundle).
    process.env['NODE_ENV'] = 'production';
    const builder = await vite.createBuilder({ root: demoRoot, configFile, logLevel: 'warn', build: { sourcemap: false } });
    await builder.buildApp();
    process.env['NODE_ENV'] = saved['NODE_ENV'];
    const server = await vite.preview({ root: demoRoot, configFile, logLevel: 'warn', preview: { host, port, strictPort: true } });
    close = () => server.close();
  } else {
    const server = await vite.createServer({ root: demoRoot, configFile, logLevel: 'warn', server: { host, port, strictPort: true, hmr: false } });
    await server.listen();
    close = () => server.close();
  }

  const stopServers = which === 'real' ? await ensureRealServers(baseURL) : undefined;
  // Ready when the prefixes answer: Kratos says "no session" (401).
  await waitFor(`${baseURL}/.ory/kratos/public/sessions/whoami`, (status) => status === 401);

  project.provide('baseURL', baseURL);
  project.provide('backend', which);
  project.provide('demoMode', mode);

  return async () => {
    await stopServers?.();
    await close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}
