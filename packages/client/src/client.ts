import ky, { type KyInstance } from 'ky';
import type { Service } from './operation.ts';

/** Where each server lives. One string means one origin for all of them (an Ory Network project). */
export type BaseUrls = string | Partial<Record<Service, string>>;

/**
 * How requests carry the user's identity:
 * - `browser`: cookies (`credentials: 'include'`); Kratos answers browser flows with JSON, not redirects;
 * - `native`: the session token in `X-Session-Token` (mobile, CLI, tests);
 * - `server`: forwards a browser's `Cookie` header (SSR, API routes).
 */
export type ClientMode = 'browser' | 'native' | 'server';

export interface OryClientOptions {
  /** Base URL(s). Paths are appended, so a tunnel prefix such as `https://app.example/.ory` works. */
  baseUrl: BaseUrls;
  /** Defaults to `browser` where `document` exists, else `server`. */
  mode?: ClientMode;
  /** `native` mode: the session token sent as `X-Session-Token` to Kratos' public API. */
  sessionToken?: string;
  /** `server` mode: the incoming request's `Cookie` header, forwarded to Kratos' public API. */
  cookie?: string;
  /** API key / admin token, sent as `Authorization: Bearer` to admin and Ory Network operations. */
  apiKey?: string;
  /** Headers for every request. */
  headers?: Record<string, string>;
  /** Milliseconds for a whole call (attempts, waits between retries, the body); default 10 000, `false` for none. */
  timeout?: number | false;
  /** Retries for idempotent requests (GET, PUT, DELETE) on network errors and 408/429/5xx; default 2. */
  retry?: number;
  /** Your own ky instance (hooks, proxies…). Its retry and timeout settings are overridden per call. */
  ky?: KyInstance;
  /** A fetch implementation, e.g. for tests or a platform without a global one. */
  fetch?: typeof fetch;
  /**
   * Where the kit may send a person besides the app's own origin (`return_to`, `returnTo`): origins
   * (`https://shop.example`) or URL prefixes (`https://example.com/app`, matched on path segments).
   */
  allowedReturnUrls?: readonly string[];
  /** Where script nodes may load from besides Kratos' origin: origins or URL prefixes. */
  allowedScriptUrls?: readonly string[];
}

/** A configured client: pass it to any operation. Create it once with {@link createOryClient}. */
export interface OryClient {
  readonly options: Readonly<OryClientOptions>;
  readonly mode: ClientMode;
  readonly ky: KyInstance;
  /** The base URL of a server, or undefined when it is not configured. */
  baseUrl(service: Service): string | undefined;
}

/**
 * Creates a client. It holds configuration only; operations are imported one by one so that bundles
 * carry only those they use.
 *
 * @example
 * import { createOryClient, toSession } from '@orykit/client'
 * const ory = createOryClient({ baseUrl: 'https://auth.example.com' })
 * const session = await toSession(ory)
 */
export function createOryClient(options: OryClientOptions): OryClient {
  const mode = options.mode ?? (typeof document === 'undefined' ? 'server' : 'browser');
  const instance = (options.ky ?? ky).extend({
    ...(options.fetch && { fetch: options.fetch }),
    ...(mode === 'browser' && { credentials: 'include' as const }),
  });
  const { baseUrl } = options;
  return {
    options,
    mode,
    ky: instance,
    baseUrl: (service) => (typeof baseUrl === 'string' ? baseUrl : baseUrl[service]),
  };
}
