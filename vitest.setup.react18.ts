// The React 18 project: Vite's alias (vitest.config.ts) sends our code's `react` and `react-dom`
// imports to the `react-18`/`react-dom-18` npm aliases, but react-dom 18 itself is CommonJS and its
// `require('react')` would find React 19 (pnpm links its peer to the root's React). Resolve those
// requires to React 18 as well, so one React runs.
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const roots: Record<string, string> = {
  react: dirname(require.resolve('react-18/package.json')),
  'react-dom': dirname(require.resolve('react-dom-18/package.json')),
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  const m = /^(react|react-dom)(\/.*)?$/.exec(request);
  const root = m ? roots[m[1] as string] : undefined;
  return resolve.call(this, root ? `${root}${m?.[2] ?? ''}` : request, ...rest);
};
