import { createOryClient, type OryClient } from '@orykit/client';
import { getSession } from '@orykit/client/server';
import { oryUrls } from './config.ts';
import { pageRequest } from './request.ts';

/** A server-mode client for Kratos' public API that forwards the page request's `Cookie`. */
export function kratosFor(request: Request): OryClient {
  const cookie = request.headers.get('cookie');
  return createOryClient({ baseUrl: { kratosPublic: oryUrls().kratosPublicUrl }, mode: 'server', retry: 0, ...(cookie ? { cookie } : {}) });
}

/** The session of the browser behind the page being rendered, or null. */
export async function pageSession(path: string) {
  return getSession(await pageRequest(path, {}), { kratosPublicUrl: oryUrls().kratosPublicUrl });
}
