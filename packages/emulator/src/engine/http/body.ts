import { dict, isUnsafeKey, parseJsonSafely } from './keys.ts';

/** A JSON value, as parsed from a request body. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export class BodyParseError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Sets `a.b.c` in a nested object (ory/x decoderx: "JSON follows form format"). A key with a segment
 * such as `__proto__` is dropped: it names no field of any Ory payload.
 */
export function setDotted(target: JsonObject, key: string, value: Json): void {
  const parts = key.split('.');
  if (parts.some(isUnsafeKey)) return;
  let cur = target;
  for (const p of parts.slice(0, -1)) {
    const next = Object.hasOwn(cur, p) ? cur[p] : undefined;
    if (!isObject(next)) cur[p] = dict<Json>();
    cur = cur[p] as JsonObject;
  }
  cur[parts[parts.length - 1]!] = value;
}

/** Expands dotted keys of a JSON object into nested objects. */
export function expandDotted(input: JsonObject): JsonObject {
  const out = dict<Json>();
  for (const [k, v] of Object.entries(input)) {
    if (k.includes('.')) setDotted(out, k, v);
    else if (isUnsafeKey(k)) continue;
    else if (isObject(v) && isObject(out[k])) out[k] = Object.assign(dict<Json>(), out[k], v);
    else out[k] = v;
  }
  return out;
}

export type BodyKind = 'json' | 'form' | 'none';

export interface ParsedBody {
  kind: BodyKind;
  /** Nested object; form values are strings (coerce them with the method's schema). */
  data: JsonObject;
}

/** Parses a request body as Kratos' decoderx does: JSON or `application/x-www-form-urlencoded`. */
export function parseBody(contentType: string | undefined, raw: string | undefined): ParsedBody {
  const ct = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (raw === undefined || raw === '') {
    if (ct === 'application/json') throw new BodyParseError('Unable to decode JSON payload: EOF');
    return { kind: ct === 'application/json' ? 'json' : ct ? 'form' : 'none', data: dict<Json>() };
  }
  if (ct === 'application/json' || (!ct && /^\s*[{[]/.test(raw))) {
    let parsed: Json;
    try {
      parsed = parseJsonSafely(raw) as Json;
    } catch (e) {
      throw new BodyParseError(`Unable to decode JSON payload: ${(e as Error).message}`);
    }
    if (!isObject(parsed)) throw new BodyParseError('Unable to decode JSON payload: expected a JSON object');
    return { kind: 'json', data: expandDotted(parsed) };
  }
  const data = dict<Json>();
  for (const [k, v] of new URLSearchParams(raw)) setDotted(data, k, v);
  return { kind: 'form', data };
}

/** Reads a string field ('' when absent). */
export function str(o: JsonObject, key: string): string {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** Reads a boolean field, accepting form strings. */
export function bool(o: JsonObject, key: string): boolean {
  const v = o[key];
  return v === true || v === 'true' || v === '1' || v === 'on';
}

export function obj(o: JsonObject, key: string): JsonObject | undefined {
  const v = o[key];
  return isObject(v) ? v : undefined;
}

export { isObject };
