// Where the login page's bytes come from: esbuild's per-module output bytes, grouped by package. gzip has no
// per-module figure, so each part's gzip is its share of the minified bytes applied to the page's gzip.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { loginPage, measure, reactOnly } from './size-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The part a bundled module belongs to, in the words of the table. */
function partOf(input) {
  if (input.includes('/ky/')) return 'ky';
  if (input.includes('@tanstack')) return 'TanStack Query';
  if (input.includes('node_modules')) return 'other dependencies';
  if (input.startsWith('packages/react/src/i18n/')) return '@orykit/react: English texts and translator';
  const pkg = /^packages\/([^/]+)\//.exec(input)?.[1];
  return pkg ? `@orykit/${pkg}` : 'the page itself';
}

/** Minified bytes per part of `contents`' entry chunk and its static chunks, largest first. */
export async function breakdown(contents = loginPage, external = reactOnly) {
  const { gzip, min } = await measure(contents, external);
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    external, bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
    splitting: true, outdir: '/virtual-out', metafile: true, legalComments: 'none', logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((file) => /(^|\/)entry\.ts$/.test(outputs[file].entryPoint ?? ''));
  const parts = new Map();
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs)) {
      parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytesInOutput);
    }
    for (const i of outputs[file].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  const counted = [...parts.values()].reduce((a, b) => a + b, 0);
  return {
    gzip,
    min,
    parts: [...parts].sort((a, b) => b[1] - a[1]).map(([part, bytes]) => ({ part, min: bytes, gzip: Math.round((gzip * bytes) / counted) })),
  };
}
