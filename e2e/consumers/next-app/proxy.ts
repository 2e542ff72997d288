// Verbatim from @orykit/react's README ("Server rendering with Next.js App Router", step 3).
import { createOryProxy, getBrowserFlow } from '@orykit/client/server';
import { NextResponse, type NextRequest } from 'next/server';

const FLOWS = { '/login': 'login', '/registration': 'registration', '/recovery': 'recovery', '/verification': 'verification', '/settings': 'settings' } as const;

export async function proxy(request: NextRequest): Promise<Response> {
  const kratosPublicUrl = process.env.KRATOS_PUBLIC_URL ?? 'http://127.0.0.1:4433'; // read per request
  // Next's Proxy needs an absolute Location.
  const absolute = (response: Response) => {
    const location = response.headers.get('location');
    if (location) response.headers.set('location', new URL(location, request.url).href);
    return response;
  };
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith('/.ory/')) return absolute(await createOryProxy({ kratosPublicUrl, prefix: '/.ory' })(request));
  const kind = FLOWS[pathname as keyof typeof FLOWS];
  if (!kind || searchParams.has('flow')) return NextResponse.next();
  const result = await getBrowserFlow(request, kind, { kratosPublicUrl, proxyPrefix: '/.ory' });
  if (result.redirect) return absolute(result.redirect);
  const page = new URL(request.url);
  page.searchParams.set('flow', result.flow.id);
  const headers = new Headers(result.headers); // Kratos' CSRF cookie
  headers.set('location', page.href);
  return new Response(null, { status: 303, headers });
}

export const config = { matcher: ['/.ory/:path*', '/login', '/registration', '/recovery', '/verification', '/settings'] };
