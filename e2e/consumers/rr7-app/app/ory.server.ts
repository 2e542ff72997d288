// Where this server reaches Kratos, and the same-origin proxy the browser talks to instead.
import type { FlowType } from '@orykit/client';
import { createOryProxy, getBrowserFlow } from '@orykit/client/server';
import { data } from 'react-router';

const kratosPublicUrl = process.env['KRATOS_PUBLIC_URL'] ?? 'http://127.0.0.1:4433';

export const proxy = createOryProxy({ kratosPublicUrl, prefix: '/.ory' });

/** The page's flow, created or fetched on the server with the browser's cookies; Kratos' redirects are thrown. */
export async function loadFlow<K extends FlowType>(request: Request, kind: K) {
  const url = new URL(request.url);
  // Signing in or up ends on the settings page, with JavaScript (the hook) or without (Kratos redirects).
  if ((kind === 'login' || kind === 'registration') && !url.searchParams.has('return_to')) {
    url.searchParams.set('return_to', new URL('/settings', url).href);
  }
  const result = await getBrowserFlow(new Request(url, request), kind, { kratosPublicUrl, proxyPrefix: '/.ory' });
  if (result.redirect) throw result.redirect;
  return data({ flow: result.flow }, { headers: result.headers });
}
