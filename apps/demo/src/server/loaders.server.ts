// The route loaders' server side: what a page needs from Kratos before it is rendered, read with the
// incoming request's cookies. Server only (`.server.ts`: React Router keeps it out of the browser bundle).
import {
  clientUrlPolicy,
  createOryClient,
  createSelfServiceLogoutFlowUrlForBrowsers,
  getSelfServiceError,
  isOryError,
  returnToUrl,
  type FlowType,
  type SelfServiceError,
} from '@orykit/client';
import { getBrowserFlow, getSession, type BrowserFlows } from '@orykit/client/server';
import { data, redirect, redirectDocument } from 'react-router';
import { ORY_PREFIXES, isBackendPath } from '../prefixes.ts';
import type { SessionState } from '../session.ts';

/**
 * Kratos' public API as this server reaches it: through the demo's own prefix, where the embedded emulator
 * (or the proxy to a real Kratos, whose `base_url` is that prefix) answers. So the flow's `ui.action`, its
 * cookies and redirects are already the browser's, with nothing to rewrite.
 */
export const kratos = (request: Request) => ({ kratosPublicUrl: new URL(ORY_PREFIXES.kratosPublic, request.url).href });

/** A page's flow, when the server could get one; otherwise the page's hook tries in the browser (and says why). */
export type FlowData<K extends FlowType> = { flow: BrowserFlows[K] | undefined };

/**
 * React Router's redirect for Kratos' "go elsewhere" answers, keeping its `Set-Cookie`. Into a backend prefix
 * or another origin it is a document redirect: React Router's client must not try to route there.
 */
export function redirectFrom(response: Response, request: Request): Response {
  const location = response.headers.get('Location') ?? '/';
  const url = new URL(location, request.url);
  const inApp = url.origin === new URL(request.url).origin && !isBackendPath(url.pathname);
  const headers = new Headers();
  for (const line of response.headers.getSetCookie()) headers.append('Set-Cookie', line);
  return inApp ? redirect(url.pathname + url.search, { status: 303, headers }) : redirectDocument(url.href, { status: 303, headers });
}

/**
 * The page request with `return_to` as the pages' hooks send it (pages/flow-options.ts): absolute (Kratos wants
 * absolute URLs) when it stays on this app, left out otherwise.
 */
function withReturnTo(request: Request): Request {
  const url = new URL(request.url);
  const wanted = url.searchParams.get('return_to');
  if (wanted === null) return request;
  const allowed = returnToUrl(wanted, clientUrlPolicy(undefined, url.href));
  if (allowed) url.searchParams.set('return_to', allowed);
  else url.searchParams.delete('return_to');
  return new Request(url, request);
}

/** Creates or fetches the page's flow (`?flow=`, `return_to`, `aal`, `refresh` from the page's URL). */
export async function flowLoader<K extends FlowType>(request: Request, kind: K) {
  try {
    const result = await getBrowserFlow(withReturnTo(request), kind, kratos(request));
    if (result.redirect) throw redirectFrom(result.redirect, request);
    return data<FlowData<K>>({ flow: result.flow }, { headers: result.headers });
  } catch (error) {
    if (error instanceof Response) throw error;
    // A refused `return_to`, Kratos unreachable…: the hook in the browser asks again and shows the problem.
    console.warn(`[demo] the ${kind} flow for ${new URL(request.url).pathname} was not loaded on the server: ${String(error)}`);
    return data<FlowData<K>>({ flow: undefined });
  }
}

/** The session as the header and the home page show it. */
export async function sessionLoader(request: Request): Promise<SessionState> {
  try {
    const session = await getSession(request, kratos(request));
    return session ? { status: 'signed-in', session } : { status: 'signed-out' };
  } catch (error) {
    if (isOryError(error, 'session_aal2_required')) return { status: 'aal2-required' };
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** A server-mode client for one page request: the browser's cookies go to Kratos, one try (a page waits). */
export function serverOry(request: Request) {
  const cookie = request.headers.get('cookie');
  return createOryClient({ baseUrl: { kratosPublic: kratos(request).kratosPublicUrl }, mode: 'server', retry: 0, ...(cookie ? { cookie } : {}) });
}

/** The self-service error of `/error?id=` (Kratos sends the browser there); the page's query asks again when absent. */
export async function selfServiceErrorLoader(request: Request): Promise<{ error: SelfServiceError | undefined }> {
  const id = new URL(request.url).searchParams.get('id');
  if (!id) return { error: undefined };
  try {
    return { error: await getSelfServiceError(serverOry(request), { id }) };
  } catch {
    return { error: undefined };
  }
}

/** The logout URL for this browser's session (a plain link signs out), returning to `returnTo`. */
export async function logoutUrlLoader(request: Request, returnTo: string): Promise<{ logoutUrl: string | undefined }> {
  try {
    const { logout_url: url } = await createSelfServiceLogoutFlowUrlForBrowsers(serverOry(request));
    // Kratos' logout endpoint takes `return_to` like its JSON twin does (useLogoutFlow sends it there).
    const withReturn = new URL(url);
    withReturn.searchParams.set('return_to', returnTo);
    return { logoutUrl: withReturn.href };
  } catch {
    return { logoutUrl: undefined };
  }
}
