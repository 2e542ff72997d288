#!/usr/bin/env node
// `pnpm --filter @orykit/next dev`: the emulator (Kratos + Hydra in memory, from the workspace's sources) on
// its default ports, then `next dev` on http://localhost:3000 in front of it. With KRATOS_PUBLIC_URL set,
// real servers are used instead and no emulator starts (see README.md).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT ?? '3000';
const children = [];
const start = (command, args, env = {}) => {
  const child = spawn(command, args, { cwd: app, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.once('exit', (code) => stop(code ?? 0));
  return child;
};
const stop = (code) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));

if (!process.env.KRATOS_PUBLIC_URL) {
  const emulatorCli = join(app, 'node_modules/@orykit/emulator/scripts/dev-cli.mjs');
  start(process.execPath, [emulatorCli, '--app-origin', `http://localhost:${port}`]);
}
start(process.execPath, [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'dev', '-p', port]);
