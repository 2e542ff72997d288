import { createOryClient, type OryClient } from '../client.ts';
import { setCookiesOf } from './cookies.ts';

/** Where the server-side helpers find Kratos. */
export interface KratosServerOptions {
  /** Kratos' public API as this server reaches it, e.g. `http://kratos:4433` or `http://127.0.0.1:4433`. */
  kratosPublicUrl: string;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch;
}

/** A `server`-mode client that forwards the incoming request's `Cookie` and records Kratos' `Set-Cookie` lines. */
export function serverClient(request: Request, options: KratosServerOptions): { client: OryClient; setCookies: string[] } {
  const setCookies: string[] = [];
  const send = options.fetch ?? globalThis.fetch;
  const cookie = request.headers.get('cookie');
  const client = createOryClient({
    baseUrl: { kratosPublic: options.kratosPublicUrl },
    mode: 'server',
    ...(cookie ? { cookie } : {}),
    // A page render waits on this: one answer or a typed error, no retries.
    retry: 0,
    fetch: async (input, init) => {
      const response = await send(input, init);
      setCookies.push(...setCookiesOf(response));
      return response;
    },
  });
  return { client, setCookies };
}
