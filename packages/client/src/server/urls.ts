/**
 * Moves absolute URLs from one base to another: `http://kratos:4433/self-service/login?flow=1` under
 * `http://kratos:4433` becomes `https://app.example/.ory/self-service/login?flow=1`. Anything not under a
 * base (the app's own `return_to`, another host) is left alone.
 */
export type Rebase = (url: string) => string;

const trim = (url: string) => url.replace(/\/+$/, '');

/** A {@link Rebase} from each of `from` to `to`; a base matches whole path segments only. */
export function rebaser(from: readonly string[], to: string): Rebase {
  const bases = [...new Set(from.map(trim))].filter((base) => base !== trim(to));
  return (url) => {
    for (const base of bases) {
      const rest = url.slice(base.length);
      if (url.startsWith(base) && (rest === '' || '/?#'.includes(rest[0]!))) return trim(to) + rest;
    }
    return url;
  };
}

/** Applies a {@link Rebase} to every string in a parsed JSON value (`ui.action`, `redirect_browser_to`, links). */
export function rebaseJson(value: unknown, rebase: Rebase): unknown {
  if (typeof value === 'string') return rebase(value);
  if (Array.isArray(value)) return value.map((item) => rebaseJson(item, rebase));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rebaseJson(item, rebase)]));
  }
  return value;
}

/** {@link rebaseJson} on a JSON text; a text that does not parse is returned as it is. */
export function rebaseJsonText(text: string, rebase: Rebase): string {
  try {
    return JSON.stringify(rebaseJson(JSON.parse(text), rebase));
  } catch {
    return text;
  }
}
