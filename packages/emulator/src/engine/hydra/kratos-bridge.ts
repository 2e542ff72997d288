import type { Env } from '../env.ts';
import type { JsonObject } from '../http/body.ts';
import type { SessionRecord } from '../kratos/session/types.ts';

// Kratos as Hydra's login provider (Kratos' `oauth2_provider.url`): Kratos reads the login request
// and accepts it after a successful login. Filled in by the Hydra module.

/** The OAuth2 login request of a challenge, as Kratos embeds it in `oauth2_login_request`. */
export function loginRequestForKratos(_env: Env, _challenge: string): JsonObject | undefined {
  return undefined;
}

/** Accepts the login request for `subject`; returns Hydra's `redirect_to`. */
export async function acceptHydraLoginForKratos(_env: Env, _challenge: string, _subject: string, _session: SessionRecord): Promise<string> {
  return '';
}
