import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { UiNode, UiText } from '@orykit/client';
import { createTranslator, identifierKinds, textDirection, withEnglish, type CatalogPart, type IdentifierKind, type Messages, type SchemaTitles, type Translator } from './i18n/index.ts';
import { enCore } from './i18n/messages/en/core.ts';
import { defaultComponents, type OryComponents } from './components.tsx';

/** `light` / `dark` force a theme; `system` (the default) follows `prefers-color-scheme`. */
export type OryTheme = 'light' | 'dark' | 'system';

export interface OryComponentsContextValue {
  translator: Translator;
  components: OryComponents;
  theme: OryTheme;
  /** The writing direction the kit's root carries; `undefined` follows the page. */
  dir: 'ltr' | 'rtl' | undefined;
}

// The registry is resolved lazily (`null` = the defaults) so this module never reads
// `defaultComponents` while the two modules are still being evaluated.
interface StoredContext {
  translator: Translator;
  components: OryComponents | null;
  theme: OryTheme;
  dir: 'ltr' | 'rtl' | undefined;
}

const defaultTranslator = createTranslator({ messages: enCore });

const OryComponentsContext = createContext<StoredContext>({
  translator: defaultTranslator,
  components: null,
  theme: 'system',
  dir: undefined,
});

export interface OryComponentsProviderProps {
  children?: ReactNode;
  /** BCP 47 locale for dates and numbers (default `en`). Load its catalog with `loadMessages(locale)`. */
  locale?: string;
  /** The catalog of the locale (default: English). English fills any key it lacks. */
  messages?: Messages;
  /** App entries that win over every catalog, by message id (`'4000006'`) or UI key (`'ui.login.title'`). */
  overrides?: Messages;
  /**
   * Translations of identity-schema titles, by node name (`traits.email`) or by the title itself: one
   * text, or one per locale (`{ 'Favourite colour': { de: 'Lieblingsfarbe' } }`). Well-known traits
   * (email, username, phone, first/last name) are translated by the catalogs without it.
   */
  titles?: SchemaTitles;
  /**
   * The identity schema (from `getJsonSchema`): the login's "ID" label becomes the kind of its password
   * identifier trait ("Email", "Username", "Phone number").
   */
  identitySchema?: unknown;
  /** The login identifier's kind(s), when the app knows them without the schema (wins over `identitySchema`). */
  identifier?: IdentifierKind | readonly IdentifierKind[];
  /** Writing direction of the kit's root. Default: the locale's (`rtl` for `ar`, `he`, …) when `locale` is set, else the page's. */
  dir?: 'ltr' | 'rtl';
  /** Replace any visual slot (Card, Button, Input, …). Unset slots keep the defaults. */
  components?: Partial<OryComponents>;
  /** Color theme (default `system`). */
  theme?: OryTheme;
  /** IANA time zone for dates; set it to render the same on server and client. */
  timeZone?: string;
  /** The clock for relative times ("expires in 3 days"); default: the current time. */
  now?: () => Date;
  /** A ready translator (wins over locale/messages/overrides/titles). */
  translator?: Translator;
}

/**
 * Provides translation, component overrides and the theme to every orykit component below it.
 *
 * @example
 * ```tsx
 * const messages = await loadMessages('de');
 * <OryComponentsProvider locale="de" messages={messages} theme="dark" components={{ Button: MyButton }}>
 *   <Login flow={flow} onSubmit={submit} />
 * </OryComponentsProvider>
 * ```
 */
export function OryComponentsProvider(props: OryComponentsProviderProps) {
  const { locale, messages, overrides, titles, identitySchema, identifier, components, theme, dir, timeZone, now, translator, children } = props;
  const parent = useContext(OryComponentsContext);
  const value = useMemo<StoredContext>(() => {
    const kinds = identifier === undefined ? (identitySchema === undefined ? undefined : identifierKinds(identitySchema)) : typeof identifier === 'string' ? [identifier] : identifier;
    const tr =
      translator ??
      (locale === undefined && messages === undefined && overrides === undefined && titles === undefined && kinds === undefined && timeZone === undefined && now === undefined
        ? parent.translator
        : createTranslator({
            messages: messages ?? enCore,
            ...(overrides ? { overrides } : {}),
            ...(titles ? { titles } : {}),
            ...(kinds ? { identifier: kinds } : {}),
            ...(locale ? { locale } : {}),
            ...(timeZone ? { timeZone } : {}),
            ...(now ? { now } : {}),
          }));
    return {
      translator: tr,
      components: components ? { ...(parent.components ?? defaultComponents), ...stripUndefined(components) } : parent.components,
      theme: theme ?? parent.theme,
      dir: dir ?? (locale === undefined ? parent.dir : textDirection(locale)),
    };
  }, [translator, locale, messages, overrides, titles, identitySchema, identifier, timeZone, now, components, theme, dir, parent]);
  return <OryComponentsContext.Provider value={value}>{children}</OryComponentsContext.Provider>;
}

/**
 * Puts a component's part of the catalog (its English, e.g. `enSettings`, and Kratos' texts of its ids)
 * under the nearest provider's catalogs for everything below: the part travels with the component that
 * shows it, so a page bundles only the English of the components it renders, and the server renders
 * the same text.
 */
export function EnglishPart({ part, children }: { part: CatalogPart; children?: ReactNode }) {
  const parent = useContext(OryComponentsContext);
  const value = useMemo<StoredContext>(() => ({ ...parent, translator: withEnglish(parent.translator, part) }), [parent, part]);
  return <OryComponentsContext.Provider value={value}>{children}</OryComponentsContext.Provider>;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/**
 * The provider's translator, component registry and theme.
 * @example
 * ```ts
 * const { translator, components, theme } = useOryContext();
 * ```
 */
export function useOryContext(): OryComponentsContextValue {
  const ctx = useContext(OryComponentsContext);
  return { translator: ctx.translator, theme: ctx.theme, dir: ctx.dir, components: ctx.components ?? defaultComponents };
}

/**
 * The active component registry (defaults merged with overrides).
 * @example
 * ```ts
 * const { Button } = useComponents();
 * return <Button type="button" onClick={close}>{t('ui.close')}</Button>;
 * ```
 */
export function useComponents(): OryComponents {
  return useContext(OryComponentsContext).components ?? defaultComponents;
}

/**
 * The active theme setting.
 * @example
 * ```ts
 * const dark = useTheme() === 'dark';
 * ```
 */
export function useTheme(): OryTheme {
  return useContext(OryComponentsContext).theme;
}

/**
 * The writing direction set for the kit (`undefined`: follow the page).
 * @example
 * ```ts
 * const rtl = useDirection() === 'rtl';
 * ```
 */
export function useDirection(): 'ltr' | 'rtl' | undefined {
  return useContext(OryComponentsContext).dir;
}

export interface Translate {
  /** A UI string by key; falls back to English defaults when the catalog has no such key. Never throws. */
  t(key: string, vars?: Record<string, unknown>): string;
  /** Like `t`, but returns `undefined` (instead of the key) when nothing translates the key. */
  tMaybe(key: string, vars?: Record<string, unknown>): string | undefined;
  /** A server message in the active language (its own text when untranslated). Never throws. */
  text(uiText: UiText | undefined, node?: UiNode): string;
  locale: string;
}

/**
 * Wraps a translator so a missing key never shows up as `ui.something` on screen.
 * @example
 * ```ts
 * const tr = makeTranslate(createTranslator({ messages: en }));
 * tr.t('ui.login.title'); // "Sign in"
 * ```
 */
export function makeTranslate(translator: Translator): Translate {
  const tMaybe = (key: string, vars?: Record<string, unknown>): string | undefined => {
    let out: string;
    try {
      out = translator.t(key, vars);
    } catch {
      out = key;
    }
    return out === key ? undefined : out;
  };
  return {
    locale: translator.locale,
    tMaybe,
    t: (key, vars) => tMaybe(key, vars) ?? key,
    text: (uiText, node) => {
      if (!uiText) return '';
      try {
        return translator.text(uiText, node);
      } catch {
        return typeof uiText.text === 'string' ? uiText.text : '';
      }
    },
  };
}

/**
 * The translation helpers of the nearest provider (English without one).
 * @example
 * ```ts
 * const { t, text } = useTranslate();
 * <p>{text(flow.ui.messages[0])}</p>
 * ```
 */
export function useTranslate(): Translate {
  const { translator } = useContext(OryComponentsContext);
  return useMemo(() => makeTranslate(translator), [translator]);
}
