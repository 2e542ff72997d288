import { describe, expect, it } from 'vitest';
import { de } from './messages/de.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';
import { ja } from './messages/ja.ts';
import { ptBR } from './messages/pt-BR.ts';
import { en, loadMessages, locales, resolveLocale } from './index.ts';

describe('loadMessages', () => {
  it('returns the catalog of each bundled locale', async () => {
    expect(await loadMessages('en')).toBe(en);
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
    expect(await loadMessages('en-GB')).toBe(en);
  });

  it('gives en for unknown or empty locales', async () => {
    expect(await loadMessages('zz')).toBe(en);
    expect(await loadMessages('')).toBe(en);
    expect(await loadMessages('tlh-Klingon')).toBe(en);
  });

  it('takes a preference list such as navigator.languages', async () => {
    expect(await loadMessages(['it-IT', 'fr-FR', 'en'])).toBe(fr);
    expect(await loadMessages([])).toBe(en);
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

  it('lists every locale with its own name', () => {
    expect(locales.map((l) => l.code)).toEqual(['en', 'de', 'fr', 'es', 'pt-BR', 'ja']);
    expect(locales.find((l) => l.code === 'de')?.name).toBe('Deutsch');
    expect(new Set(locales.map((l) => resolveLocale(l.code)))).toEqual(new Set(locales.map((l) => l.code)));
  });
});
