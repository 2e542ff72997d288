import { appView, normalizePrefix } from './app-view.ts';
import { setCookiesOf } from './cookies.ts';
import { upstreamFor, type Upstream } from './proxy-path.ts';
import { rebaseJsonText } from './urls.ts';

export interface OryProxyOptions {
  /** Kratos' public API as this server reaches it, e.g. `http://127.0.0.1:4433`. */
  kratosPublicUrl: string;
  /** Kratos' `serve.public.base_url` when it differs from `kratosPublicUrl`; its URLs are rewritten too. */
  kratosBaseUrl?: string;
  /** Hydra's public API (`/oauth2/…`, `/userinfo`, `/.well-known/openid-configuration`); left out, those paths are 404. */
  hydraPublicUrl?: string;
  /** Hydra's `urls.self.public` when it differs from `hydraPublicUrl`. */
  hydraBaseUrl?: string;
  /** The path the proxy is served under on the app's origin. Default `/.ory`. */
  prefix?: string;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch;
}

// RFC 9110 §7.6.1 hop-by-hop headers, plus what fetch computes itself: length and encoding (it decodes bodies).
const DROPPED_REQUEST = new Set(['connection', 'keep-alive', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length', 'accept-encoding']);
const DROPPED_RESPONSE = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-connection', 'trailer', 'transfer-encoding', 'upgrade', 'content-length', 'content-encoding', 'set-cookie']);

const refuse = (status: 400 | 404, text: string) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * A same-origin proxy for Kratos' and Hydra's public APIs, as a `(request: Request) => Promise<Response>`
 * handler to mount under `prefix` in any framework (a Next.js route handler, a React Router resource
 * route, Hono, Deno, Bun…). With it the browser talks to one origin, so Kratos' cookies are first-party:
 *
 * - method, path, query, body and headers go to the server (hop-by-hop headers do not);
 * - `Set-Cookie` loses `Domain` (the cookie belongs to the app's host) and, on an http app, `Secure`;
 * - `Location` headers and the absolute Kratos URLs in JSON bodies (`ui.action`, `redirect_browser_to`,
 *   links) point to `origin + prefix` instead of the server;
 * - only the servers' public paths are forwarded, and only to the configured URLs: `..`, `//`, encoded
 *   slashes and anything outside the prefix are refused (400/404), never fetched.
 *
 * @example
 * // A Next.js catch-all route handler at the prefix ([...path]/route.ts)
 * import { createOryProxy } from '@orykit/client/server'
 * const proxy = createOryProxy({ kratosPublicUrl: 'http://127.0.0.1:4433', hydraPublicUrl: 'http://127.0.0.1:4444', prefix: '/.ory' })
 * export { proxy as GET, proxy as POST, proxy as PUT, proxy as PATCH, proxy as DELETE }
 */
export function createOryProxy(options: OryProxyOptions): (request: Request) => Promise<Response> {
  const prefix = normalizePrefix(options.prefix ?? '/.ory');
  const send = options.fetch ?? globalThis.fetch;
  const targets: Partial<Record<Upstream, string>> = { kratos: options.kratosPublicUrl };
  if (options.hydraPublicUrl) targets.hydra = options.hydraPublicUrl;
  const upstreams = [options.kratosBaseUrl, options.kratosPublicUrl, options.hydraBaseUrl, options.hydraPublicUrl].filter(
    (url): url is string => url !== undefined,
  );
  const kratosBases = [options.kratosBaseUrl ?? options.kratosPublicUrl, options.kratosPublicUrl];

  return async (request) => {
    const url = new URL(request.url);
    if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return refuse(404, 'Not under the Ory proxy prefix');
    const path = url.pathname.slice(prefix.length) || '/';
    const upstream = upstreamFor(path, targets.hydra !== undefined);
    if (upstream === undefined) return refuse(404, 'Not a public Ory path');
    const base = new URL(targets[upstream]!);
    const target = new URL(base.href.replace(/\/+$/, '') + path + url.search);
    // Belt and braces: the path check above should make this impossible.
    if (target.origin !== base.origin) return refuse(400, 'Refused');

    const headers = new Headers();
    request.headers.forEach((value, name) => {
      if (!DROPPED_REQUEST.has(name)) headers.set(name, value);
    });
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const response = await send(target, {
      method: request.method,
      headers,
      redirect: 'manual',
      ...(hasBody ? { body: await request.arrayBuffer() } : {}),
    });

    const view = appView(url.origin, prefix, upstreams);
    const out = new Headers();
    response.headers.forEach((value, name) => {
      if (!DROPPED_RESPONSE.has(name)) out.set(name, value);
    });
    for (const line of setCookiesOf(response)) out.append('Set-Cookie', view.setCookie(line));
    const location = response.headers.get('location');
    if (location) out.set('Location', view.rebase(location));

    const empty = request.method === 'HEAD' || [101, 204, 205, 304].includes(response.status);
    let body: BodyInit | null = empty ? null : response.body;
    if (!empty && upstream === 'kratos' && /\bjson\b/.test(response.headers.get('content-type') ?? '')) {
      // Only Kratos: Hydra's JSON (discovery, tokens) names its issuer, which must stay what Hydra says.
      body = rebaseJsonText(await response.text(), appView(url.origin, prefix, kratosBases).rebase);
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers: out });
  };
}
