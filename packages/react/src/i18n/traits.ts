// What the identity schema tells the labels: which kind of identifier a person signs in with, and which
// well-known trait a field is. Pure functions over plain JSON; no React.

/** The kinds of login identifier a schema can declare. */
export type IdentifierKind = 'email' | 'username' | 'phone';

/** A trait the catalogs translate (`ui.trait.<key>`) in every locale. */
export type TraitKey = IdentifierKind | 'first_name' | 'last_name' | 'name';

/** The key of Kratos' extension inside a JSON Schema property. */
const ORY_EXTENSION = 'ory.sh/kratos';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trait's kind from its JSON Schema `format` and its property name. */
function kindOf(name: string, property: Record<string, unknown>): IdentifierKind {
  const format = typeof property.format === 'string' ? property.format : '';
  if (format === 'email' || /mail/i.test(name)) return 'email';
  if (format === 'tel' || /phone|mobile|tel/i.test(name)) return 'phone';
  return 'username';
}

function isPasswordIdentifier(property: Record<string, unknown>): boolean {
  const ory = property[ORY_EXTENSION];
  if (!isObject(ory) || !isObject(ory.credentials)) return false;
  const password = ory.credentials.password;
  return isObject(password) && password.identifier === true;
}

/**
 * The identifier kinds of an identity schema: its traits marked
 * `"ory.sh/kratos": { "credentials": { "password": { "identifier": true } } }`, in schema order, each once.
 * Anything that isn't such a schema gives `[]`.
 *
 * @example
 * ```ts
 * identifierKinds({ properties: { traits: { properties: { email: { type: 'string', format: 'email',
 *   'ory.sh/kratos': { credentials: { password: { identifier: true } } } } } } } }); // ['email']
 * ```
 */
export function identifierKinds(schema: unknown): IdentifierKind[] {
  const kinds: IdentifierKind[] = [];
  const visit = (properties: unknown, depth: number) => {
    if (!isObject(properties) || depth > 8) return;
    for (const [name, property] of Object.entries(properties)) {
      if (!isObject(property)) continue;
      if (isPasswordIdentifier(property)) {
        const kind = kindOf(name, property);
        if (!kinds.includes(kind)) kinds.push(kind);
      }
      visit(property.properties, depth + 1);
    }
  };
  const traits = isObject(schema) && isObject(schema.properties) ? schema.properties.traits : undefined;
  if (isObject(traits)) visit(traits.properties, 0);
  return kinds;
}

/**
 * The identifier kind an input's own attributes show (`type="email"`, `autocomplete="tel"`, …).
 * @example identifierKindOfInput({ type: 'email' }); // 'email'
 */
export function identifierKindOfInput(attributes: unknown): IdentifierKind | undefined {
  if (!isObject(attributes)) return undefined;
  const type = attributes.type;
  const autocomplete = typeof attributes.autocomplete === 'string' ? attributes.autocomplete.split(/\s+/) : [];
  if (type === 'email' || autocomplete.includes('email')) return 'email';
  if (type === 'tel' || autocomplete.includes('tel')) return 'phone';
  return undefined;
}

/** Well-known trait names (the last segment of `traits.…`), as Ory's example schemas spell them. */
const TRAITS: Readonly<Record<string, TraitKey>> = {
  email: 'email',
  username: 'username',
  phone: 'phone',
  phone_number: 'phone',
  first: 'first_name',
  first_name: 'first_name',
  given_name: 'first_name',
  last: 'last_name',
  last_name: 'last_name',
  family_name: 'last_name',
  name: 'name',
};

/**
 * The well-known trait a node stands for, from its name: `traits.email` → `email`,
 * `traits.name.first` → `first_name`. Only names under `traits.` count.
 * @example wellKnownTrait('traits.name.last'); // 'last_name'
 */
export function wellKnownTrait(nodeName: string | undefined): TraitKey | undefined {
  if (nodeName === undefined || !nodeName.startsWith('traits.')) return undefined;
  const last = nodeName.slice(nodeName.lastIndexOf('.') + 1).toLowerCase();
  return Object.hasOwn(TRAITS, last) ? TRAITS[last] : undefined;
}

/** Schema titles translated by the app: a text for the active language, or one text per locale. */
export type SchemaTitles = Readonly<Record<string, string | Readonly<Record<string, string>>>>;

/** The entry of a per-locale map for a locale: the exact tag, else its language, else none. */
export function forLocale(texts: string | Readonly<Record<string, string>> | undefined, locale: string): string | undefined {
  if (texts === undefined || typeof texts === 'string') return texts;
  const lower = locale.toLowerCase();
  const language = lower.split('-')[0];
  const entries = Object.entries(texts);
  return (entries.find(([tag]) => tag.toLowerCase() === lower) ?? entries.find(([tag]) => tag.toLowerCase().split('-')[0] === language))?.[1];
}
