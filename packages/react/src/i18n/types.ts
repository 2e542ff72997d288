// Types of the translation layer. No runtime code lives here.
//
import type { UiNode, UiText } from '@orykit/client';

export type { UiNode, UiText };

/** A UiText's `context`, read as plain JSON. */
export type MessageContext = Record<string, unknown>;

/** What a formatter function gets besides the message context. */
export interface FormatHelpers {
  /** The BCP 47 locale used for dates, numbers and relative times. */
  readonly locale: string;
  /** "Now", from the translator's clock. */
  readonly now: Date;
  /** The server's own (English) text of the message being translated ('' in `t()`). */
  readonly serverText: string;
  /** The node the message belongs to, when known. */
  readonly node: UiNode | undefined;
  /** Interpolates a `{name}` / `{name, format}` template; throws on missing or unusable values. */
  format(template: string, vars?: Record<string, unknown>): string;
  /** Translates a chrome key (same rules as the translator's `t`). */
  t(key: string, vars?: Record<string, unknown>): string;
  /** Translates a nested server message (same rules as the translator's `text`). */
  text(uiText: UiText, node?: UiNode): string;
  /** The app-supplied translation of an identity-schema title (by node name, then by server text). */
  title(): string | undefined;
}

/**
 * A catalog entry computed in code. Return `undefined` to use the server's text. Throwing is allowed and
 * also means "use the server's text".
 */
export type MessageFormatter = (context: MessageContext, helpers: FormatHelpers) => string | undefined;

/** A catalog entry: a template with `{name}` / `{name, format}` placeholders, or a formatter. */
export type MessageEntry = string | MessageFormatter;

/** A message catalog. Keys are Kratos message ids (`'4000006'`), id variants (`'1070007.resend'`) or chrome keys (`'ui.retry'`). */
export type Messages = Record<string, MessageEntry>;
