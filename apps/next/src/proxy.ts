// Next.js Proxy: runs before a page renders, where a response may still set cookies and redirect with a
// real HTTP status (a page with Cache Components has sent its shell by then).
//
// - `/.ory/…`: Kratos' and Hydra's public APIs on this origin (createOryProxy), so their cookies are first-party.
// - a flow page without `?flow=`: create the flow for this browser, hand Kratos' CSRF cookie over and 303 to
//   `?flow=<id>`; or follow Kratos' redirect (already signed in, no session for settings, …).
// - `/oauth2/consent` that Hydra says to skip (remembered): granted again, 303 back to Hydra.
// - every page: a Content-Security-Policy with a fresh nonce (src/csp.ts), on the response and on the request,
//   where Next reads it to stamp its own inline scripts.
import type { FlowType } from '@orykit/client';
import { createOryProxy, getBrowserFlow } from '@orykit/client/server';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce } from './csp.ts';
import { flowOptions, ORY_PREFIX, oryUrls, proxyOptions } from './ory/config.ts';
import { skippedConsent } from './ory/consent.ts';

const FLOW_PAGES: Record<string, FlowType> = {
  '/login': 'login',
  '/registration': 'registration',
  '/recovery': 'recovery',
  '/verification': 'verification',
  '/settings': 'settings',
};

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  if (pathname === ORY_PREFIX || pathname.startsWith(`${ORY_PREFIX}/`)) return absoluteLocation(await createOryProxy(proxyOptions())(request), request.url);
  return (await redirectBeforeRender(request)) ?? renderWithPolicy(request);
}

/** A flow page without a flow, or a consent Hydra says to skip: answered here, before any page renders. */
async function redirectBeforeRender(request: NextRequest): Promise<Response | undefined> {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === '/oauth2/consent') return skippedConsent(request);
  const kind = FLOW_PAGES[pathname];
  if (!kind || searchParams.has('flow')) return undefined;
  const result = await getBrowserFlow(request, kind, flowOptions());
  if (result.redirect) return absoluteLocation(result.redirect, request.url);
  const page = new URL(request.url);
  page.searchParams.set('flow', result.flow.id);
  const headers = new Headers(result.headers);
  headers.set('Location', page.href);
  return new Response(null, { status: 303, headers });
}

/** The page renders with this request's policy: Next takes the nonce from the request header (see src/csp.ts). */
function renderWithPolicy(request: NextRequest): Response {
  const { kratosBaseUrl, hydraBaseUrl } = oryUrls();
  const formOrigins = [kratosBaseUrl, hydraBaseUrl].flatMap((url) => (url ? [new URL(url).origin] : []));
  const policy = contentSecurityPolicy(createNonce(), formOrigins);
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/** Next.js' Proxy wants an absolute `Location` (getBrowserFlow gives same-origin paths). */
function absoluteLocation(response: Response, base: string): Response {
  const location = response.headers.get('location');
  if (location) response.headers.set('Location', new URL(location, base).href);
  return response;
}

export const config = {
  // Every request but the build's static files (they need no policy and no flow).
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
