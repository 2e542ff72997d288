import type { UiText } from './types.ts';

/** Kratos' own English text of each id it sends (`kratos-texts.ts`), by catalog key. */
export type KratosTexts = Readonly<Record<string, string>>;

// Older servers gave some ids other meanings (a v0.6-era flow sends 1070001 for "An email containing a
// verification link has been sent…", which v0.11 uses for "Password"), and webhooks may send any id with any
// text. Translating such a message by its id would show the wrong sentence; its own text is the right one.

/** Go's formatting verbs (`%s`, `%d`, `%.2f`, `%q`): the run-time parts of a Kratos text. */
const VERB = /%[-+# 0]*\d*(?:\.\d+)?[a-zA-Z]/;

/** The words, lower-cased, one space apart: spacing, punctuation and quoting may differ, words may not. */
const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const textOf = (texts: KratosTexts, key: string) => (Object.hasOwn(texts, key) ? texts[key] : undefined);

const shapes = new Map<string, RegExp>();

/**
 * A Kratos text as a pattern: its words in order, anything where a run-time value goes, and then the end or
 * more words (Kratos v1 appends a sentence to some texts: "… If you have not received an email, …").
 */
function shapeOf(template: string): RegExp {
  let shape = shapes.get(template);
  if (!shape) {
    shape = new RegExp(`^${template.split(VERB).map((part) => escape(words(part))).join('.*')}(?: .*)?$`, 'su');
    shapes.set(template, shape);
  }
  return shape;
}

/** The type family an id's range stands for: 1xxxxxx informs (`info`, `success`), 4xxxxxx and 5xxxxxx are errors. */
const familyOf = (type: string) => (type === 'error' ? 'error' : 'info');

/**
 * Whether a server message means what the catalog's entry for `key` means: its `type` is of the id's family
 * and its text has the shape of the text Kratos sends for that id (`texts`). A message without a text or a
 * type, or an id whose text is wholly a run-time value or not in `texts`, is given the benefit of the doubt.
 *
 * @example
 * agreesWithCatalog({ id: 1070001, text: 'Password', type: 'info' }, '1070001', kratosTexts) // true
 * agreesWithCatalog({ id: 1070001, text: 'An email containing a verification link has been sent…', type: 'info' }, '1070001', kratosTexts) // false
 */
export function agreesWithCatalog(message: Pick<UiText, 'id'> & { text?: unknown; type?: unknown }, key: string, texts: KratosTexts): boolean {
  const id = String(message.id);
  if (typeof message.type === 'string' && familyOf(message.type) !== (id.startsWith('1') ? 'info' : 'error')) return false;
  const template = textOf(texts, key) ?? textOf(texts, id);
  if (template === undefined || typeof message.text !== 'string' || message.text === '') return true;
  return shapeOf(template).test(words(message.text));
}
