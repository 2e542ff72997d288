import { en } from './messages/en.ts';
import type { Messages } from './types.ts';

/** The bundled locales, each named in its own language. */
export const locales = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'ja', name: '日本語' },
] as const satisfies ReadonlyArray<{ code: string; name: string }>;

export type LocaleCode = (typeof locales)[number]['code'];

function match(tag: string): LocaleCode | undefined {
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  if (wanted === '') return undefined;
  const exact = locales.find((l) => l.code.toLowerCase() === wanted);
  if (exact) return exact.code;
  const language = wanted.split('-')[0];
  const same = locales.find((l) => l.code.toLowerCase() === language) ?? locales.find((l) => l.code.toLowerCase().startsWith(`${language}-`));
  return same?.code;
}

/**
 * The bundled locale for a BCP 47 tag (or a preference list such as `navigator.languages`): the exact
 * code, else the same language (`de-AT` → `de`, `pt` / `pt-PT` → `pt-BR`), else `en`.
 */
export function resolveLocale(locale: string | readonly string[] | null | undefined): LocaleCode {
  const candidates = typeof locale === 'string' ? [locale] : (locale ?? []);
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const code = match(candidate);
    if (code) return code;
  }
  return 'en';
}

/**
 * The catalog for a locale. Every locale but `en` is its own chunk, loaded on demand. Unknown locales,
 * and a chunk that fails to load, give `en`.
 */
export async function loadMessages(locale: string | readonly string[]): Promise<Messages> {
  try {
    switch (resolveLocale(locale)) {
      case 'de':
        return (await import('./messages/de.ts')).de;
      case 'fr':
        return (await import('./messages/fr.ts')).fr;
      case 'es':
        return (await import('./messages/es.ts')).es;
      case 'pt-BR':
        return (await import('./messages/pt-BR.ts')).ptBR;
      case 'ja':
        return (await import('./messages/ja.ts')).ja;
      default:
        return en;
    }
  } catch {
    return en;
  }
}
