// Where the login page's bytes come from: esbuild's per-module output bytes, grouped by package. gzip has no
// per-module figure, so each part's gzip is its share of the minified bytes applied to the page's gzip.
import { loginPage, measure, reactOnly } from './size-lib.mjs';

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
  const { gzip, min, inputs } = await measure(contents, external);
  const parts = new Map();
  for (const [input, bytes] of Object.entries(inputs)) parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytes);
  const counted = [...parts.values()].reduce((a, b) => a + b, 0);
  return {
    gzip,
    min,
    parts: [...parts].sort((a, b) => b[1] - a[1]).map(([part, bytes]) => ({ part, min: bytes, gzip: Math.round((gzip * bytes) / counted) })),
  };
}
