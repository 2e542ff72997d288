import { enCore } from './messages/en/core.ts';
import type { Messages } from './types.ts';

/** The bundled locales, each named in its own language. */
export const locales = [
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
  { code: 'cs', name: 'Čeština' },
  { code: 'da', name: 'Dansk' },
  { code: 'de', name: 'Deutsch' },
  { code: 'el', name: 'Ελληνικά' },
  { code: 'es', name: 'Español' },
  { code: 'fa', name: 'فارسی' },
  { code: 'fi', name: 'Suomi' },
  { code: 'fr', name: 'Français' },
  { code: 'he', name: 'עברית' },
  { code: 'hi', name: 'हिन्दी' },
  { code: 'hu', name: 'Magyar' },
  { code: 'id', name: 'Bahasa Indonesia' },
  { code: 'it', name: 'Italiano' },
  { code: 'ja', name: '日本語' },
  { code: 'ko', name: '한국어' },
  { code: 'nb', name: 'Norsk bokmål' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'pl', name: 'Polski' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'ro', name: 'Română' },
  { code: 'ru', name: 'Русский' },
  { code: 'sk', name: 'Slovenčina' },
  { code: 'sv', name: 'Svenska' },
  { code: 'th', name: 'ไทย' },
  { code: 'tr', name: 'Türkçe' },
  { code: 'uk', name: 'Українська' },
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'zh-CN', name: '简体中文' },
  { code: 'zh-TW', name: '繁體中文' },
] as const satisfies ReadonlyArray<{ code: string; name: string }>;

export type LocaleCode = (typeof locales)[number]['code'];

// One literal import() per locale: each catalog is its own chunk, fetched only when chosen.
const loaders: { readonly [K in Exclude<LocaleCode, 'en'>]: () => Promise<Messages> } = {
  ar: () => import('./messages/ar.ts').then((m) => m.ar),
  cs: () => import('./messages/cs.ts').then((m) => m.cs),
  da: () => import('./messages/da.ts').then((m) => m.da),
  de: () => import('./messages/de.ts').then((m) => m.de),
  el: () => import('./messages/el.ts').then((m) => m.el),
  es: () => import('./messages/es.ts').then((m) => m.es),
  fa: () => import('./messages/fa.ts').then((m) => m.fa),
  fi: () => import('./messages/fi.ts').then((m) => m.fi),
  fr: () => import('./messages/fr.ts').then((m) => m.fr),
  he: () => import('./messages/he.ts').then((m) => m.he),
  hi: () => import('./messages/hi.ts').then((m) => m.hi),
  hu: () => import('./messages/hu.ts').then((m) => m.hu),
  id: () => import('./messages/id.ts').then((m) => m.id),
  it: () => import('./messages/it.ts').then((m) => m.it),
  ja: () => import('./messages/ja.ts').then((m) => m.ja),
  ko: () => import('./messages/ko.ts').then((m) => m.ko),
  nb: () => import('./messages/nb.ts').then((m) => m.nb),
  nl: () => import('./messages/nl.ts').then((m) => m.nl),
  pl: () => import('./messages/pl.ts').then((m) => m.pl),
  'pt-BR': () => import('./messages/pt-BR.ts').then((m) => m.ptBR),
  ro: () => import('./messages/ro.ts').then((m) => m.ro),
  ru: () => import('./messages/ru.ts').then((m) => m.ru),
  sk: () => import('./messages/sk.ts').then((m) => m.sk),
  sv: () => import('./messages/sv.ts').then((m) => m.sv),
  th: () => import('./messages/th.ts').then((m) => m.th),
  tr: () => import('./messages/tr.ts').then((m) => m.tr),
  uk: () => import('./messages/uk.ts').then((m) => m.uk),
  vi: () => import('./messages/vi.ts').then((m) => m.vi),
  'zh-CN': () => import('./messages/zh-CN.ts').then((m) => m.zhCN),
  'zh-TW': () => import('./messages/zh-TW.ts').then((m) => m.zhTW),
};

/** Tags whose language subtag alone would pick the wrong bundled locale (script, region, legacy codes). */
const ALIASES: Readonly<Record<string, LocaleCode>> = {
  'zh-hant': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
  'zh-hans': 'zh-CN',
  no: 'nb',
  nn: 'nb',
  iw: 'he',
  in: 'id',
};

function match(tag: string): LocaleCode | undefined {
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  if (wanted === '') return undefined;
  const exact = locales.find((l) => l.code.toLowerCase() === wanted);
  if (exact) return exact.code;
  const [language = '', second] = wanted.split('-');
  const alias = ALIASES[`${language}-${second}`] ?? ALIASES[language];
  if (alias) return alias;
  const same = locales.find((l) => l.code.toLowerCase() === language) ?? locales.find((l) => l.code.toLowerCase().startsWith(`${language}-`));
  return same?.code;
}

/**
 * The bundled locale for a BCP 47 tag (or a preference list such as `navigator.languages`): the exact
 * code, else the same language (`de-AT` → `de`, `pt` / `pt-PT` → `pt-BR`, `zh-Hant-HK` → `zh-TW`), else `en`.
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

/** Languages written right to left (ISO 639 codes), bundled or not. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'iw', 'khw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * The writing direction of a BCP 47 tag: `rtl` for Arabic, Hebrew, Persian, Urdu, …; else `ltr`.
 * A script subtag wins (`az-Arab` is `rtl`, `ur-Latn` would be `ltr`).
 *
 * @example
 * ```ts
 * textDirection('ar-EG'); // 'rtl'
 * textDirection('de');    // 'ltr'
 * ```
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const parts = locale.trim().replace(/_/g, '-').toLowerCase().split('-');
  const script = parts.find((p, i) => i > 0 && p.length === 4);
  if (script) return ['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg'].includes(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(parts[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * The catalog for a locale. Every locale but `en` is its own chunk, loaded on demand. English is the part
 * every component carries (`enCore`): each flow component brings its own English, so there is nothing to
 * load (import `en` for the whole English catalog). Unknown locales, and a chunk that fails to load, give it.
 */
export async function loadMessages(locale: string | readonly string[]): Promise<Messages> {
  const code = resolveLocale(locale);
  try {
    return await (code === 'en' ? enCore : loaders[code]());
  } catch {
    return enCore;
  }
}
