/** A minimal cookie jar: enough for one host (cookies ignore ports), Max-Age and Expires honoured. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Stores the `Set-Cookie` values of a response. */
  store(setCookie: readonly string[] | string | undefined | null): void {
    if (!setCookie) return;
    for (const line of (typeof setCookie === 'string' ? [setCookie] : setCookie) as readonly string[]) {
      const [pair, ...attrs] = String(line).split(';').map((s: string) => s.trim());
      if (!pair) continue;
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      let expired = false;
      for (const a of attrs) {
        const [k, v] = a.split('=');
        if (k?.toLowerCase() === 'max-age' && Number(v) <= 0) expired = true;
        if (k?.toLowerCase() === 'expires' && v && Date.parse(v) <= this.now()) expired = true;
      }
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** The `Cookie` request header ('' when empty). */
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }

  has(prefix: string): boolean {
    return [...this.cookies.keys()].some((k) => k.startsWith(prefix));
  }

  delete(name: string): void {
    this.cookies.delete(name);
  }

  clear(): void {
    this.cookies.clear();
  }
}
