// Every UI key the components ask for exists in the English catalog (and so, by the locale parity
// test, in every locale): no raw `ui.something` can reach the screen.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../src/i18n/index.ts';

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
  expect(Object.hasOwn(en, key)).toBe(true);
});
