import type { Clock } from '../engine/types.ts';
import { systemClock } from '../engine/util/clock.ts';

interface StoredCookie {
  value: string;
  /** Epoch ms after which the cookie is gone; `undefined` for a session cookie. */
  expires: number | undefined;
}

/**
 * Cookies per host (ports do not count, as in browsers), for adapters that cannot use a real jar.
 * Expiry is judged by the emulator's clock, the one that stamped the cookies, so moving that clock
 * expires them as a browser would and real time never does.
 */
export class CookieStore {
  private readonly hosts = new Map<string, Map<string, StoredCookie>>();

  constructor(private readonly clock: Clock = systemClock) {}

  store(url: URL, setCookies: readonly string[]): void {
    const jar = this.hosts.get(url.hostname) ?? new Map<string, StoredCookie>();
    this.hosts.set(url.hostname, jar);
    const now = this.clock.now();
    for (const line of setCookies) {
      const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
      const i = pair.indexOf('=');
      if (i <= 0) continue;
      const expires = expiryOf(attrs, now);
      if (expires !== undefined && expires <= now) jar.delete(pair.slice(0, i));
      else jar.set(pair.slice(0, i), { value: pair.slice(i + 1), expires });
    }
  }

  /** The `Cookie` header for a URL ('' when none). */
  header(url: URL): string {
    const jar = this.hosts.get(url.hostname);
    if (!jar) return '';
    const now = this.clock.now();
    const live: string[] = [];
    for (const [name, cookie] of jar) {
      if (cookie.expires !== undefined && cookie.expires <= now) jar.delete(name);
      else live.push(`${name}=${cookie.value}`);
    }
    return live.join('; ');
  }

  clear(): void {
    this.hosts.clear();
  }
}

/** `Max-Age` wins over `Expires` (RFC 6265 §5.3); both are read against `now`. */
function expiryOf(attrs: readonly string[], now: number): number | undefined {
  let expires: number | undefined;
  for (const attr of attrs) {
    const eq = attr.indexOf('=');
    const key = (eq < 0 ? attr : attr.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : attr.slice(eq + 1);
    if (key === 'max-age') return now + Number(value) * 1000;
    if (key === 'expires' && !Number.isNaN(Date.parse(value))) expires = Date.parse(value);
  }
  return expires;
}
