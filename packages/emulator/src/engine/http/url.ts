import { dict } from './keys.ts';

/** Appends path segments to a base URL the way ory/x's urlx.AppendPaths does (one slash between). */
export function appendPath(base: string, ...paths: string[]): string {
  const u = new URL(base);
  let p = u.pathname.replace(/\/+$/, '');
  for (const seg of paths) {
    const s = seg.replace(/^\/+/, '').replace(/\/+$/, '');
    if (s) p += '/' + s;
  }
  u.pathname = p || '/';
  if (!paths.length) return u.toString();
  return u.toString();
}

/** Go's url.Values.Encode(): keys sorted, `+` for spaces. */
export function encodeQuery(values: Record<string, string | undefined>): string {
  const keys = Object.keys(values)
    .filter((k) => values[k] !== undefined)
    .sort();
  return keys.map((k) => `${goEscape(k)}=${goEscape(values[k] ?? '')}`).join('&');
}

/** Go's url.QueryEscape. */
export function goEscape(s: string): string {
  return encodeURIComponent(s)
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** urlx.CopyWithQuery: merges `values` into the URL's query (existing keys replaced), re-encoded and sorted. */
export function withQuery(base: string, values: Record<string, string | undefined>): string {
  const u = new URL(base);
  const merged = dict<string | undefined>();
  for (const [k, v] of u.searchParams) if (!Object.hasOwn(merged, k)) merged[k] = v;
  Object.assign(merged, values);
  const q = encodeQuery(merged);
  u.search = q ? '?' + q : '';
  return u.toString();
}

/** The value of `name` in a URL's query ('' when absent or unparsable). */
export function queryParam(url: string, name: string): string {
  try {
    return new URL(url, 'http://x').searchParams.get(name) ?? '';
  } catch {
    return '';
  }
}
