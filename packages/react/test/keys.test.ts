// Every UI key the components ask for exists in the English catalog (or, until the catalog has it, in
// CHROME_DEFAULTS): no raw `ui.something` can reach the screen.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../src/i18n/index.ts';
import { CHROME_DEFAULTS } from '../src/chrome-defaults.ts';

const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'i18n' ? [] : files(p);
    return /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

const used = new Set<string>();
for (const f of files(SRC)) {
  for (const m of readFileSync(f, 'utf8').matchAll(/'(ui\.[a-z0-9_.]+)'/g)) used.add(m[1] as string);
}

test('the components use UI keys', () => {
  expect(used.size).toBeGreaterThan(40);
});

test.each([...used].sort())('%s is translated', (key) => {
  expect(Object.hasOwn(en, key) || Object.hasOwn(CHROME_DEFAULTS, key)).toBe(true);
});

test('CHROME_DEFAULTS only holds keys the catalog lacks', () => {
  for (const key of Object.keys(CHROME_DEFAULTS)) expect(Object.hasOwn(en, key), key).toBe(false);
});
