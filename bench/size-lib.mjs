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

export async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
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
  const code = result.outputFiles[0].contents;
  return { code: new TextDecoder().decode(code), min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureAll() {
  const out = {};
  for (const [name, contents] of Object.entries(entries)) out[name] = await measure(contents);
  return out;
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
