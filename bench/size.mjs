#!/usr/bin/env node
// `pnpm bench:size`: bundle sizes of the client beside ky and the official SDK, written to BENCHMARKS.md.
import { kB, loginPage, measure, measureAll, measureComponents, reactOnly } from './size-lib.mjs';
import { updateSection } from './report.mjs';
import { breakdown } from './size-breakdown.mjs';

const sizes = await measureAll();
const ky = sizes['ky alone'].gzip;
const rows = Object.entries(sizes).map(
  ([name, s]) => `| ${name} | ${kB(s.min)} | ${kB(s.gzip)} | ${s.gzip >= ky && name.startsWith('orykit') ? `+${kB(s.gzip - ky)}` : ''} |`,
);
const all = sizes['orykit: all 97 operations'].gzip;
const official = sizes['@ory/client 0.2.0-alpha.60 + axios: toSession'].gzip;
const table = [
  'Bundled with esbuild (ESM, browser, es2022, minified, tree-shaken), then gzip -9. Same settings for every row.',
  '',
  '| bundle | minified | gzip | on top of ky |',
  '|---|---:|---:|---:|',
  ...rows,
  '',
  `Budgets: client code for all 97 operations ≤ 4 kB gzip on top of ky (now ${kB(all - ky)}); ` +
    `toSession alone ≤ ky + 1.5 kB (now +${kB(sizes['orykit: toSession only'].gzip - ky)}); ` +
    `the whole client with ky ≤ 2/3 of the official SDK's bundle (now ${((all / official) * 100).toFixed(0)}%).`,
].join('\n');
updateSection('Bundle size: @orykit/client', table);
console.log(table);

const components = await measureComponents();
const login = await measure(loginPage, reactOnly);
const componentTable = [
  'Same esbuild settings; react, react-dom and @tanstack/react-query left external (peer dependencies).',
  'Other locales are separate chunks loaded on demand and not counted here.',
  '',
  '| bundle | minified | gzip |',
  '|---|---:|---:|',
  ...Object.entries(components).map(([name, s]) => `| ${name} | ${kB(s.min)} | ${kB(s.gzip)} |`),
  '',
  `A login page all-in (only React external: client, hooks, TanStack Query, English): ${kB(login.min)} minified, ${kB(login.gzip)} gzip (target 35 kB, see Runtime).`,
].join('\n');
updateSection('Bundle size: @orykit/react', componentTable);
console.log(componentTable);

const parts = await breakdown();
const partTable = [
  "The login page above, by part: esbuild's minified bytes per module, grouped; gzip is each part's share of the",
  "minified bytes applied to the page's gzip (gzip has no per-module figure, so read it as an estimate).",
  '',
  '| part | minified | gzip (share) |',
  '|---|---:|---:|',
  ...parts.parts.map(({ part, min, gzip }) => `| ${part} | ${kB(min)} | ${kB(gzip)} |`),
].join('\n');
updateSection('Bundle size: the login page by part', partTable);
console.log(partTable);
