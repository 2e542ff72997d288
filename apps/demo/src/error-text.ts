// Admin errors as people read them: Hydra's `error_description`, and Kratos' JSON-schema validation
// errors ("I[#/traits/email] S[#/properties/…] "x" is not valid "email"") as one sentence per field.

const SCHEMA_ERROR = /I\[#\/?([^\]]*)\](?:\s*S\[[^\]]*\])?\s*([^;\n]*)/g;

/** "traits/name/first" → "Name first". */
function fieldName(path: string): string {
  const words = path
    .split('/')
    .filter((p) => p !== '' && p !== 'traits')
    .join(' ')
    .replace(/_/g, ' ');
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'The identity';
}

/**
 * Kratos' schema errors as sentences; any other text as it is.
 * @example
 * ```ts
 * schemaSentences('I[#/traits/email] S[#/properties/traits/properties/email/format] "x" is not valid "email"');
 * // 'Email: "x" is not valid "email".'
 * ```
 */
export function schemaSentences(text: string): string {
  const parts = [...text.matchAll(SCHEMA_ERROR)];
  if (!parts.length) return text;
  return parts
    .map(([, path = '', message = '']) => {
      const said = message.trim().replace(/[.\s]+$/, '');
      return `${fieldName(path)}: ${said || 'is not valid'}.`;
    })
    .join(' ');
}

/**
 * The sentence of an admin API error body: Kratos' `error.reason` / `error.message`, Hydra's
 * `error_description`, else the fallback (the request line).
 * @example
 * ```ts
 * adminErrorText({ error: 'invalid_request', error_description: 'The redirect URI is not valid.' }, 'POST /admin/clients: 400'); // 'The redirect URI is not valid.'
 * ```
 */
export function adminErrorText(body: unknown, fallback: string): string {
  const root = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const error = typeof root['error'] === 'object' && root['error'] !== null ? (root['error'] as Record<string, unknown>) : {};
  const text = [error['reason'], error['message'], root['error_description'], root['error_hint']].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return schemaSentences(text ?? fallback);
}
