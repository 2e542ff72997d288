import type { RequestContext } from '../../context.ts';
import type { CredentialsType } from '../identity/types.ts';
import { trySession } from '../session/sessions.ts';

/** flowhelpers.GuessForcedLoginIdentifier: the first identifier of the signed-in identity. */
export function guessForcedIdentifier(ctx: RequestContext, type: CredentialsType): string | undefined {
  const a = trySession(ctx);
  return a?.identity.credentials.get(type)?.identifiers[0];
}
