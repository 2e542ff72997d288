/** Joins class names, skipping falsy values. */
export function cx(...parts: Array<string | false | null | undefined>): string {
  let out = '';
  for (const p of parts) if (p) out = out ? `${out} ${p}` : p;
  return out;
}

/** A string safe to use inside an HTML id (letters, digits, `-`, `_`). */
export function idPart(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 80) || 'x';
}
