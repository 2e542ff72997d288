// Where a flow may send the browser, decided by @orykit/client's URL policy. The flow hooks navigate only
// through these.
import { clientUrlPolicy, redirectBrowserToUrl, returnToUrl, type OryClient, type UrlPolicy } from '@orykit/client';

/** The policy of a client on the current page (browser) or on no page (server). */
export const pagePolicy = (client: OryClient | undefined): UrlPolicy =>
  clientUrlPolicy(client, typeof window === 'undefined' ? undefined : window.location.href);

function refused(what: string, url: unknown) {
  if (typeof console !== 'undefined') console.error(`[orykit] refused to navigate to ${what} ${JSON.stringify(url)}: not an allowed URL.`);
}

/** An in-app URL as a path (what routers' navigate expects), another origin as the absolute URL. */
function forNavigate(url: string, policy: UrlPolicy): string {
  const target = new URL(url);
  const here = policy.appUrl === undefined ? undefined : new URL(policy.appUrl).origin;
  return target.origin === here ? target.pathname + target.search + target.hash : target.href;
}

/**
 * The `return_to` the flow may go to: the first of `candidates` on the app's origin or under its
 * `allowedReturnUrls` (empty ones skipped, refused ones logged), else the app's root.
 *
 * @example
 * navigate(returnTarget([flow.return_to, options.returnTo], pagePolicy(client)))
 */
export function returnTarget(candidates: readonly unknown[], policy: UrlPolicy): string {
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === null || candidate === '') continue;
    const allowed = returnToUrl(candidate, policy);
    if (allowed) return forNavigate(allowed, policy);
    refused('return_to', candidate);
  }
  const root = returnToUrl('/', policy);
  return root ? forNavigate(root, policy) : '/';
}

/** A redirect the server asked for (`redirect_browser_to`): http(s) only, or `undefined` (logged). */
export function redirectTarget(url: unknown, policy: UrlPolicy): string | undefined {
  const allowed = redirectBrowserToUrl(url, policy);
  if (!allowed) refused('redirect_browser_to', url);
  return allowed;
}
