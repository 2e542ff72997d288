#!/usr/bin/env node
// The CLI from the TypeScript sources, for working inside this repository (`pnpm emulator`): Node 20
// cannot run TypeScript by itself, so a module hook transpiles the .ts files with the workspace's
// esbuild. The published package runs its compiled `dist/bin.js` instead and needs no build tool.
import { register } from 'node:module';

if (!process.features?.typescript) register('./ts-hook.mjs', import.meta.url);
await import('../src/bin.ts');
