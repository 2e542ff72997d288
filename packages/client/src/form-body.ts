/**
 * Turns a nested body into the flat `a.b` keys Kratos reads from HTML forms
 * (`{ traits: { email } }` → `traits.email`), the way a `<form>` would send it. Only the operations that
 * accept a form body import it (the generated table passes it to them), so other bundles do not carry it.
 *
 * @example
 * formBody({ method: 'password', traits: { email: 'ada@example.com' } }).toString()
 * // 'method=password&traits.email=ada%40example.com'
 */
export function formBody(body: Record<string, unknown>, into = new URLSearchParams(), prefix = ''): URLSearchParams {
  for (const [key, value] of Object.entries(body)) {
    const name = prefix + key;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) into.append(name, String(item));
    else if (typeof value === 'object') formBody(value as Record<string, unknown>, into, `${name}.`);
    else into.append(name, String(value));
  }
  return into;
}
