// Where users live: the four packages packed as npm would publish them, installed from the tarballs into
// fresh apps generated outside the workspace, then type-checked strictly (skipLibCheck off), built, and
// used by a person in Chromium. Plain Node: the emulator imports, its CLI starts with npx, and its
// README's MSW snippet runs in a user's Vitest test.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const PACKAGES = ['client', 'react-query', 'react', 'emulator'] as const;
const work = mkdtempSync(join(tmpdir(), 'orykit-consumers-'));
const tarballs: Record<string, string> = {};

/** The peer versions each generated app installs; the React 18 app also holds the peer floors. */
const APPS = {
  'vite-react19': { react: '^19.2.0', 'react-dom': '^19.2.0', '@types/react': '^19.2.0', '@types/react-dom': '^19.2.0', '@tanstack/react-query': '^5.108.0' },
  // The bottom of every peer range: React 18.2 and TanStack Query 5.0.0.
  'vite-react18-floor': { react: '18.2.0', 'react-dom': '18.2.0', '@types/react': '18.2.79', '@types/react-dom': '18.2.25', '@tanstack/react-query': '5.0.0' },
} as const;
const NEXT = '16.5.0';
const REACT_ROUTER = '~7.18.7';
const TOOLS = { vite: '~8.3.8', '@vitejs/plugin-react': '~6.3.0', typescript: '~6.0.3', '@types/node': '^20.19.0' };

/** Runs a command to completion; on failure the error carries what it printed. */
function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`.slice(0, 8000), { cause: error });
  }
}

/** npm, as a user runs it: outside the workspace, with the orykit packages pinned to the tarballs. */
function npmInstall(dir: string) {
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
}

function packageJson(dir: string, dependencies: Record<string, string>, devDependencies: Record<string, string>, scripts: Record<string, string> = {}) {
  const overrides = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
  const orykit = Object.fromEntries(Object.keys(tarballs).map((name) => [name, `file:${tarballs[name]}`]));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', scripts, dependencies: { ...orykit, ...dependencies }, devDependencies, overrides }, null, 2));
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** Waits until `url` answers, or the process exits. */
async function waitFor(url: string, child: ChildProcess, log: () => string) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer:\n${log()}`);
}

function start(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const stop = () => {
    if (child.pid === undefined || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  return { child, log: () => out, stop };
}

const dirSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);

/** Register, sign out, sign in, save a profile change: what a person does first in a new app. */
async function journey(app: string, name: string, server: ReturnType<typeof start>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await waitFor(`${app}/login`, server.child, server.log);
    const email = `${name}-${Date.now()}@example.com`;
    await page.goto(`${app}/registration`);
    await page.getByLabel(/^(ID|E-?mail)( \*)?$/i).fill(email);
    await page.getByLabel(/^Password( \*)?$/).fill('a-long-and-unusual-passphrase');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL((url) => url.origin === app && url.pathname === '/settings');
    await expect.poll(() => page.getByLabel(/^First name( \*)?$/).count()).toBe(1);

    await context.clearCookies();
    await page.goto(`${app}/login`);
    await page.getByLabel(/^(ID|E-?mail)( \*)?$/i).fill(email);
    await page.getByLabel(/^Password( \*)?$/).fill('a-long-and-unusual-passphrase');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.origin === app && url.pathname === '/settings');

    await page.getByLabel(/^First name( \*)?$/).fill('Ada');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect.poll(() => page.getByText('Your changes have been saved').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  } catch (error) {
    throw new Error(`${String(error)}\n--- server ---\n${server.log()}`.slice(0, 8000), { cause: error });
  } finally {
    await context.close();
  }
}

let browser: Browser;
beforeAll(async () => {
  const packs = join(work, 'packs');
  mkdirSync(packs);
  for (const name of PACKAGES) sh('pnpm', ['pack', '--pack-destination', packs], join(root, 'packages', name));
  for (const file of readdirSync(packs)) {
    const name = `@orykit/${file.replace(/^orykit-/, '').replace(/-\d+\.\d+\.\d+.*\.tgz$/, '')}`;
    tarballs[name] = join(packs, file);
  }
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('packed tarballs', () => {
  it('ship built ESM with types, a LICENSE and no tests', () => {
    expect(Object.keys(tarballs).sort()).toEqual(PACKAGES.map((p) => `@orykit/${p}`).sort());
    for (const file of Object.values(tarballs)) {
      const entries = sh('tar', ['tzf', file], work).split('\n');
      expect(entries).toContain('package/LICENSE');
      expect(entries).toContain('package/dist/index.js');
      expect(entries).toContain('package/dist/index.d.ts');
      expect(entries.filter((e) => /\.test\.|__screenshots__/.test(e))).toEqual([]);
    }
  });
});

describe('plain Node 20', () => {
  const dir = join(work, 'node-app');
  beforeAll(() => {
    mkdirSync(dir);
    cpSync(join(here, 'node-app'), dir, { recursive: true });
    packageJson(dir, { msw: '~2.15.0' }, { vitest: '~4.1.12' });
    npmInstall(dir);
  });

  it('imports the emulator without a build tool', () => {
    expect(sh('node', ['check.mjs'], dir)).toContain('emulator answered 200');
  });

  it('starts the emulator with npx', async () => {
    const port = await freePort();
    const cli = start('npx', ['orykit-emulator', '--kratos-public', String(port), '--kratos-admin', '0', '--hydra-public', '0', '--hydra-admin', '0', '--network', '0'], dir);
    try {
      await waitFor(`http://127.0.0.1:${port}/health/alive`, cli.child, cli.log);
      const flow = await fetch(`http://127.0.0.1:${port}/self-service/registration/api`);
      expect(flow.status).toBe(200);
    } finally {
      cli.stop();
    }
  });

  it('runs the README’s MSW snippet in a Vitest test', () => {
    expect(sh('npx', ['vitest', 'run', '--reporter=default'], dir)).toMatch(/1 passed/);
  });
});

describe.each(Object.entries(APPS))('%s', (name, peers) => {
  const dir = join(work, name);
  beforeAll(() => {
    mkdirSync(dir);
    cpSync(join(here, 'vite-app'), dir, { recursive: true });
    const { '@types/react': types, '@types/react-dom': domTypes, ...runtime } = peers;
    packageJson(dir, runtime, { ...TOOLS, '@types/react': types, '@types/react-dom': domTypes });
    npmInstall(dir);
  });

  it('type-checks strictly with skipLibCheck off', () => {
    sh('npx', ['tsc', '-p', 'tsconfig.json'], dir);
  });

  it('builds for production', () => {
    sh('npx', ['vite', 'build'], dir);
    console.log(`${name}: dist ${(dirSize(join(dir, 'dist')) / 1024).toFixed(1)} kB`);
  });

  it('a person registers, signs out and in, and saves a setting', async () => {
    const port = await freePort();
    const preview = start('npx', ['vite', 'preview', '--host', 'localhost'], dir, { PORT: String(port) });
    try {
      await journey(`http://localhost:${port}`, name, preview);
    } finally {
      preview.stop();
    }
  });
});

describe('next-app (App Router, Cache Components, pages rendered from flows fetched on the server)', () => {
  const dir = join(work, 'next-app');
  const ports = { app: 0, kratos: 0 };
  beforeAll(async () => {
    mkdirSync(dir);
    cpSync(join(here, 'next-app'), dir, { recursive: true });
    const { '@types/react': types, '@types/react-dom': domTypes, ...runtime } = APPS['vite-react19'];
    packageJson(dir, { ...runtime, next: NEXT }, { typescript: TOOLS.typescript, '@types/node': TOOLS['@types/node'], '@types/react': types, '@types/react-dom': domTypes });
    npmInstall(dir);
    ports.app = await freePort();
    ports.kratos = await freePort();
  });

  it('builds for production (type-checked with skipLibCheck off)', () => {
    sh('npx', ['next', 'build'], dir, { NEXT_TELEMETRY_DISABLED: '1' });
    console.log(`next-app: .next/static ${(dirSize(join(dir, '.next', 'static')) / 1024).toFixed(1)} kB`);
  });

  it('a person registers, signs out and in, and saves a setting', async () => {
    const app = `http://localhost:${ports.app}`;
    const emulator = start('npx', ['orykit-emulator', '--kratos-public', String(ports.kratos), '--kratos-admin', '0', '--hydra-public', '0', '--hydra-admin', '0', '--network', '0', '--app-origin', app], dir);
    // Kratos' URL is read per request (proxy.ts and the pages), not at build time.
    const next = start('npx', ['next', 'start', '-p', String(ports.app)], dir, { NEXT_TELEMETRY_DISABLED: '1', KRATOS_PUBLIC_URL: `http://127.0.0.1:${ports.kratos}` });
    try {
      await waitFor(`http://127.0.0.1:${ports.kratos}/health/alive`, emulator.child, emulator.log);
      await journey(app, 'next-app', next);
    } finally {
      next.stop();
      emulator.stop();
    }
  });
});

describe('rr7-app (React Router 7 framework mode, server-rendered)', () => {
  const dir = join(work, 'rr7-app');
  const ports = { app: 0, kratos: 0 };
  beforeAll(async () => {
    mkdirSync(dir);
    cpSync(join(here, 'rr7-app'), dir, { recursive: true });
    const { '@types/react': types, '@types/react-dom': domTypes, ...runtime } = APPS['vite-react19'];
    packageJson(
      dir,
      { ...runtime, 'react-router': REACT_ROUTER, '@react-router/node': REACT_ROUTER, '@react-router/serve': REACT_ROUTER, isbot: '^5.1.0' },
      { '@react-router/dev': REACT_ROUTER, vite: TOOLS.vite, typescript: TOOLS.typescript, '@types/node': TOOLS['@types/node'], '@types/react': types, '@types/react-dom': domTypes },
    );
    npmInstall(dir);
    ports.app = await freePort();
    ports.kratos = await freePort();
  });

  it('type-checks strictly with skipLibCheck off', () => {
    sh('npx', ['tsc', '-p', 'tsconfig.json'], dir);
  });

  it('builds for production (browser and server bundles)', () => {
    sh('npx', ['react-router', 'build'], dir);
    console.log(`rr7-app: build/client ${(dirSize(join(dir, 'build', 'client')) / 1024).toFixed(1)} kB, build/server ${(dirSize(join(dir, 'build', 'server')) / 1024).toFixed(1)} kB`);
  });

  it('serves the login form in its HTML: it posts to Kratos through the app without JavaScript', async () => {
    const app = `http://localhost:${ports.app}`;
    const emulator = start('npx', ['orykit-emulator', '--kratos-public', String(ports.kratos), '--kratos-admin', '0', '--hydra-public', '0', '--hydra-admin', '0', '--network', '0', '--app-origin', app], dir);
    const server = start('npx', ['react-router-serve', './build/server/index.js'], dir, { PORT: String(ports.app), KRATOS_PUBLIC_URL: `http://127.0.0.1:${ports.kratos}` });
    try {
      await waitFor(`http://127.0.0.1:${ports.kratos}/health/alive`, emulator.child, emulator.log);
      await waitFor(`${app}/login`, server.child, server.log);
      const html = await (await fetch(`${app}/login`)).text();
      expect(html).toMatch(new RegExp(`<form[^>]*action="${app}/\\.ory/self-service/login\\?flow=[^"]+"[^>]*method="post"`));
      await journey(app, 'rr7-app', server);
    } finally {
      server.stop();
      emulator.stop();
    }
  });
});
