#!/usr/bin/env node
// A bounded memory check (not a test): N requests on loopback against the emulator's HTTP server, which
// runs in a child process so that its RSS is the emulator's alone (the loop's fetch client lives here).
// Prints RSS and heap before, after a fifth of the requests and at the end. The issue it checks: every
// unauthenticated flow used to stay in memory forever (issue 11, item 5).
//
//   node packages/emulator/scripts/memory-loop.mjs [--requests 100000] [--concurrency 16]
//        [--minutes 15] [--clock-step-ms 300000]
//
// The mix, round robin: a browser login flow (no cookies: a new flow and CSRF cookie every time), an API
// registration flow, a failed password login on an API flow, an unauthenticated whoami. The emulator's
// clock moves `--clock-step-ms` every 1,000 requests (default five minutes: 100,000 requests are about
// eight hours), so flows also expire and are pruned during the run. Stops by itself after N requests or
// `--minutes`. EMULATOR_SRC=<file URL of another src/> runs the same loop against another emulator.
import { fork } from 'node:child_process';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** The child: the emulator's server, answering `memory` and `advance` messages. */
async function serve() {
  if (!process.features?.typescript) register('../bin/ts-hook.mjs', import.meta.url);
  const src = process.env.EMULATOR_SRC ?? new URL('../src/', import.meta.url).href;
  const { startEmulatorServer } = await import(new URL('server.ts', src).href);
  let offset = 0;
  const clock = { now: () => Date.now() + offset };
  const server = await startEmulatorServer({ ports: { kratosPublic: 0 }, services: ['kratosPublic'], emulator: { clock } });
  process.on('message', (m) => {
    if (m.type === 'advance') offset += m.ms;
    if (m.type === 'memory') {
      globalThis.gc?.();
      const k = server.emulator.state.kratos;
      const flows = k.login.size + k.registration.size + k.settings.size + k.recovery.size + k.verification.size;
      process.send({ type: 'memory', usage: process.memoryUsage(), flows });
    }
    if (m.type === 'stop') void server.close().then(() => process.exit(0));
  });
  process.send({ type: 'ready', url: server.urls.kratosPublic });
}

async function loop() {
  const TOTAL = arg('requests', 100_000);
  const CONCURRENCY = arg('concurrency', 16);
  const DEADLINE = Date.now() + arg('minutes', 15) * 60_000;
  const CLOCK_STEP = arg('clock-step-ms', 5 * 60_000);

  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--expose-gc'], stdio: 'inherit' });
  const next = (type) => new Promise((resolve) => child.once('message', (m) => m.type === type && resolve(m)));
  const { url: K } = await next('ready');
  const json = { accept: 'application/json' };

  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  async function memory(label) {
    const answer = next('memory');
    child.send({ type: 'memory' });
    const { usage, flows } = await answer;
    console.log(`${label.padEnd(28)} rss ${mb(usage.rss).padStart(9)}  heap ${mb(usage.heapUsed).padStart(9)}  flows in memory ${flows}`);
    return usage;
  }

  let apiLoginFlow = '';
  async function one(i) {
    switch (i % 4) {
      case 0:
        return fetch(`${K}/self-service/login/browser`, { headers: json });
      case 1:
        return fetch(`${K}/self-service/registration/api`, { headers: json });
      case 2: {
        if (!apiLoginFlow || i % 400 === 2) apiLoginFlow = (await (await fetch(`${K}/self-service/login/api`, { headers: json })).json()).id;
        return fetch(`${K}/self-service/login?flow=${apiLoginFlow}`, {
          method: 'POST',
          headers: { ...json, 'content-type': 'application/json' },
          body: JSON.stringify({ method: 'password', identifier: 'nobody@orykit.dev', password: 'wrong password' }),
        });
      }
      default:
        return fetch(`${K}/sessions/whoami`, { headers: json });
    }
  }

  const statuses = new Map();
  let sent = 0;
  let errors = 0;
  let warm;
  const started = Date.now();
  const before = await memory('before');
  async function worker() {
    while (sent < TOTAL && Date.now() < DEADLINE) {
      const i = sent++;
      if (i > 0 && i % 1000 === 0) child.send({ type: 'advance', ms: CLOCK_STEP });
      try {
        const r = await one(i);
        await r.arrayBuffer();
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      } catch {
        errors++;
      }
      if (i === Math.floor(TOTAL / 5)) warm = await memory(`after ${i} requests`);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const after = await memory(`after ${sent} requests`);
  const seconds = (Date.now() - started) / 1000;
  console.log(`${sent} requests in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s), ${errors} network errors, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  console.log(`emulator RSS ${mb(before.rss)} → ${mb(after.rss)}${warm ? ` (after a fifth ${mb(warm.rss)})` : ''}; heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}`);
  child.send({ type: 'stop' });
}

await (process.argv.includes('--serve') ? serve() : loop());
