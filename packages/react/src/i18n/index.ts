// @orykit/react i18n: message catalogs and the translator. Pure TypeScript, no React, no dependencies.
export type { FormatHelpers, MessageContext, MessageEntry, MessageFormatter, Messages } from './types.ts';
export { en } from './messages/en.ts';
export type { Catalog, KnownMessageKey } from './messages/en.ts';
export { locales, loadMessages, resolveLocale, textDirection } from './locales.ts';
export { identifierKinds, identifierKindOfInput, wellKnownTrait } from './traits.ts';
export type { IdentifierKind, SchemaTitles, TraitKey } from './traits.ts';
export type { LocaleCode } from './locales.ts';
export { createTranslator, withEnglish } from './translator.ts';
export type { CatalogPart, Translator, TranslatorOptions } from './translator.ts';
export type { KratosTexts } from './agrees.ts';
export { messageKey } from './message-key.ts';
export { interpolate } from './interpolate.ts';
export type { InterpolateOptions, PlaceholderFormat } from './interpolate.ts';
export { messageKeys } from './keys.ts';
