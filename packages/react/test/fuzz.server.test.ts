// @vitest-environment node
// Server renders of mutated server data (seeded, bounded; see fuzz/prng.ts for the knobs): every public
// component renders to non-empty HTML and never throws. Error boundaries do not run on the server, so
// this holds only if the components read server data tolerantly.
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { fuzz, summary } from './fuzz/run.ts';

const visibleText = (html: string) => html.replace(/<[^>]*>/g, '').trim();

// Bounded by the case count, not by time; the timeout only stops a hang (a render loop).
test(`renderToString never throws on mutated server data (React ${version})`, { timeout: 300_000 }, () => {
  expect(domVersion).toBe(version); // one React: the React 18 project must not mix in React 19
  const report = fuzz(`server, React ${version}`, version.startsWith('18.') ? 500 : 1000, ({ target, data }) => {
    const html = renderToString(target.render(data));
    if (!visibleText(html)) return `rendered nothing: ${html.slice(0, 200)}`;
    return undefined;
  });
  console.log(summary(report));
  expect(report.failures.slice(0, 20)).toEqual([]);
});
