/** Parses a `Cookie` request header. The first occurrence of a name wins, as in Go's net/http. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    let value = part.slice(i + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length > 1) value = value.slice(1, -1);
    if (name && !out.has(name)) out.set(name, value);
  }
  return out;
}

export interface CookieOptions {
  path?: string;
  /** Seconds; negative deletes the cookie. */
  maxAge?: number;
  /** Expiry in epoch milliseconds. */
  expires?: number;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: 'Lax' | 'Strict' | 'None';
}

/** Serializes a `Set-Cookie` value in the order Go's http.Cookie.String() writes the attributes. */
export function serializeCookie(name: string, value: string, o: CookieOptions = {}): string {
  let s = `${name}=${value}`;
  if (o.path) s += `; Path=${o.path}`;
  if (o.expires !== undefined) s += `; Expires=${new Date(o.expires).toUTCString()}`;
  if (o.maxAge !== undefined) s += o.maxAge > 0 ? `; Max-Age=${Math.floor(o.maxAge)}` : '; Max-Age=0';
  if (o.httpOnly) s += '; HttpOnly';
  if (o.secure) s += '; Secure';
  if (o.sameSite) s += `; SameSite=${o.sameSite}`;
  return s;
}
