import { isInput, str, type NormalizedNode } from '../model.ts';
import type { FlowBody } from '../types.ts';

// Builds the JSON body Kratos expects from a form's fields: `traits.email` → `{ traits: { email } }`,
// checkboxes → booleans, schema numbers → numbers. The clicked submit button's name/value is part of it:
// Kratos selects the method that way.

/** What the body builder needs to know about a field name. */
export interface FieldSpec {
  /** Input types of the nodes with this name (`method` may be both hidden and submit). */
  types: Set<string>;
  /** Groups of the nodes with this name. */
  groups: Set<string>;
  /** Whether the server sent a non-empty value for this name. */
  hadValue: boolean;
  /**
   * A submit button whose value is `true`/`false` (`lookup_secret_reveal`, `lookup_secret_regenerate`,
   * `lookup_secret_confirm`, `lookup_secret_disable`, `totp_unlink`): booleans in Kratos' JSON schemas.
   */
  booleanSubmit: boolean;
}

/**
 * What the body builder needs to know about each field name of a node list.
 * @example
 * ```ts
 * const specs = fieldSpecs(normalizeNodes(flow.ui.nodes));
 * ```
 */
export function fieldSpecs(nodes: readonly NormalizedNode[]): Map<string, FieldSpec> {
  const specs = new Map<string, FieldSpec>();
  for (const n of nodes) {
    if (!isInput(n) || n.attributes.name === '') continue;
    const a = n.attributes;
    let s = specs.get(a.name);
    if (!s) {
      s = { types: new Set(), groups: new Set(), hadValue: false, booleanSubmit: false };
      specs.set(a.name, s);
    }
    s.types.add(a.type);
    s.groups.add(n.group);
    const v = str(a.value);
    if (v !== undefined && v !== '') s.hadValue = true;
    if ((a.type === 'submit' || a.type === 'button') && (v === 'true' || v === 'false')) s.booleanSubmit = true;
  }
  return specs;
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Sets `obj[a][b][c] = value` for the path `a.b.c`; refuses prototype-polluting segments.
 * @example
 * ```ts
 * const body = {};
 * setPath(body, 'traits.name.first', 'Ada'); // { traits: { name: { first: 'Ada' } } }
 * ```
 */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  if (parts.some((p) => p === '' || FORBIDDEN_SEGMENTS.has(p))) {
    // Not a nested path we understand: keep it flat (still never on the prototype).
    if (!FORBIDDEN_SEGMENTS.has(path)) Object.defineProperty(obj, path, { value, enumerable: true, writable: true, configurable: true });
    return;
  }
  let cur: Record<string, unknown> = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i] as string;
    const next = Object.prototype.hasOwnProperty.call(cur, k) ? cur[k] : undefined;
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      const created: Record<string, unknown> = {};
      cur[k] = created;
      cur = created;
    } else {
      cur = next as Record<string, unknown>;
    }
  }
  cur[parts[parts.length - 1] as string] = value;
}

const TEXTLIKE = new Set(['text', 'email', 'password', 'tel', 'url', 'date', 'datetime-local', 'number']);

export interface BuildBodyOptions {
  /** The group of the clicked submit button; fields of other groups (except `default`) are left out. */
  submitterGroup?: string | undefined;
  /** The clicked button's name (always included). */
  submitterName?: string | undefined;
}

/**
 * Turns form entries (e.g. `new FormData(form, submitter)`) into a JSON body.
 *
 * - Fields whose nodes belong only to groups other than `default` and the submitter's group are left
 *   out (one `<form>` holds every method; Kratos expects one method's fields).
 * - Unchecked checkboxes become `false`, checked ones `true`; submit buttons valued `true`/`false`
 *   (`lookup_secret_reveal`, `totp_unlink`, …) become booleans, as Kratos' JSON schemas require.
 * - `type=number` inputs named `traits.*` become numbers (the identity schema says number); other
 *   number inputs (e.g. the recovery `code`, a string in Kratos' schema) stay strings.
 * - Empty text fields the server had no value for are left out, so optional traits stay absent.
 * @example
 * ```ts
 * const specs = fieldSpecs(normalizeNodes(flow.ui.nodes));
 * const body = buildBody(new FormData(form, submitter).entries(), specs, { submitterGroup: 'password', submitterName: 'method' });
 * ```
 */
export function buildBody(
  entries: Iterable<[string, FormDataEntryValue]>,
  specs: Map<string, FieldSpec>,
  opts: BuildBodyOptions = {},
): FlowBody {
  const body: FlowBody = {};
  const { submitterGroup, submitterName } = opts;
  const inScope = (name: string): boolean => {
    if (name === submitterName) return true;
    const s = specs.get(name);
    if (!s || submitterGroup === undefined) return true;
    return s.groups.has('default') || s.groups.has(submitterGroup);
  };

  const seen = new Set<string>();
  for (const [name, raw] of entries) {
    if (typeof raw !== 'string' || name === '') continue; // files are not part of any Ory flow
    if (!inScope(name)) continue;
    seen.add(name);
    const s = specs.get(name);
    let value: unknown = raw;
    if (s?.types.has('checkbox') && s.types.size === 1) {
      value = true;
    } else if (s?.booleanSubmit && (raw === 'true' || raw === 'false')) {
      value = raw === 'true';
    } else if (s?.types.has('number') && name.startsWith('traits.')) {
      if (raw.trim() === '') continue;
      const n = Number(raw);
      value = Number.isFinite(n) ? n : raw;
    } else if (raw === '' && s && !s.hadValue && [...s.types].every((t) => TEXTLIKE.has(t))) {
      continue;
    }
    setPath(body, name, value);
  }

  for (const [name, s] of specs) {
    if (seen.has(name) || !inScope(name)) continue;
    if (s.types.has('checkbox') && s.types.size === 1) setPath(body, name, false);
  }
  return body;
}
