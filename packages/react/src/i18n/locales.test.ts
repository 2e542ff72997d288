import { describe, expect, it } from 'vitest';
import { de } from './messages/de.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';
import { ja } from './messages/ja.ts';
import { ptBR } from './messages/pt-BR.ts';
import { enCore } from './messages/en/core.ts';
import { loadMessages, locales, resolveLocale, textDirection } from './index.ts';

describe('loadMessages', () => {
  it('returns the catalog of each bundled locale', async () => {
    expect(await loadMessages('en')).toBe(enCore);
    expect(await loadMessages('de')).toBe(de);
    expect(await loadMessages('fr')).toBe(fr);
    expect(await loadMessages('es')).toBe(es);
    expect(await loadMessages('pt-BR')).toBe(ptBR);
    expect(await loadMessages('ja')).toBe(ja);
    expect((await loadMessages('de'))['ui.retry']).toBe('Erneut versuchen');
  });

  it('falls back from region to language, and from language to its one bundled region', async () => {
    expect(await loadMessages('de-AT')).toBe(de);
    expect(await loadMessages('fr-CA')).toBe(fr);
    expect(await loadMessages('es-419')).toBe(es);
    expect(await loadMessages('pt')).toBe(ptBR);
    expect(await loadMessages('pt-PT')).toBe(ptBR);
    expect(await loadMessages('pt_br')).toBe(ptBR);
    expect(await loadMessages('JA-jp')).toBe(ja);
    expect(await loadMessages('en-GB')).toBe(enCore);
  });

  it('gives English (the part every component carries) for unknown or empty locales', async () => {
    expect(await loadMessages('zz')).toBe(enCore);
    expect(await loadMessages('')).toBe(enCore);
    expect(await loadMessages('tlh-Klingon')).toBe(enCore);
  });

  it('takes a preference list such as navigator.languages', async () => {
    expect(await loadMessages(['tlh', 'fr-FR', 'en'])).toBe(fr);
    expect(await loadMessages([])).toBe(enCore);
  });
});

describe('resolveLocale', () => {
  it('maps tags to bundled codes', () => {
    expect(resolveLocale('pt-BR')).toBe('pt-BR');
    expect(resolveLocale('pt')).toBe('pt-BR');
    expect(resolveLocale(' de-CH ')).toBe('de');
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale(null)).toBe('en');
    expect(resolveLocale(['xx', 'ja'])).toBe('ja');
  });

  it('maps scripts, regions and legacy codes to the right bundled locale', () => {
    expect(resolveLocale('zh-Hant-HK')).toBe('zh-TW');
    expect(resolveLocale('zh-HK')).toBe('zh-TW');
    expect(resolveLocale('zh-Hans-SG')).toBe('zh-CN');
    expect(resolveLocale('zh')).toBe('zh-CN');
    expect(resolveLocale('no')).toBe('nb');
    expect(resolveLocale('nn-NO')).toBe('nb');
    expect(resolveLocale('iw')).toBe('he');
    expect(resolveLocale('ar-EG')).toBe('ar');
  });

  it('lists 30 or more locales, English first, each with its own name', () => {
    expect(locales.length).toBeGreaterThanOrEqual(30);
    expect(locales[0]?.code).toBe('en');
    for (const code of ['de', 'fr', 'es', 'it', 'pt-BR', 'ja', 'ko', 'zh-CN', 'zh-TW', 'ar', 'he', 'ru', 'uk', 'pl', 'tr', 'hi']) expect(locales.map((l) => l.code)).toContain(code);
    expect(locales.find((l) => l.code === 'de')?.name).toBe('Deutsch');
    expect(new Set(locales.map((l) => resolveLocale(l.code)))).toEqual(new Set(locales.map((l) => l.code)));
    expect(new Set(locales.map((l) => l.name)).size).toBe(locales.length);
  });
});

describe('textDirection', () => {
  it('is rtl for Arabic, Hebrew and Persian, with or without a region, and ltr for the rest', () => {
    expect(['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur-PK', 'az-Arab'].map(textDirection)).toEqual(Array(7).fill('rtl'));
    expect(['en', 'de', 'ja', 'zh-TW', 'hi', 'arn', 'he-Latn'].map(textDirection)).toEqual(Array(7).fill('ltr'));
    expect(locales.filter((l) => textDirection(l.code) === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa', 'he']);
  });
});
