// A user agent read for people ("Chrome 120 · macOS"): the browser and the system, nothing to translate.
// A small table of our own, most specific first (Edge's and Opera's agents also say "Chrome" and "Safari").

const BROWSERS: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ['Edge', /\b(?:Edg|EdgA|EdgiOS)\/(\d+)/],
  ['Opera', /\b(?:OPR|OPiOS)\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /\b(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\//],
  ['Safari', /\bSafari\/()/],
];

const SYSTEMS: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ['iPadOS', /\biPad\b/],
  ['iOS', /\b(?:iPhone|iPod)\b/],
  ['Android', /\bAndroid\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['Windows', /\bWindows\b/],
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['Linux', /\bLinux\b/],
];

/**
 * "Chrome 120 · macOS" from a user agent; its first 60 characters when neither part is known.
 * @example
 * ```ts
 * describeUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36');
 * // 'Chrome 120 · macOS'
 * ```
 */
export function describeUserAgent(ua: string | undefined): string | undefined {
  if (!ua) return undefined;
  let browser: string | undefined;
  for (const [name, pattern] of BROWSERS) {
    const m = pattern.exec(ua);
    if (m) {
      browser = m[1] ? `${name} ${m[1]}` : name;
      break;
    }
  }
  const system = SYSTEMS.find(([, pattern]) => pattern.test(ua))?.[0];
  const parts = [browser, system].filter(Boolean);
  return parts.length ? parts.join(' · ') : ua.slice(0, 60);
}

/**
 * An IP address without the port Kratos may record with it (`127.0.0.1:53878`, `[::1]:4433`).
 * @example
 * ```ts
 * withoutPort('203.0.113.7:53878'); // '203.0.113.7'
 * withoutPort('2001:db8::1');       // '2001:db8::1'
 * ```
 */
export function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1]!;
  // One colon: IPv4 (or a name) with a port. More: a bare IPv6 address, which has no port.
  const parts = address.split(':');
  return parts.length === 2 && /^\d+$/.test(parts[1]!) ? parts[0]! : address;
}
