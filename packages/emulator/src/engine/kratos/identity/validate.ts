import { codePointLength } from '../../util/strings.ts';
import type { UiText } from '../../../nodes/types.ts';
import { text } from '../../../nodes/text.ts';
import type { IdentitySchemaDocument } from '../../options.ts';
import { deref, extensionOf, properties, requiredOf, schemaType, type SchemaNode } from './schema.ts';

/** One validation message and the dotted path of the field it belongs to ('' for the form). */
export interface ValidationEntry {
  path: string;
  message: UiText;
}

/** A validation error in Kratos' terms (schema.ValidationError / jsonschema.ValidationError). */
export class ValidationError extends Error {
  constructor(readonly entries: ValidationEntry[]) {
    super(entries.map((e) => e.message.text).join('; '));
  }
}

export function validationError(path: string, message: UiText): ValidationError {
  return new ValidationError([{ path, message }]);
}

const EMAIL_RE = /^[^\s@"<>()[\],;:]+@[^\s@"<>()[\],;:]+$/;

/** ory/jsonschema's format checkers, for the formats identity schemas use. */
export function checkFormat(format: string, v: string): boolean {
  switch (format) {
    case 'email':
      return v.length <= 254 && EMAIL_RE.test(v) && (v.split('@')[0] ?? '').length <= 64;
    case 'uri':
    case 'url':
      try {
        return Boolean(new URL(v).protocol);
      } catch {
        return false;
      }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
    case 'date-time':
      return !Number.isNaN(Date.parse(v)) && /T/.test(v);
    case 'tel':
      return /^\+?[0-9 ()-]{4,}$/.test(v);
    default:
      return true;
  }
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(expected: string, v: unknown): boolean {
  const t = jsonType(v);
  if (expected === 'number') return t === 'number' || t === 'integer';
  return expected === t;
}

const goQuote = (s: string): string => JSON.stringify(s);

/**
 * Validates `{ traits }` against an identity schema and reports messages the way Kratos does:
 * missing properties as 4000002 on the missing field, everything else as 4000001 with
 * ory/jsonschema's English message on the offending field.
 */
export function validateIdentityDocument(doc: IdentitySchemaDocument, instance: Record<string, unknown>): ValidationEntry[] {
  const root = doc as SchemaNode;
  const out: ValidationEntry[] = [];
  const walk = (raw: SchemaNode, value: unknown, path: string[]): void => {
    const s = deref(root, raw);
    const dotted = path.join('.');
    const types = s['type'];
    if (types !== undefined) {
      const list = Array.isArray(types) ? (types as string[]) : [String(types)];
      if (!list.some((t) => typeMatches(t, value))) {
        out.push({ path: dotted, message: text.validationGeneric(`expected ${list.join(' or ')}, but got ${jsonType(value) === 'integer' ? 'number' : jsonType(value)}`) });
        return;
      }
    }
    if (Array.isArray(s['enum']) && !(s['enum'] as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(value))) {
      out.push({ path: dotted, message: text.validationGeneric(`value must be one of ${(s['enum'] as unknown[]).map((e) => JSON.stringify(e)).join(', ')}`) });
    }
    if (typeof value === 'string') {
      const len = codePointLength(value);
      if (typeof s['minLength'] === 'number' && len < s['minLength']) {
        out.push({ path: dotted, message: text.validationGeneric(`length must be >= ${s['minLength']}, but got ${len}`) });
      }
      if (typeof s['maxLength'] === 'number' && len > s['maxLength']) {
        out.push({ path: dotted, message: text.validationGeneric(`length must be <= ${s['maxLength']}, but got ${len}`) });
      }
      if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(value)) {
        out.push({ path: dotted, message: text.validationGeneric(`does not match pattern ${goQuote(s['pattern'])}`) });
      }
      if (typeof s['format'] === 'string' && !checkFormat(s['format'], value)) {
        out.push({ path: dotted, message: text.validationGeneric(`${goQuote(value)} is not valid ${goQuote(s['format'])}`) });
      }
    }
    if (typeof value === 'number') {
      if (typeof s['minimum'] === 'number' && value < s['minimum']) {
        out.push({ path: dotted, message: text.validationGeneric(`must be >= ${s['minimum']} but found ${value}`) });
      }
      if (typeof s['maximum'] === 'number' && value > s['maximum']) {
        out.push({ path: dotted, message: text.validationGeneric(`must be <= ${s['maximum']} but found ${value}`) });
      }
    }
    if (schemaType(s) === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const obj = value as Record<string, unknown>;
      for (const name of requiredOf(s)) {
        if (!(name in obj)) out.push({ path: [...path, name].join('.'), message: text.validationRequired(name) });
      }
      const props = properties(s);
      const known = new Set(props.map(([k]) => k));
      for (const [k, child] of props) if (k in obj) walk(child, obj[k], [...path, k]);
      if (s['additionalProperties'] === false) {
        const extra = Object.keys(obj).filter((k) => !known.has(k));
        if (extra.length) {
          out.push({ path: dotted, message: text.validationGeneric(`additionalProperties ${extra.map(goQuote).join(', ')} not allowed`) });
        }
      }
    }
  };
  walk(root, instance, []);
  return out;
}

/** What the `ory.sh/kratos` extensions pick out of valid traits. */
export interface ExtractedIdentifiers {
  password: string[];
  webauthn: string[];
  totpAccountName?: string;
  verification: { via: string; value: string }[];
  recovery: { via: string; value: string }[];
}

export function extractIdentifiers(doc: IdentitySchemaDocument, traits: unknown): ExtractedIdentifiers {
  const root = doc as SchemaNode;
  const out: ExtractedIdentifiers = { password: [], webauthn: [], verification: [], recovery: [] };
  const add = (list: string[], v: string): void => {
    const lower = v.toLowerCase();
    if (!list.includes(lower)) list.push(lower);
  };
  const visit = (raw: SchemaNode, value: unknown): void => {
    const s = deref(root, raw);
    const ext = extensionOf(s);
    if (ext && value !== undefined && value !== null && typeof value !== 'object') {
      const v = String(value);
      if (ext.credentials?.password?.identifier) add(out.password, v);
      if (ext.credentials?.webauthn?.identifier) add(out.webauthn, v);
      if (ext.credentials?.totp?.account_name) out.totpAccountName = v;
      if (ext.verification?.via && !out.verification.some((a) => a.value === v)) out.verification.push({ via: ext.verification.via, value: v });
      if (ext.recovery?.via && !out.recovery.some((a) => a.value === v)) out.recovery.push({ via: ext.recovery.via, value: v });
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [k, child] of properties(s)) visit(child, (value as Record<string, unknown>)[k]);
    }
    if (Array.isArray(value)) {
      const items = s['items'];
      if (typeof items === 'object' && items !== null) for (const v of value) visit(items as SchemaNode, v);
    }
  };
  visit(root, { traits });
  return out;
}
