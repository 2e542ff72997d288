#!/usr/bin/env node
/* global bench -- the page's harness (src/harness.tsx), used inside page.evaluate */
// `pnpm bench:runtime`: orykit beside @ory/elements-react 1.x and legacy @ory/elements α26 (React 18) in
// Debian's Chromium, production builds, the same flow JSON for each, interleaved; results in BENCHMARKS.md.
// Options: --iterations=N (default 60; the demo's journeys too), --no-demo (skip the demo's rows).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { buildPage, here, LIBS } from './build.mjs';
import { demoReport, measureDemo } from './demo.mjs';
import { serveStatic } from './serve.mjs';
import { ms, ratio, summary } from './stats.mjs';
import { kB, loginPage, measure, reactOnly as REACT } from '../size-lib.mjs';
import { updateSection } from '../report.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const N = Number(arg('iterations', 60));
const WARMUP = 5;
// Mounting 1000 inputs in elements-react takes seconds (it grows with the square of the count): fewer runs.
const SLOW_MOUNT_RUNS = Number(arg('slow-runs', 5));
const withDemo = !process.argv.includes('--no-demo');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(`${here}node_modules/@ory/elements-react`)) {
  console.log('installing the benchmark’s own dependencies (npm)…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}
const load = () => loadavg().map((l) => l.toFixed(2)).join(' / ');
const loadBefore = load();

// ── sizes: the login page, React external, everything else counted ─────────────────────────────────
// Stylesheets as a production build ships them: minified (a no-op for the peers', which are), then gzip -9.
const gz = async (file) => gzipSync((await transform(readFileSync(file, 'utf8'), { loader: 'css', minify: true })).code, { level: 9 }).length;
const req = createRequire(`${here}package.json`);
const sizes = {
  orykit: {
    js: await measure(loginPage, REACT),
    css: await gz(new URL('../../packages/react/src/theme/styles.css', import.meta.url)),
  },
  'elements-react': {
    js: await measure(`import { Login } from '@ory/elements-react/theme'; export const run = Login;`, REACT, here),
    css: await gz(req.resolve('@ory/elements-react/theme/styles.css')),
  },
  legacy: {
    js: await measure(`import { ThemeProvider, UserAuthCard } from '@ory/elements'; export const run = [ThemeProvider, UserAuthCard];`, REACT, here),
    css: await gz(req.resolve('@ory/elements/style.css')),
  },
};

// ── the pages ─────────────────────────────────────────────────────────────────────────────────────
for (const lib of LIBS) await buildPage(lib);
// Cross-origin isolated, so performance.now() has 5 µs resolution instead of 100 µs.
const site = await serveStatic(`${here}dist`, { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const pages = {};
for (const lib of LIBS) {
  // A context (so a renderer process and heap) of its own: one library's garbage is not collected in another's timing.
  const page = await (await browser.newContext()).newPage();
  const seen = new Set();
  page.on('pageerror', (e) => seen.has(e.message) || (seen.add(e.message), console.error(`[${lib}] ${e.message} (shown once)`)));
  await page.goto(`${site.origin}/${lib}/${lib}.html`);
  await page.waitForFunction(() => window.benchReady && crossOriginIsolated);
  pages[lib] = page;
}

const samples = {};
const record = (row, lib, value) => ((samples[row] ??= {})[lib] ??= []).push(value);
const rotate = (i) => LIBS.map((_, k) => LIBS[(i + k) % LIBS.length]);

async function interleaved(label, runs, step) {
  for (let i = -WARMUP; i < runs; i++) {
    for (const lib of rotate(i + WARMUP)) {
      const out = await step(lib, pages[lib]);
      if (i >= 0) for (const [row, v] of Object.entries(out)) record(row, lib, v);
    }
    if (i % 10 === 9) console.log(`${label}: ${i + 1}/${runs}`);
  }
}

// Settings: mount every method, re-render the parent with the same flow, type one character.
await interleaved('settings', N, (_lib, page) =>
  page.evaluate(() => ({ mount: bench.mount('settings'), rerender: bench.rerender(), keystroke: bench.keystroke('traits.email') })),
);
const settingsElements = {};
for (const lib of LIBS) settingsElements[lib] = await pages[lib].evaluate(() => bench.elements());

// 1000 inputs: mount; then one character into the 500th field.
const MANY_FIELD = 'traits.field_500';
for (let i = -1; i < N; i++) {
  for (const lib of rotate(i + 1)) {
    if (lib === 'elements-react' && i >= SLOW_MOUNT_RUNS) continue;
    const t = await pages[lib].evaluate(() => bench.mount('many'));
    if (i >= 0) record('mount1000', lib, t);
  }
  if (i % 10 === 9) console.log(`mount 1000: ${i + 1}/${N}`);
}
await interleaved('keystroke 1000', N, (_lib, page) => page.evaluate((name) => ({ keystroke1000: bench.keystroke(name) }), MANY_FIELD));

// Requests per page view: the login page on load, a fresh context each (no cache).
const requests = {};
for (const lib of LIBS) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.goto(`${site.origin}/${lib}/${lib}.html?view=login`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  requests[lib] = urls;
  await context.close();
}
for (const page of Object.values(pages)) await page.context().close();
site.close();

// ── the demo, server-rendered: a document load of /login and an in-app navigation to it ─────────────
const demo = withDemo ? await measureDemo({ browser, iterations: N, warmup: WARMUP, record }) : undefined;
Object.assign(requests, demo?.requests);
const version = browser.version();
await browser.close();
const loadAfter = load();

// ── the report ────────────────────────────────────────────────────────────────────────────────────
const med = (row, lib) => (samples[row]?.[lib] ? summary(samples[row][lib]) : undefined);
const cell = (row, lib) => {
  const s = med(row, lib);
  return s ? `${ms(s.median)} (p95 ${ms(s.p95)}${s.n < N ? `, n=${s.n}` : ''})` : '–';
};
const ratios = (row) =>
  `${ratio(med(row, 'orykit')?.median, med(row, 'elements-react')?.median)} / ${ratio(med(row, 'orykit')?.median, med(row, 'legacy')?.median)}`;
const timeRow = (title, row) => `| ${title} | ${LIBS.map((l) => cell(row, l)).join(' | ')} | ${ratios(row)} |`;
const pkg = (name) => JSON.parse(readFileSync(`${here}node_modules/${name}/package.json`, 'utf8')).version;
const rootReq = createRequire(new URL('../../packages/react/package.json', import.meta.url));
const pageRequests = (lib) => {
  const counts = new Map();
  for (const p of requests[lib]) counts.set(p.replace(/.*\/assets\//, ''), (counts.get(p.replace(/.*\/assets\//, '')) ?? 0) + 1);
  return `${requests[lib].length} (${[...counts].map(([p, n]) => (n > 1 ? `${p} ×${n}` : p)).join(', ')})`;
};

const lines = [
  `Command: \`pnpm bench:runtime\` (${N} interleaved iterations after ${WARMUP} warm-up ones; medians, p95 in brackets, times in ms).`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium ${version} (headless, Debian's), load average (1/5/15 min) ${loadBefore} before and ${loadAfter} after: the cores are shared with other work, so read the ratios.`,
  `Versions: orykit (this tree) on React ${rootReq('react/package.json').version}; @ory/elements-react ${pkg('@ory/elements-react')} on React ${pkg('react')}; legacy @ory/elements ${pkg('@ory/elements')} on React ${pkg('react-18')} (aliased, bench/runtime/build.mjs).`,
  'Pages: one Vite production build per library (bench/runtime/src), each rendering the same flow JSON from packages/react/test/fixtures (passed as data, no network). Timed steps are synchronous (`flushSync`: render, commit and effects). Legacy renders the settings flow as one `UserSettingsCard` per method.',
  '',
  `| measure | orykit | @ory/elements-react | legacy @ory/elements | orykit ÷ elements-react / ÷ legacy |`,
  '|---|---:|---:|---:|---:|',
  `| login page JS / CSS, kB gzip (React external; client, hooks, TanStack Query, English counted; CSS minified) | ${LIBS.map((l) => `${kB(sizes[l].js.gzip)} / ${kB(sizes[l].css)}`).join(' | ')} | ${ratio(sizes.orykit.js.gzip, sizes['elements-react'].js.gzip)} / ${ratio(sizes.orykit.js.gzip, sizes.legacy.js.gzip)} (JS) |`,
  `| elements rendered, settings flow | ${LIBS.map((l) => settingsElements[l]).join(' | ')} | |`,
  timeRow('settings mount, every method', 'mount'),
  timeRow('parent re-render, same flow', 'rerender'),
  timeRow('one keystroke, settings fixture', 'keystroke'),
  timeRow('one keystroke, 1000-input flow', 'keystroke1000'),
  timeRow('mount, 1000 inputs', 'mount1000'),
  `| requests per page view (login page, flow as data) | ${LIBS.map(pageRequests).join(' | ')} | |`,
];
if (demo) lines.push(...demoReport({ cell, median: (row, v) => med(row, v)?.median, ratio, pageRequests, flowRequests: demo.flowRequests }));
const report = lines.join('\n');
updateSection('Runtime: orykit beside @ory/elements-react and legacy @ory/elements', report);
console.log(report);
console.log(JSON.stringify(Object.fromEntries(Object.entries(samples).map(([r, v]) => [r, Object.fromEntries(Object.entries(v).map(([l, s]) => [l, summary(s)]))]))));
