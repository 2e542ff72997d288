import { rewriteSetCookie } from './cookies.ts';
import { rebaser, type Rebase } from './urls.ts';

/** How Kratos' and Hydra's answers must look to a browser that reaches them at `origin + prefix`. */
export interface AppView {
  /** Where the browser reaches the servers, e.g. `https://app.example/.ory`. */
  readonly base: string;
  /** Upstream URLs → the app's. */
  readonly rebase: Rebase;
  /** One `Set-Cookie` line, made the app host's. */
  readonly setCookie: (line: string) => string;
}

/** The view of an app at `origin` that serves the servers at `upstreams` under `prefix`. */
export function appView(origin: string, prefix: string, upstreams: readonly string[]): AppView {
  const base = origin + normalizePrefix(prefix);
  const https = origin.startsWith('https:');
  return { base, rebase: rebaser(upstreams, base), setCookie: (line) => rewriteSetCookie(line, https) };
}

/** `.ory/` → `/.ory`; `/` → ``. */
export const normalizePrefix = (prefix: string) => `/${prefix.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
