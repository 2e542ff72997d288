import { isOryError } from '../errors.ts';
import { toSession } from '../generated/operations.ts';
import type { Session } from '../schemas.ts';
import { serverClient, type KratosServerOptions } from './options.ts';

/**
 * The session of the browser that sent `request` (its `Cookie` is forwarded to Kratos), or `null` when it
 * has none (401). Any other answer is thrown as the client's typed error (`OryError`, `OryNetworkError`…),
 * e.g. a 403 `session_aal2_required` when the session needs a second factor.
 *
 * @example
 * import { getSession } from '@orykit/client/server'
 * export async function loader({ request }: { request: Request }) {
 *   const session = await getSession(request, { kratosPublicUrl: 'http://127.0.0.1:4433' })
 *   if (!session) throw Response.redirect(new URL('/login', request.url), 303)
 *   return { email: session.identity.traits.email }
 * }
 */
export async function getSession(request: Request, options: KratosServerOptions): Promise<Session | null> {
  try {
    return await toSession(serverClient(request, options).client);
  } catch (error) {
    if (isOryError(error) && error.status === 401) return null;
    throw error;
  }
}
