import { isOryError, type OryError } from '../errors.ts';
import type { FlowType } from '../schemas.ts';
import { appView } from './app-view.ts';
import { flowOperations, type BrowserFlows } from './flow-operations.ts';
import { serverClient, type KratosServerOptions } from './options.ts';
import { redirectResponse, sameOriginPath } from './redirect.ts';
import { rebaseJson } from './urls.ts';

export interface BrowserFlowOptions extends KratosServerOptions {
  /**
   * The prefix where {@link createOryProxy} serves Kratos on the app's origin (e.g. `/.ory`). When set, the
   * flow's URLs (`ui.action`, links), `redirect_browser_to` and the cookies are rewritten as the proxy does,
   * so the browser posts the form to the app's own origin with the CSRF cookie it was handed here.
   * Leave it out when the browser reaches Kratos directly on a shared cookie domain.
   */
  proxyPrefix?: string;
  /** Kratos' `serve.public.base_url` when it differs from `kratosPublicUrl` (Docker, tunnels); with `proxyPrefix`. */
  kratosBaseUrl?: string;
  /** The app's login page, where a missing or too weak session is sent. Default `/login`. */
  loginUrl?: string;
  /** Where a person who is already signed in goes when `return_to` is absent or off-origin. Default `/`. */
  homeUrl?: string;
}

/** A flow to render, with the headers to send back (Kratos' `Set-Cookie`, the CSRF cookie among them). */
export interface BrowserFlowFound<K extends FlowType> {
  flow: BrowserFlows[K];
  /** Holds only `Set-Cookie` lines; pass it to your framework's response (`new Response(html, { headers })`). */
  headers: Headers;
  redirect?: never;
}

/** Kratos' answer means the browser must go elsewhere first: return this response as it is. */
export interface BrowserFlowRedirect {
  redirect: Response;
  flow?: never;
  headers?: never;
}

export type BrowserFlowResult<K extends FlowType> = BrowserFlowFound<K> | BrowserFlowRedirect;

/**
 * Creates or fetches the browser flow of `kind` for an incoming page request: with `?flow=<id>` in the URL
 * it fetches that flow, otherwise it creates one, passing the rest of the query (`return_to`, `aal`,
 * `refresh`, `login_challenge`…) to Kratos. The request's `Cookie` goes to Kratos, Kratos' `Set-Cookie`
 * comes back in `headers`. Kratos' answers that mean "go elsewhere" become a 303 `redirect`:
 *
 * - flow expired (410), unknown (404) or its CSRF cookie missing (403 `security_csrf_violation`):
 *   this page without `?flow=` (a new flow), or with the `use_flow_id` Kratos names;
 * - `session_already_available`: the `return_to` of the URL when it is same-origin, else `homeUrl`;
 * - 422 `browser_location_change_required`: its `redirect_browser_to`;
 * - no session (401) or `session_aal2_required` (403) for settings and the others: `loginUrl`
 *   (with `aal=aal2`) and `return_to` set to this page.
 *
 * Anything else is thrown as the client's typed error (`OryError`, `OryNetworkError`…).
 *
 * @example
 * import { getBrowserFlow } from '@orykit/client/server'
 * export async function loader({ request }: { request: Request }) {
 *   const result = await getBrowserFlow(request, 'login', { kratosPublicUrl: 'http://127.0.0.1:4433', proxyPrefix: '/.ory' })
 *   if (result.redirect) return result.redirect
 *   return Response.json(result.flow, { headers: result.headers })
 * }
 */
export async function getBrowserFlow<K extends FlowType>(
  request: Request,
  kind: K,
  options: BrowserFlowOptions,
): Promise<BrowserFlowResult<K>> {
  const url = new URL(request.url);
  const { client, setCookies } = serverClient(request, options);
  const view =
    options.proxyPrefix === undefined
      ? undefined
      : appView(url.origin, options.proxyPrefix, [options.kratosBaseUrl ?? options.kratosPublicUrl, options.kratosPublicUrl]);
  const cookies = () => (view ? setCookies.map(view.setCookie) : setCookies);
  const operations = flowOperations[kind];
  const id = url.searchParams.get('flow');
  try {
    const query = new URLSearchParams(url.searchParams);
    query.delete('flow');
    const flow = id ? await operations.get(client, id) : await operations.create(client, { query: Object.fromEntries(query) });
    const headers = new Headers();
    for (const line of cookies()) headers.append('Set-Cookie', line);
    return { flow: (view ? rebaseJson(flow, view.rebase) : flow) as BrowserFlows[K], headers };
  } catch (error) {
    if (!isOryError(error)) throw error;
    const location = redirectFor(error, kind, url, options);
    if (location === undefined) throw error;
    return { redirect: redirectResponse(view ? view.rebase(location) : location, cookies()) };
  }
}

/** Where Kratos' error answer sends the browser, or undefined when it is an error to show. */
function redirectFor(error: OryError, kind: FlowType, url: URL, options: BrowserFlowOptions): string | undefined {
  const page = (change: (query: URLSearchParams) => void) => {
    const query = new URLSearchParams(url.searchParams);
    change(query);
    const search = query.toString();
    return url.pathname + (search ? `?${search}` : '');
  };
  if (error.status === 410 && error.useFlowId) return page((query) => query.set('flow', error.useFlowId!));
  if (error.status === 410 || error.status === 404 || error.id === 'security_csrf_violation') {
    return page((query) => query.delete('flow'));
  }
  if (error.id === 'session_already_available') {
    return sameOriginPath(url.searchParams.get('return_to'), url.origin) ?? options.homeUrl ?? '/';
  }
  if (error.status === 422 && error.redirectBrowserTo) return error.redirectBrowserTo;
  if (kind !== 'login' && (error.status === 401 || error.id === 'session_aal2_required')) {
    const login = new URL(options.loginUrl ?? '/login', url.origin);
    if (error.id === 'session_aal2_required') login.searchParams.set('aal', 'aal2');
    login.searchParams.set('return_to', url.href);
    return login.origin === url.origin ? login.pathname + login.search : login.href;
  }
  return undefined;
}
