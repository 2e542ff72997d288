// Production builds of the benchmark pages (one per library) with Vite (the demo's: demo-server.mjs).
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

export const here = fileURLToPath(new URL('.', import.meta.url));
export const LIBS = ['orykit', 'elements-react', 'legacy'];

// Legacy @ory/elements runs on React 18: every react / react-dom import of its page is the bench's copy.
const react18 = [
  { find: /^react-dom(\/.*)?$/, replacement: `${here}node_modules/react-dom-18$1` },
  { find: /^react(\/.*)?$/, replacement: `${here}node_modules/react-18$1` },
];

export async function buildPage(lib) {
  await build({
    root: here,
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    resolve: { alias: lib === 'legacy' ? react18 : [], dedupe: ['react', 'react-dom'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: `dist/${lib}`, emptyOutDir: true, target: 'es2022', rollupOptions: { input: `${here}${lib}.html` } },
  });
  return `${here}dist/${lib}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const lib of process.argv.slice(2).length ? process.argv.slice(2) : LIBS) console.log(await buildPage(lib));
}
