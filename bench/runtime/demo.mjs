// The demo's part of `pnpm bench:runtime`: apps/demo (React Router 7 framework mode, server-rendered) as
// production serves it, built twice: with its flow preload and with the preload replaced by a no-op
// (demo-server.mjs). Two journeys, each in a fresh browser context, interleaved:
//   cold  a document load of /login: the flow is fetched on the server, the form is in the HTML;
//   nav   from / (hydrated, idle), a click on "Sign in": React Router loads the route in the browser,
//         whose clientLoader starts the flow request (the preload) or the page's hook does once it renders.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const VARIANTS = ['before', 'after'];
const SERVER = fileURLToPath(new URL('demo-server.mjs', import.meta.url));
const FLOW = '/self-service/login/browser';
const SIGN_IN = 'main .demo-actions a[href="/login"]';

/** Starts one build's server in a process of its own; resolves once its pages answer. */
function startServer(variant) {
  const env = { ...process.env, NODE_ENV: 'production' };
  // The embedded emulator, never a real server; the server picks its own origin and build directory.
  for (const name of ['KRATOS_PUBLIC_URL', 'KRATOS_ADMIN_URL', 'HYDRA_PUBLIC_URL', 'HYDRA_ADMIN_URL', 'ORYKIT_DEMO_ORIGIN', 'ORYKIT_DEMO_BUILD_DIR', 'ORYKIT_TEST_CONTROLS']) delete env[name];
  const child = spawn(process.execPath, [SERVER, ...(variant === 'before' ? ['--no-preload'] : [])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const origin = /^http:\/\/127\.0\.0\.1:\d+$/m.exec(out)?.[0];
      if (origin) resolve({ origin, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`the demo's server (${variant}) exited with ${code}:\n${err}`)));
  });
}

/** Page-side marks, installed before the page's own scripts: when things happen, in performance.now() time. */
function installMarks() {
  const marks = (window.__bench = {});
  addEventListener('click', () => (marks.click ??= performance.now()), true);
  const observer = new MutationObserver(() => {
    if (marks.form === undefined && document.querySelector('form input[name="identifier"]')) marks.form = performance.now();
    // The demo's root sets html[data-hydrated] in its first effect.
    if (marks.hydrated === undefined && document.documentElement?.dataset.hydrated) marks.hydrated = performance.now();
    if (marks.form !== undefined && marks.hydrated !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
}

const reported = new Set();

async function newPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A page error or a CSP refusal would make the figures meaningless: say so, each once. (Signed out,
  // the session query's 401 is expected: the browser logs it as a failed resource.)
  const report = (text) => reported.has(text) || (reported.add(text), console.error(`[demo] ${text} (shown once)`));
  page.on('pageerror', (e) => report(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && report(m.text()));
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.addInitScript(installMarks);
  return { context, page, urls };
}

/** A document load of /login. Times from navigation start. */
async function cold(browser, origin) {
  const { context, page, urls } = await newPage(browser);
  await page.goto(`${origin}/login`);
  // In the HTML, the form shows with the first contentful paint (the stylesheet blocks rendering until then).
  await page.waitForFunction(() => window.__bench.form !== undefined && window.__bench.hydrated !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000 });
  const t = await page.evaluate((flow) => {
    const nav = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0].startTime;
    return {
      document: nav.responseStart,
      visible: Math.max(window.__bench.form, paint),
      dcl: nav.domContentLoadedEventStart,
      hydrated: window.__bench.hydrated,
      flowRequests: performance.getEntriesByType('resource').filter((e) => e.name.includes(flow)).length,
    };
  }, FLOW);
  return { t, context, page, urls, from: 0 };
}

/** From the hydrated, idle home page, a click on "Sign in". Times from the click. */
async function nav(browser, origin) {
  const { context, page, urls } = await newPage(browser);
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__bench.hydrated !== undefined, undefined, { timeout: 30_000 });
  // React Router has fetched what it fetches after hydration (the links' route manifest): a person reading the page.
  await page.waitForLoadState('networkidle');
  const from = urls.length;
  await page.click(SIGN_IN);
  await page.waitForFunction(() => window.__bench.form !== undefined, undefined, { timeout: 30_000 });
  const t = await page.evaluate((flow) => {
    const { click, form } = window.__bench;
    const requests = performance.getEntriesByType('resource').filter((e) => e.name.includes(flow) && e.startTime >= click);
    return { request: requests[0] ? requests[0].startTime - click : undefined, visible: form - click, flowRequests: requests.length };
  }, FLOW);
  return { t, context, page, urls, from };
}

/**
 * Runs both journeys on both builds, interleaved (the order rotates each iteration), `warmup` unrecorded
 * rounds first. `record(row, variant, value)` takes the times; returns the requests of the first recorded
 * page view per journey and build, and the flow requests the browser made per page view (their maximum).
 */
export async function measureDemo({ browser, iterations, warmup, record }) {
  const servers = {};
  const tasks = VARIANTS.flatMap((variant) => [
    ['cold', variant],
    ['nav', variant],
  ]);
  const requests = {};
  const flowRequests = {};
  try {
    // One after the other: two builds at once would only compete for the cores.
    for (const variant of VARIANTS) servers[variant] = await startServer(variant);
    for (let i = -warmup; i < iterations; i++) {
      const k = ((i % tasks.length) + tasks.length) % tasks.length;
      for (const [journey, variant] of [...tasks.slice(k), ...tasks.slice(0, k)]) {
        const { t, context, page, urls, from } = await (journey === 'cold' ? cold : nav)(browser, servers[variant].origin);
        if (i >= 0) {
          for (const [row, v] of Object.entries(t)) if (row !== 'flowRequests' && v !== undefined) record(`demo-${journey}-${row}`, variant, v);
          flowRequests[`${journey}-${variant}`] = Math.max(flowRequests[`${journey}-${variant}`] ?? 0, t.flowRequests);
          if (i === 0) {
            // Everything the page view asks for, once it has settled.
            await page.waitForLoadState('networkidle');
            requests[`demo-${journey}-${variant}`] = urls.slice(from);
          }
        }
        await context.close();
      }
      if (i % 10 === 9) console.log(`demo: ${i + 1}/${iterations}`);
    }
  } finally {
    for (const server of Object.values(servers)) server.stop();
  }
  return { requests, flowRequests };
}

/** The demo's rows for BENCHMARKS.md, in the format of the others. */
export function demoReport({ cell, median, ratio, pageRequests, flowRequests }) {
  const row = (title, key, compare = true) =>
    `| ${title} | ${VARIANTS.map((v) => cell(key, v)).join(' | ')} | ${compare ? ratio(median(key, 'after'), median(key, 'before')) : ''} |`;
  const count = (journey) => `| flow requests from the browser (most in one page view) | ${VARIANTS.map((v) => flowRequests[`${journey}-${v}`] ?? '–').join(' | ')} | |`;
  const requests = (journey) => `| requests per page view | ${VARIANTS.map((v) => pageRequests(`demo-${journey}-${v}`)).join(' | ')} | |`;
  return [
    '',
    "The demo (`apps/demo`, React Router 7 framework mode): its production build (`vite build`: browser and server bundles) served by `vite preview` (its server entry, the nonce CSP, the embedded emulator), built twice: before (the demo's `preloadPageFlow` module replaced by a no-op at build time) and after (its `preloadFlow` in the flow routes' `clientLoader`). A fresh browser context per page view, the four journeys interleaved.",
    '',
    'A document load of `/login` (times from navigation start). The server fetches the flow before it answers, so the form is in the HTML and shows with the first contentful paint; the preload does not run on a document load, so both builds should match.',
    '',
    '| measure | before (no preload) | after (preloadFlow) | after ÷ before |',
    '|---|---:|---:|---:|',
    row('document response start (the server has the flow)', 'demo-cold-document'),
    row('login form visible (in the HTML, first contentful paint)', 'demo-cold-visible'),
    row('DOMContentLoaded', 'demo-cold-dcl'),
    row('hydrated (`html[data-hydrated]`)', 'demo-cold-hydrated'),
    count('cold'),
    requests('cold'),
    '',
    'An in-app navigation: on the hydrated, idle home page, a click on "Sign in" (times from the click; "visible" is when the identifier field enters the DOM). Issue 15\'s figure for the form after a cold load of the old single-page demo, without preload, was 1374 ms.',
    '',
    '| measure | before (no preload) | after (preloadFlow) | after ÷ before |',
    '|---|---:|---:|---:|',
    row('flow request start', 'demo-nav-request'),
    row('login form visible', 'demo-nav-visible'),
    count('nav'),
    requests('nav'),
  ];
}
