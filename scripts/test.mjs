#!/usr/bin/env node
// `pnpm test`: every check the project has, in order, each counted; ends with one line `N passed, N failed`.
// It provisions what it needs on a fresh machine (Debian's Chromium) and says so when it cannot.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = join(tmpdir(), `orykit-test-${process.pid}`);
mkdirSync(reports, { recursive: true });
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, args, env = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

/** A step counted as one check. */
function check(name, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

/** Adds a JSON report's counts (Vitest and Playwright's `stats`), or one failure when there is none. */
function countReport(name, file, ok) {
  if (!existsSync(file)) return check(`${name} (no report)`, false);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const p = report.numPassedTests ?? report.stats?.expected ?? 0;
  const f = report.numFailedTests ?? (report.stats ? report.stats.unexpected + report.stats.flaky : 0);
  passed += p;
  failed += f;
  if (f > 0 || (!ok && f === 0)) failures.push(name);
  if (!ok && f === 0) failed++; // the runner failed outside any test (e.g. a file that did not load)
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return true;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s package (about a minute).');
    return run('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null']) && existsSync(path);
  }
  console.error(`No Chromium at ${path}. Install Debian's \`chromium\` package or set CHROMIUM_PATH.`);
  return false;
}

/** Real Kratos and Hydra, built from the Go module proxy (cached outside the repo), started and stopped. */
function realServers() {
  if (!hasGo()) {
    if (process.env.CI) return check('real servers (no Go toolchain)', false);
    console.log('\nSkipping the real Kratos/Hydra checks: no Go toolchain on this machine.');
    return;
  }
  const live = join(reports, 'live-fixtures');
  const ok = run('bash', ['e2e/servers/start.sh']);
  // The differential check: replay the scripted journey against the real servers now, then compare the
  // emulator with what they answered (status, headers, cookies, error ids, node lists).
  const captured = ok && run('bash', ['e2e/servers/capture-fixtures.sh', live]);
  run('bash', ['e2e/servers/stop.sh']);
  check('real servers build and start', ok);
  check('journey captured from the real servers', captured);
  if (!captured) return;
  const file = join(reports, 'differential.json');
  const same = run('pnpm', ['exec', 'vitest', 'run', '--project', 'node', 'packages/emulator/test/fixture-parity.test.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], { ORYKIT_FIXTURES: live });
  countReport('emulator vs real servers', file, same);
}

/** The Playwright journeys (Vitest + playwright-core + Debian's Chromium) against one backend. */
function e2e(name, env) {
  const file = join(reports, `${name}.json`);
  const ok = run('pnpm', ['exec', 'vitest', 'run', '-c', 'e2e/vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  countReport(name, file, ok);
}

/** Debian's `faketime` (moves the clock for a whole process tree), installed like Chromium when missing. */
function ensureFaketime() {
  if (spawnSync('faketime', ['-f', '+0d', 'true']).status === 0) return true;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('faketime is missing: installing Debian\'s package.');
    return run('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null']);
  }
  console.error('No faketime: install Debian\'s `faketime` package to run the tests on a later date.');
  return false;
}

const hasGo = () => spawnSync('go', ['version']).status === 0;

/** The packages build as ESM with declarations; the built client runs in plain Node. */
function build() {
  const ok = run('pnpm', ['build']);
  check('packages build (ESM + .d.ts)', ok);
  if (!ok) return;
  const smoke = `const c = await import('./packages/client/dist/index.js');
    const ory = c.createOryClient({ baseUrl: 'http://127.0.0.1:1', retry: 0, timeout: 2000 });
    try { await c.toSession(ory); process.exit(1); } catch (e) { process.exit(e instanceof c.OryNetworkError ? 0 : 1); }`;
  check('the built client runs in Node', run('node', ['--input-type=module', '-e', smoke]));
}

const steps = {
  lint: () => check('lint', run('pnpm', ['exec', 'eslint', '.'])),
  // apps/next has its own program: Next's global types (a read-only NODE_ENV) must not leak into the rest.
  typecheck: () => check('typecheck', ['tsconfig.json', 'apps/next/tsconfig.json'].every((p) => run('pnpm', ['exec', 'tsc', '-p', p, '--noEmit']))),
  build,
  // The packed tarballs in fresh apps outside the workspace (npm installs, strict types, builds, a journey).
  consumers: () => {
    if (!ensureChromium()) return check('chromium', false);
    const file = join(reports, 'consumers.json');
    const ok = run('pnpm', ['exec', 'vitest', 'run', '-c', 'e2e/consumers/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
    countReport('consumer apps from the packed tarballs', file, ok);
  },
  storybook: () => check('storybook build', run('pnpm', ['exec', 'storybook', 'build', '--quiet', '--output-dir', join(reports, 'storybook-static')])),
  servers: realServers,
  e2e: () => (ensureChromium() ? e2e('e2e on the emulator', {}) : check('chromium', false)),
  // Real Kratos + Hydra started by the e2e setup, advertising the demo's same-origin prefixes.
  'e2e-real': () => {
    if (!hasGo()) {
      if (process.env.CI) return check('e2e on real servers (no Go toolchain)', false);
      return console.log('\nSkipping the e2e journeys on real servers: no Go toolchain on this machine.');
    }
    e2e('e2e on real Kratos + Hydra', {
      E2E_BACKEND: 'real',
      DEMO_URL: 'http://localhost:15173',
      SMTP_PORT: '11025',
      KRATOS_PUBLIC_URL: 'http://127.0.0.1:14433',
      KRATOS_ADMIN_URL: 'http://127.0.0.1:14434',
      HYDRA_PUBLIC_URL: 'http://127.0.0.1:14444',
      HYDRA_ADMIN_URL: 'http://127.0.0.1:14445',
    });
  },
  vitest: () => {
    if (!ensureChromium()) return check('chromium', false);
    const file = join(reports, 'vitest.json');
    const ok = run('pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
    countReport('vitest', file, ok);
  },
  // The Node and jsdom tests again with the system clock 400 days ahead: no test may depend on today's
  // date (the emulator's clock, its cookie jar and the test share one clock that starts at the real now).
  later: () => {
    if (!ensureFaketime()) return check('faketime', false);
    const file = join(reports, 'vitest-later.json');
    const ok = run('faketime', ['-f', '+400d', 'pnpm', 'exec', 'vitest', 'run', '--project', 'node', '--project', 'dom', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
    countReport('vitest with the clock 400 days ahead', file, ok);
  },
};

for (const [name, step] of Object.entries(steps)) {
  if (only.length === 0 || only.includes(name)) step();
}
rmSync(reports, { recursive: true, force: true });
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
