/** Cookies per host (ports do not count, as in browsers), for adapters that cannot use a real jar. */
export class CookieStore {
  private readonly hosts = new Map<string, Map<string, string>>();

  store(url: URL, setCookies: readonly string[]): void {
    const jar = this.hosts.get(url.hostname) ?? new Map<string, string>();
    this.hosts.set(url.hostname, jar);
    for (const line of setCookies) {
      const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
      const i = pair.indexOf('=');
      if (i <= 0) continue;
      const name = pair.slice(0, i);
      const expired = attrs.some((a) => {
        const [k = '', v = ''] = a.split('=');
        return (k.toLowerCase() === 'max-age' && Number(v) <= 0) || (k.toLowerCase() === 'expires' && Date.parse(v) <= Date.now());
      });
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(i + 1));
    }
  }

  /** The `Cookie` header for a URL ('' when none). */
  header(url: URL): string {
    const jar = this.hosts.get(url.hostname);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  clear(): void {
    this.hosts.clear();
  }
}
