import { agreesWithCatalog, type KratosTexts } from './agrees.ts';
import { kratosCore } from './kratos-texts/core.ts';
import { interpolate } from './interpolate.ts';
import { contextOf, derivedVars, messageKey } from './message-key.ts';
import { enCore } from './messages/en/core.ts';
import { forLocale, identifierKindOfInput, wellKnownTrait, type IdentifierKind, type SchemaTitles } from './traits.ts';
import type { FormatHelpers, MessageEntry, Messages, UiNode, UiText } from './types.ts';

export interface TranslatorOptions {
  /** The active catalog (e.g. from `loadMessages(locale)`). */
  messages: Messages;
  /**
   * Used for keys the active catalog lacks (default: the English every component carries, `enCore`; the
   * flow components add their own English with {@link withEnglish}). Pass `en` for every English text.
   */
  fallback?: Messages;
  /** App-supplied entries that win over every catalog. */
  overrides?: Messages;
  /**
   * Translations of identity-schema titles (message 1070002), by node name (`traits.email`) or by the title
   * itself: one text, or one per locale (`{ 'Favourite colour': { de: 'Lieblingsfarbe', ja: '好きな色' } }`).
   * Well-known traits (`traits.email`, `traits.name.first`, …) are translated by the catalogs without it.
   */
  titles?: SchemaTitles;
  /**
   * What the login identifier (message 1070004, "ID") is: from `identifierKinds(identitySchema)` or set by
   * the app. Unset, the input's own type/autocomplete decides, else the server's label stays.
   */
  identifier?: readonly IdentifierKind[];
  /** BCP 47 locale for dates, numbers and relative times (default 'en'). */
  locale?: string;
  /**
   * Kratos' own English texts of the ids, by catalog key, to tell a message of another meaning (an older
   * server's, a webhook's) from the one the catalog translates. Default: those of login and what every
   * flow shows (`kratosCore`); the flow components add theirs with {@link withEnglish}.
   */
  kratosTexts?: KratosTexts;
  /** The clock (default: the current time). */
  now?: () => Date;
  /** IANA time zone for dates (default: the runtime's). Set it to render the same on server and client. */
  timeZone?: string;
}

export interface Translator {
  readonly locale: string;
  /** A server message (label or message) in the active language; the server's text when it has no translation. Never throws. */
  text(uiText: UiText, node?: UiNode): string;
  /** A UI string by key: overrides, then messages, then fallback, then the key itself. Never throws. */
  t(key: string, vars?: Record<string, unknown>): string;
}

function canonicalLocale(locale: string | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale ?? 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function entryOf(catalog: Messages | undefined, key: string): MessageEntry | undefined {
  if (!catalog || !Object.hasOwn(catalog, key)) return undefined;
  const entry = catalog[key];
  return typeof entry === 'string' || typeof entry === 'function' ? entry : undefined;
}

function nodeName(node: UiNode | undefined): string | undefined {
  const attributes: unknown = node?.attributes;
  if (typeof attributes !== 'object' || attributes === null || !('name' in attributes)) return undefined;
  const name = (attributes as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

const currentTime = () => new Date();

/** The options each translator was made with, so a component can add its English under them. */
const optionsOf = new WeakMap<Translator, TranslatorOptions>();
const extended = new WeakMap<Translator, WeakMap<CatalogPart, Translator>>();

export function createTranslator(options: TranslatorOptions): Translator {
  const locale = canonicalLocale(options.locale);
  const sources: ReadonlyArray<Messages | undefined> = [options.overrides, options.messages, options.fallback ?? enCore];
  const titles = options.titles;
  const clock = options.now;
  const timeZone = options.timeZone;
  const kratos = options.kratosTexts ?? kratosCore;

  const render = (entry: MessageEntry, vars: Record<string, unknown>, serverText: string, node: UiNode | undefined, strict: boolean): string | undefined => {
    // The time is read only when a placeholder needs it: rendering stays pure (React's rules, Next's
    // prerendering) for every message that shows no relative time.
    const now = clock ?? currentTime;
    const base = { locale, now, ...(timeZone === undefined ? {} : { timeZone }) };
    if (typeof entry === 'string') return interpolate(entry, vars, { ...base, strict });
    const helpers: FormatHelpers = {
      locale,
      get now() {
        return now();
      },
      serverText,
      node,
      format: (template, more = {}) => interpolate(template, more, { ...base, strict: true }),
      t: translator.t,
      text: translator.text,
      title: () => {
        const name = nodeName(node);
        const own = titles && ((name !== undefined && Object.hasOwn(titles, name) ? titles[name] : undefined) ?? (Object.hasOwn(titles, serverText) ? titles[serverText] : undefined));
        const text = forLocale(own, locale);
        if (text !== undefined) return text;
        // Schema titles are written in English (like Kratos' own texts): English keeps the author's
        // wording; other languages get the catalog's name of a well-known trait.
        const trait = locale.split('-')[0] === 'en' ? undefined : wellKnownTrait(name);
        return trait === undefined ? undefined : translator.t(`ui.trait.${trait}`);
      },
    };
    const out: unknown = entry(vars, helpers);
    return typeof out === 'string' ? out : undefined;
  };

  /** 1070004 ("ID"): the identifier's kinds as the catalogs name them ("Email or username"), when known. */
  const identifierLabel = (node: UiNode | undefined): string | undefined => {
    const fromInput = identifierKindOfInput(node?.attributes);
    const kinds = options.identifier?.length ? options.identifier : fromInput ? [fromInput] : [];
    if (kinds.length === 0) return undefined;
    const names = kinds.map((kind) => translator.t(`ui.trait.${kind}`));
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(names);
  };

  const translator: Translator = {
    locale,
    text(uiText: UiText, node?: UiNode): string {
      const serverText = typeof uiText?.text === 'string' ? uiText.text : '';
      try {
        const key = messageKey(uiText, node);
        // An id used with another meaning (an older server, a webhook): its own text says what it means.
        if (!agreesWithCatalog(uiText, key, kratos)) return serverText;
        if (key === '1070004' && entryOf(options.overrides, key) === undefined) {
          const label = identifierLabel(node);
          if (label !== undefined) return label;
        }
        let entry: MessageEntry | undefined;
        for (const source of sources) if ((entry = entryOf(source, key)) !== undefined) break;
        if (entry === undefined) return serverText;
        const context = contextOf(uiText);
        return render(entry, { ...context, ...derivedVars(key, context) }, serverText, node, true) ?? serverText;
      } catch {
        return serverText;
      }
    },
    t(key: string, vars: Record<string, unknown> = {}): string {
      for (const source of sources) {
        const entry = entryOf(source, key);
        if (entry === undefined) continue;
        try {
          const out = render(entry, vars, '', undefined, false);
          if (out !== undefined) return out;
        } catch {
          // a broken entry: try the next catalog
        }
      }
      return key;
    },
  };
  optionsOf.set(translator, options);
  return translator;
}

/** A component's part of the catalog: its English, and Kratos' own texts of the ids it translates. */
export interface CatalogPart {
  english: Messages;
  kratos?: KratosTexts | undefined;
}

/**
 * `translator` with a component's part of the catalog under its fallback: the active catalog, the
 * overrides and the fallback still win; a key none of them has reads `part.english`, and `part.kratos`
 * joins the Kratos texts messages are checked against. A translator not made by `createTranslator` is
 * asked first, and the part answers what it leaves untranslated. The same inputs give the same
 * translator (components memoize on it).
 *
 * @example
 * ```ts
 * withEnglish(createTranslator({ messages: enCore }), { english: enSettings }).t('ui.settings.title'); // 'Account settings'
 * ```
 */
export function withEnglish(translator: Translator, part: CatalogPart): Translator {
  let byPart = extended.get(translator);
  if (!byPart) extended.set(translator, (byPart = new WeakMap()));
  let out = byPart.get(part);
  if (!out) {
    const options = optionsOf.get(translator);
    const kratosTexts = { ...part.kratos, ...(options?.kratosTexts ?? kratosCore) };
    out = options
      ? createTranslator({ ...options, fallback: { ...part.english, ...(options.fallback ?? enCore) }, kratosTexts })
      : askFirst(translator, createTranslator({ messages: part.english, locale: translator.locale, kratosTexts }));
    byPart.set(part, out);
  }
  return out;
}

/** `first`'s answer, else `second`'s when `first` gave its untranslated value (the key, the server's text). */
function askFirst(first: Translator, second: Translator): Translator {
  return {
    locale: first.locale,
    t: (key, vars) => {
      const out = first.t(key, vars);
      return out === key ? second.t(key, vars) : out;
    },
    text: (uiText, node) => {
      const out = first.text(uiText, node);
      return out === (typeof uiText?.text === 'string' ? uiText.text : '') ? second.text(uiText, node) : out;
    },
  };
}
