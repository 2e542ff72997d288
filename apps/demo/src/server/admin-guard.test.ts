import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer, createLogger, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_HEADER, ADMIN_TOKEN_PATH, ORY_PREFIXES } from '../prefixes.ts';
import { createAdminGuard, isLoopbackAddress, isLoopbackHost } from './admin-guard.ts';
import { oryBackend } from './ory-backend.ts';

// Issue 11, item 4: the demo served Kratos' and Hydra's admin APIs to anyone who could reach it.

/** A GET with any Host header (fetch will not send one of its own choosing). */
function getStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

function request(headers: Record<string, string>, remoteAddress = '127.0.0.1'): IncomingMessage {
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe('the admin guard', () => {
  const host = 'localhost:5173';
  const guard = createAdminGuard(() => undefined, 'the-secret');

  it('refuses a call without the secret, or with a wrong one', () => {
    expect(guard.checkCall(request({ host }))).toMatchObject({ ok: false, reason: expect.stringContaining(ADMIN_TOKEN_HEADER) });
    expect(guard.checkCall(request({ host, [ADMIN_TOKEN_HEADER]: 'the-secreT' })).ok).toBe(false);
    expect(guard.checkCall(request({ host, [ADMIN_TOKEN_HEADER]: '' })).ok).toBe(false);
  });

  it('refuses other origins and other sites, even with the secret', () => {
    const secret = { [ADMIN_TOKEN_HEADER]: 'the-secret' };
    expect(guard.checkCall(request({ host, origin: 'http://evil.example', ...secret })).ok).toBe(false);
    expect(guard.checkCall(request({ host, origin: 'http://localhost:3000', ...secret })).ok).toBe(false);
    expect(guard.checkCall(request({ host, origin: 'null', ...secret })).ok).toBe(false);
    expect(guard.checkCall(request({ host, 'sec-fetch-site': 'same-site', ...secret })).ok).toBe(false);
    // DNS rebinding: the browser thinks it is on evil.example, and says so in Host.
    expect(guard.checkCall(request({ host: 'evil.example:5173', ...secret })).ok).toBe(false);
  });

  it('refuses clients beyond loopback, even with the secret', () => {
    expect(guard.checkCall(request({ host, [ADMIN_TOKEN_HEADER]: 'the-secret' }, '192.168.1.20')).ok).toBe(false);
    expect(guard.checkPage(request({ host }, '10.0.0.3')).ok).toBe(false);
  });

  it('lets the demo’s own pages on loopback through with the secret', () => {
    const secret = { [ADMIN_TOKEN_HEADER]: 'the-secret' };
    expect(guard.checkCall(request({ host, ...secret }))).toEqual({ ok: true });
    expect(guard.checkCall(request({ host, origin: 'http://localhost:5173', 'sec-fetch-site': 'same-origin', ...secret }))).toEqual({ ok: true });
    expect(guard.checkCall(request({ host: '[::1]:5173', ...secret }, '::1'))).toEqual({ ok: true });
    expect(guard.checkCall(request({ host: '127.0.0.1:5173', ...secret }, '::ffff:127.0.0.1'))).toEqual({ ok: true });
  });

  it('turns admin off, loudly, once bound beyond loopback', () => {
    const warnings: string[] = [];
    const g = createAdminGuard((m) => warnings.push(m), 's');
    g.bound('127.0.0.1');
    g.bound('::1');
    expect(g.enabled).toBe(true);
    g.bound('0.0.0.0');
    g.bound('::');
    expect(g.enabled).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/beyond loopback.*\n.*admin APIs[\s\S]*OFF/);
    expect(g.checkCall(request({ host, [ADMIN_TOKEN_HEADER]: 's' }))).toMatchObject({ ok: false, reason: expect.stringContaining('--host') });
  });

  it('knows loopback addresses and host names', () => {
    for (const a of ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1', '[::1]']) expect(isLoopbackAddress(a), a).toBe(true);
    for (const a of ['0.0.0.0', '::', '192.168.0.1', '::ffff:10.0.0.1', '128.0.0.1', 'localhost', undefined]) expect(isLoopbackAddress(a), String(a)).toBe(false);
    for (const h of ['localhost:5173', 'LOCALHOST', 'demo.localhost:80', '127.0.0.1:4173', '[::1]:5173']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io', '[::]:5173', undefined]) expect(isLoopbackHost(h), String(h)).toBe(false);
  });
});

describe('the demo’s dev server', { timeout: 30_000 }, () => {
  let server: ViteDevServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start(host: string) {
    const warnings: string[] = [];
    const logger = createLogger('silent');
    logger.warn = (m) => void warnings.push(m);
    server = await createServer({
      configFile: false,
      root: fileURLToPath(new URL('../..', import.meta.url)),
      plugins: [oryBackend({ targets: {} })],
      customLogger: logger,
      server: { host, port: 0, hmr: false, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    await server.listen();
    const { port } = server.httpServer!.address() as AddressInfo;
    return { base: `http://127.0.0.1:${port}`, warnings };
  }

  it('answers admin calls from its own page with the secret, and 403 without it or from another origin', async () => {
    const { base } = await start('127.0.0.1');
    const identities = `${base}${ORY_PREFIXES.kratosAdmin}/admin/identities`;
    const bare = await fetch(identities);
    expect(bare.status).toBe(403);
    expect(((await bare.json()) as { error: { reason: string } }).error.reason).toContain(ADMIN_TOKEN_HEADER);

    const { token } = (await (await fetch(`${base}${ADMIN_TOKEN_PATH}`)).json()) as { token: string };
    expect(token).toMatch(/^[\w-]{40,}$/);
    const ok = await fetch(identities, { headers: { [ADMIN_TOKEN_HEADER]: token } });
    expect(ok.status).toBe(200);
    expect(Array.isArray(await ok.json())).toBe(true);
    expect((await fetch(`${base}${ORY_PREFIXES.hydraAdmin}/admin/clients`, { headers: { [ADMIN_TOKEN_HEADER]: token } })).status).toBe(200);

    expect((await fetch(identities, { headers: { [ADMIN_TOKEN_HEADER]: token, origin: 'http://evil.example' } })).status).toBe(403);
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 sends its own host name.
    expect(await getStatus(`${base}${ADMIN_TOKEN_PATH}`, { host: 'evil.example' })).toBe(403);
    expect(await getStatus(`${base}${ADMIN_TOKEN_PATH}`, { host: base.slice('http://'.length) })).toBe(200);
    expect((await fetch(`${base}${ORY_PREFIXES.hydraAdmin}/admin/clients`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: '{}' })).status).toBe(403);
    // The public API is not behind the guard.
    expect((await fetch(`${base}${ORY_PREFIXES.kratosPublic}/health/alive`)).status).toBe(200);
  });

  it('bound beyond loopback: warns and keeps admin off', async () => {
    const { base, warnings } = await start('0.0.0.0');
    expect(warnings.join('\n')).toMatch(/listens beyond loopback/);
    expect((await fetch(`${base}${ADMIN_TOKEN_PATH}`)).status).toBe(403);
    expect((await fetch(`${base}${ORY_PREFIXES.kratosAdmin}/admin/identities`)).status).toBe(403);
  });
});
