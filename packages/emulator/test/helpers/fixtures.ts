import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Answer } from './engine-client.ts';
import { diff, normalize } from './normalize.ts';

export const FIXTURES = process.env['ORYKIT_FIXTURES'] ?? join(dirname(fileURLToPath(import.meta.url)), '../../../../e2e/servers/fixtures');

export interface Fixture {
  status: number;
  headers: Record<string, string[]>;
  json: unknown;
}

export function loadFixture(name: string): Fixture {
  const http = readFileSync(join(FIXTURES, `${name}.http`), 'utf8').split('\n');
  const status = Number(/^HTTP\/[\d.]+ (\d{3})/.exec(http[1] ?? '')?.[1]);
  const headers: Record<string, string[]> = {};
  for (const line of http.slice(2)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const k = line.slice(0, i).toLowerCase();
    (headers[k] ??= []).push(line.slice(i + 1).trim());
  }
  const jsonPath = join(FIXTURES, `${name}.json`);
  const json = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as unknown) : undefined;
  return { status, headers, json };
}

const cookieNames = (v: readonly string[] | undefined): string[] => (v ?? []).map((c) => c.split('=')[0]!).sort();

/** Every way the emulator's answer differs from the real server's captured one. */
export function compareWithFixture(name: string, got: Answer): string[] {
  const want = loadFixture(name);
  const out: string[] = [];
  if (want.status !== got.status) out.push(`status: want ${want.status} got ${got.status}`);
  for (const h of ['content-type', 'cache-control']) {
    const w = want.headers[h]?.[0];
    const g = got.headers[h];
    if (w !== undefined && w !== g) out.push(`header ${h}: want ${w} got ${String(g)}`);
  }
  const wLoc = want.headers['location']?.[0];
  if (wLoc !== undefined) {
    const n = (s: string | undefined) => normalize(s ?? '', 'location');
    if (n(wLoc) !== n(got.location)) out.push(`location: want ${String(n(wLoc))} got ${String(n(got.location))}`);
  }
  const wc = cookieNames(want.headers['set-cookie']);
  const gc = cookieNames(got.headers['set-cookie'] as string[] | undefined).map((c) => (c.startsWith('ory_hydra_login_csrf') ? 'ory_hydra_login_csrf' : c));
  const wcn = wc.map((c) => (c.startsWith('ory_hydra_login_csrf') ? 'ory_hydra_login_csrf' : c.startsWith('ory_hydra_consent_csrf') ? 'ory_hydra_consent_csrf' : c));
  if (wcn.join(',') !== gc.map((c) => (c.startsWith('ory_hydra_consent_csrf') ? 'ory_hydra_consent_csrf' : c)).join(',')) out.push(`set-cookie: want [${wcn.join(',')}] got [${gc.join(',')}]`);
  if (want.json !== undefined) out.push(...diff(normalize(want.json), normalize(got.json)));
  return out;
}
