import { isRecord, str } from '../model.ts';

// The views read Kratos sessions and identities, Hydra requests and self-service errors through these
// readers (the `ui` container goes through model.ts): a value of the wrong type, a list that is not a
// list, or nesting too deep to print becomes a safe default here, so no view throws on server data.

/** The records of a list; anything that is not a list, and items that are not objects, are dropped. */
export function records(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}

/**
 * The non-empty strings of a list, each once (scopes, audiences).
 * @example
 * ```ts
 * strings(['openid', 5, '', null, 'openid']); // ['openid']
 * ```
 */
export function strings(v: unknown): string[] {
  return Array.isArray(v) ? [...new Set(v.filter((s): s is string => typeof s === 'string' && s !== ''))] : [];
}

/** A Kratos session as the sessions view shows it. */
export interface SessionSummary {
  id: string;
  active: boolean;
  userAgent: string | undefined;
  ipAddress: string | undefined;
  location: string | undefined;
  authenticatedAt: string | undefined;
  expiresAt: string | undefined;
  /** The methods used (`password`, `totp` …), once each. */
  methods: string[];
}

/**
 * A session, or undefined when the value is not one (no object, or no id to revoke it by).
 * @example
 * ```ts
 * readSession({ id: 's1', authentication_methods: null })?.methods; // []
 * ```
 */
export function readSession(v: unknown): SessionSummary | undefined {
  if (!isRecord(v)) return undefined;
  const id = str(v['id']);
  if (!id) return undefined;
  const device = records(v['devices'])[0] ?? {};
  const methods = records(v['authentication_methods']).map((m) => str(m['method'])).filter((m): m is string => Boolean(m));
  return {
    id,
    active: v['active'] !== false,
    userAgent: str(device['user_agent']),
    ipAddress: str(device['ip_address']),
    location: str(device['location']),
    authenticatedAt: str(v['authenticated_at']),
    expiresAt: str(v['expires_at']),
    methods: [...new Set(methods)],
  };
}

/** The sessions of a list, each once (by id); anything else is dropped. */
export function readSessions(v: unknown): SessionSummary[] {
  const byId = new Map<string, SessionSummary>();
  for (const item of Array.isArray(v) ? v : []) {
    const s = readSession(item);
    if (s && !byId.has(s.id)) byId.set(s.id, s);
  }
  return [...byId.values()];
}

/**
 * What a person calls the account `subject` names: the identity's email, username or phone when the
 * identity is that subject (Hydra's subject is the Kratos identity id, a UUID), else the subject itself.
 * @example
 * ```ts
 * identifierOf({ id: '04ec…', traits: { email: 'ada@example.com' } }, '04ec…'); // 'ada@example.com'
 * ```
 */
export function identifierOf(identity: unknown, subject: string): string {
  if (!isRecord(identity) || (subject !== '' && identity['id'] !== subject)) return subject;
  const traits = isRecord(identity['traits']) ? identity['traits'] : {};
  for (const key of ['email', 'username', 'phone', 'phone_number']) {
    const v = str(traits[key]);
    if (v) return v;
  }
  return subject || (str(identity['id']) ?? '');
}

/**
 * Whether the identity's address with this value is verified; undefined when it has no such address.
 * @example
 * ```ts
 * addressVerified(identity, 'alice@example.com'); // true | false | undefined
 * ```
 */
export function addressVerified(identity: unknown, value: string): boolean | undefined {
  const addresses = isRecord(identity) ? records(identity['verifiable_addresses']) : [];
  const address = addresses.find((a) => a['value'] === value);
  return address ? address['verified'] === true : undefined;
}

/**
 * JSON text of server data for a details element: nesting past `maxDepth` and text past `maxLength` are
 * cut (`JSON.stringify` overflows the stack on a few thousand levels).
 * @example
 * ```ts
 * detailsText({ reason: 'x', deep: [[[[1]]]] }, 2); // '{\n  "reason": "x",\n  "deep": [\n    "…"\n  ]\n}'
 * ```
 */
export function detailsText(v: unknown, maxDepth = 12, maxLength = 20_000): string {
  const text = JSON.stringify(prune(v, maxDepth), null, 2) ?? '';
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}

function prune(v: unknown, depth: number): unknown {
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (typeof v === 'bigint') return String(v);
  if (typeof v !== 'object' || v === null) return v;
  if (depth <= 0) return '…';
  if (Array.isArray(v)) return v.slice(0, 200).map((x) => prune(x, depth - 1));
  // fromEntries defines own keys, so a `__proto__` key from the server stays data.
  return Object.fromEntries(Object.entries(v).slice(0, 200).map(([k, x]) => [k, prune(x, depth - 1)]));
}
