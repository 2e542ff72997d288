// Every kit locale has the demo's chrome, with the English keys and placeholders (node project).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locales } from '@orykit/react';
import { demoEn } from './i18n.tsx';
import { demoLocales } from './i18n-locales.ts';

/** Every `'demo.…'` key written in the demo's sources (tests and the catalogs themselves aside). */
function usedKeys(): string[] {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !/\.test\.|i18n/.test(f));
  return [...new Set(files.flatMap((f) => [...readFileSync(dir + f, 'utf8').matchAll(/'(demo\.[\w.]+)'/g)].map((m) => m[1]!)))];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the demo chrome', () => {
  it('exists for every kit locale, and for no other', () => {
    expect(Object.keys(demoLocales).sort()).toEqual(locales.map((l) => l.code).filter((c) => c !== 'en').sort());
  });

  it('has every key the pages ask for (page titles, not-found, sessions, OAuth2 client)', () => {
    const used = usedKeys();
    expect(used).toContain('demo.client.intro');
    expect(used.filter((k) => !Object.hasOwn(demoEn, k))).toEqual([]);
  });

  it.each(Object.entries(demoLocales))('%s has exactly the English keys and placeholders, translated', (_code, catalog) => {
    const missing = Object.keys(demoEn).filter((k) => !Object.hasOwn(catalog, k));
    const extra = Object.keys(catalog).filter((k) => !Object.hasOwn(demoEn, k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    const broken = Object.entries(demoEn).filter(([k, en]) => placeholders(en).join() !== placeholders(catalog[k as keyof typeof demoEn] ?? '').join());
    expect(broken.map(([k]) => k)).toEqual([]);
    const untranslated = Object.entries(demoEn).filter(([k, en]) => catalog[k as keyof typeof demoEn] === en).map(([k]) => k);
    expect(untranslated.length).toBeLessThan(6);
  });
});
