/**
 * Property names that reach `Object.prototype` (or a constructor) when used as keys: the emulator never
 * takes them from input — form and JSON bodies, dotted keys, JSON Patch pointers — so no request can
 * write to a prototype (issue 11, item 2).
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key);
}

/** `JSON.parse` without the unsafe keys, at every depth. */
export function parseJsonSafely(raw: string): unknown {
  return JSON.parse(raw, (key, value: unknown) => (isUnsafeKey(key) ? undefined : value));
}

/** An object with no prototype: a key read from input can only ever be an own property. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
