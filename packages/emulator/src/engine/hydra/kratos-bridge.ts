import type { Env } from '../env.ts';
import type { JsonObject } from '../http/body.ts';
import type { SessionRecord } from '../kratos/session/types.ts';
import { RequestContext } from '../context.ts';
import { acceptLoginRequest, serializeLoginRequest } from './requests.ts';

// Kratos as Hydra's login provider (Kratos' `oauth2_provider.url`): Kratos reads the login request
// and accepts it after a successful login. Kratos v0.11 parses the 32-hex challenge as a UUID.

/** `41fe10adf2604515b574330d3c426784` ⇄ `41fe10ad-f260-4515-b574-330d3c426784` */
export function challengeFromUuid(id: string): string {
  return id.replace(/-/g, '').toLowerCase();
}

function request(env: Env, challenge: string) {
  return env.state.hydra.loginRequests.get(challengeFromUuid(challenge));
}

function hydraContext(env: Env, prepared: RequestContext['prepared']): RequestContext {
  return new RequestContext(env, prepared, { service: 'hydraAdmin', method: 'PUT', url: '/', headers: {} });
}

/** The OAuth2 login request of a challenge, as Kratos embeds it in `oauth2_login_request`. */
export function loginRequestForKratos(env: Env, challenge: string, prepared?: RequestContext['prepared']): JsonObject | undefined {
  const r = request(env, challenge);
  if (!r || !prepared) return undefined;
  return serializeLoginRequest(hydraContext(env, prepared), r);
}

/** Whether the challenge names a pending login request (and whether Hydra says it may skip login). */
export function loginRequestState(env: Env, challenge: string): { exists: boolean; skip: boolean } {
  const r = request(env, challenge);
  return { exists: Boolean(r), skip: r?.skip ?? false };
}

/** Accepts the login request for `subject` (remembered for the session lifespan, as Kratos does); returns Hydra's `redirect_to`. */
export async function acceptHydraLoginForKratos(env: Env, challenge: string, subject: string, session: SessionRecord, prepared: RequestContext['prepared']): Promise<string> {
  const r = request(env, challenge);
  if (!r) throw new Error('Unable to accept OAuth 2.0 Login Challenge.');
  return acceptLoginRequest(hydraContext(env, prepared), r, {
    subject,
    remember: true,
    remember_for: Math.floor(env.options.sessionLifespan / 1000),
    amr: session.amr.map((m) => m.method),
  });
}
