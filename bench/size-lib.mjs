// Bundles small entry files with one set of esbuild settings and reports minified + gzip sizes.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const operationIds = [
  ...readFileSync(new URL('../packages/client/src/generated/operations.ts', import.meta.url), 'utf8').matchAll(/^export const (\w+)/gm),
].map((m) => m[1]);

/** The bundles we compare: ours, ky alone, and the official SDK doing the same job. */
export const entries = {
  'orykit: toSession only': `import { createOryClient, toSession } from '@orykit/client'; export const run = () => toSession(createOryClient({ baseUrl: '/' }));`,
  'orykit: all 97 operations': `import { createOryClient, ${operationIds.join(', ')} } from '@orykit/client'; export const run = () => [createOryClient, ${operationIds.join(', ')}];`,
  'ky alone': `import ky from 'ky'; export const run = () => ky('/');`,
  '@ory/client 0.2.0-alpha.60 + axios: toSession': `import { Configuration, V0alpha2Api } from '@ory/client'; export const run = () => new V0alpha2Api(new Configuration({ basePath: '/' })).toSession();`,
};

/** Component bundles, measured without their peer dependencies (the app already has React and TanStack Query). */
export const componentEntries = {
  '@orykit/react: Login (managed, with client + hooks + en)': `import { Login } from '@orykit/react'; export const run = () => Login;`,
  '@orykit/react: every component': `import * as kit from '@orykit/react'; export const run = () => kit;`,
};
const peers = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];

/** A login page as an app writes it: everything but React counted (client, hooks, TanStack Query, English). */
export const loginPage = `import { Login } from '@orykit/react'; import { OryProvider } from '@orykit/react-query'; import { createOryClient } from '@orykit/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'; export const run = [Login, OryProvider, createOryClient, QueryClient, QueryClientProvider];`;
export const reactOnly = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];

/** Bundles `contents` (an entry module) as a page would load it; `resolveDir` is where its imports resolve from. */
export async function measure(contents, external = [], resolveDir = root) {
  const result = await build({
    external,
    // Split so that code behind import() (other locales) lands in chunks of its own, not counted below.
    splitting: true,
    outdir: '/virtual-out',
    metafile: true,
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // The entry and every chunk it imports statically: what a page that renders it downloads.
  const outputs = result.metafile.outputs;
  // The stdin entry, not one of the lazily imported locales (esbuild marks those as entry points too).
  // (esbuild names it relative to the working directory: `entry.ts`, or `bench/runtime/entry.ts` from the benchmark.)
  const entry = Object.keys(outputs).find((file) => /(^|\/)entry\.ts$/.test(outputs[file].entryPoint ?? ''));
  const loaded = new Set();
  const visit = (file) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const i of outputs[file].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  const files = result.outputFiles.filter((f) => [...loaded].some((file) => f.path.endsWith(file.replace(/^.*virtual-out/, ''))));
  const code = Buffer.concat(files.map((f) => f.contents));
  // Minified bytes per bundled module of what the page downloads (bench/size-breakdown.mjs groups them).
  const inputs = {};
  for (const file of loaded) for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs)) inputs[input] = (inputs[input] ?? 0) + bytesInOutput;
  return { code: new TextDecoder().decode(code), min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
}

export async function measureAll() {
  const out = {};
  for (const [name, contents] of Object.entries(entries)) out[name] = await measure(contents);
  return out;
}

export async function measureComponents() {
  const out = {};
  for (const [name, contents] of Object.entries(componentEntries)) out[name] = await measure(contents, peers);
  return out;
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
