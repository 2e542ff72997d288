#!/usr/bin/env node
// Starts the emulator's CLI (src/cli.ts). Node 20 cannot run TypeScript by itself: where it lacks
// type stripping, a module hook transpiles the package's .ts files with esbuild on the fly.
import { register } from 'node:module';

if (!process.features?.typescript) register('./ts-hook.mjs', import.meta.url);
const { main } = await import('../src/cli.ts');
await main(process.argv.slice(2));
