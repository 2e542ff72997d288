// A browser's cookie jar, as little as the server tests need: one host, names and values, deletion.
export interface CookieJar {
  /** The `Cookie` header for the next request. */
  header(): string;
  /** Stores the `Set-Cookie` lines of a response and keeps them in `lines` for assertions. */
  store(response: Response): void;
  readonly lines: string[];
}

export function cookieJar(): CookieJar {
  const cookies = new Map<string, string>();
  const lines: string[] = [];
  return {
    lines,
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    store(response) {
      for (const line of response.headers.getSetCookie()) {
        lines.push(line);
        const [pair = ''] = line.split(';');
        const i = pair.indexOf('=');
        const name = pair.slice(0, i).trim();
        if (/;\s*max-age=(0|-)/i.test(line)) cookies.delete(name);
        else cookies.set(name, pair.slice(i + 1).trim());
      }
    },
  };
}
