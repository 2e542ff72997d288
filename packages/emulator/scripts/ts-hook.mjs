// A Node module hook (module.register) that transpiles .ts files with esbuild's transform.
import { readFile } from 'node:fs/promises';

let esbuild;

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  esbuild ??= await import('esbuild');
  const source = await readFile(new URL(url), 'utf8');
  const { code } = await esbuild.transform(source, { loader: 'ts', format: 'esm', target: 'node20', sourcemap: 'inline', sourcefile: url });
  return { format: 'module', source: code, shortCircuit: true };
}
