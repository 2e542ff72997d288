#!/usr/bin/env node
// One build of the demo, served as production serves it: React Router's browser and server bundles
// (`vite build`, the demo's `build` script) and `vite preview` (its `preview` script: the server entry with
// the nonce CSP, the embedded emulator) on a free loopback port. demo.mjs runs one process per build: the
// demo's server takes its origin and build directory from the environment (ORYKIT_DEMO_ORIGIN,
// ORYKIT_DEMO_BUILD_DIR), so two of them cannot share a process.
//   node demo-server.mjs [--no-preload]   prints the origin on stdout once the pages answer
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBuilder, preview } from 'vite';

export const demoRoot = fileURLToPath(new URL('../../apps/demo/', import.meta.url));
const configFile = `${demoRoot}vite.config.ts`;

/**
 * 'Before' preloadFlow: the demo's preload module (src/preload.ts, called by the flow routes' clientLoader)
 * replaced by one that starts nothing, so the page's hook asks for the flow once it renders. Same export and
 * return value as the real one.
 */
const noPreload = {
  name: 'bench-no-preload',
  enforce: 'pre',
  load: (id) => (id.split('?')[0].endsWith('/src/preload.ts') ? 'export function preloadPageFlow() { return { flow: undefined }; }' : undefined),
};

async function main() {
  const withoutPreload = process.argv.includes('--no-preload');
  // Inside the demo (its node_modules): the server bundle imports react, react-router… from there.
  const outDir = `${demoRoot}node_modules/.cache/orykit-bench-demo-${withoutPreload ? 'before' : 'after'}`;
  mkdirSync(outDir, { recursive: true });
  process.env['ORYKIT_DEMO_BUILD_DIR'] = outDir;
  const plugins = withoutPreload ? [noPreload] : [];
  const builder = await createBuilder({ root: demoRoot, configFile, logLevel: 'error', plugins, build: { sourcemap: false } });
  await builder.buildApp();
  const server = await preview({ root: demoRoot, configFile, logLevel: 'error', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
  // Ready when Kratos' prefix answers ("no session") and a page renders (the server bundle is loaded).
  for (const path of ['/.ory/kratos/public/sessions/whoami', '/']) await fetch(origin + path);
  process.stdout.write(`${origin}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
