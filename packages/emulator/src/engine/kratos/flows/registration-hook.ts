import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { OryError } from '../../errors.ts';
import { text } from '../../../nodes/text.ts';
import { secureRedirectTo, uiUrl } from './common.ts';
import type { RegistrationFlow } from './types.ts';
import { applyTraits, storeIdentity } from '../identity/identities.ts';
import { serializeIdentity } from '../identity/serialize.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { validationError } from '../identity/validate.ts';
import { activate, completedLoginFor, issueCookie, newSession, persistSession, serializeSession } from '../session/sessions.ts';
import { sendVerificationForNewAddresses } from './verification.ts';
import { acceptHydraLoginForKratos } from '../../hydra/kratos-bridge.ts';

/** registration.HookExecutor.PostRegistrationHook with the verification and `session` hooks. */
export async function postRegistration(ctx: RequestContext, f: RegistrationFlow, identity: IdentityRecord, method: 'password' | 'oidc' | 'webauthn'): Promise<EmulatorResponse> {
  const { env } = ctx;
  applyTraits(env, identity, identity.traits);
  try {
    storeIdentity(env, identity);
  } catch (e) {
    if (e instanceof OryError && e.status === 409) throw validationError('', text.duplicateCredentials());
    throw e;
  }
  const returnTo = secureRedirectTo(env, { defaultReturnTo: uiUrl(env, 'defaultReturn'), returnTo: f.returnTo ?? '', sourceUrl: f.requestUrl });
  const s = newSession(env, ctx);
  completedLoginFor(env, s, method, 'aal1');
  activate(env, s, identity);
  sendVerificationForNewAddresses(ctx, f, identity);
  const publicUrl = env.options.urls.kratosPublic;
  if (env.options.sessionAfterRegistration) {
    persistSession(env, s);
    if (f.type === 'api') {
      return ctx.json(200, { session_token: s.token, session: serializeSession(env, s, identity), identity: serializeIdentity(identity, publicUrl) });
    }
    issueCookie(ctx, s);
    if (ctx.isJSON()) return ctx.json(200, { session: serializeSession(env, s, identity), identity: serializeIdentity(identity, publicUrl) });
  } else if (f.type === 'api' || ctx.isJSON()) {
    return ctx.json(200, { identity: serializeIdentity(identity, publicUrl) });
  }
  let to = returnTo;
  if (f.oauth2LoginChallenge) to = await acceptHydraLoginForKratos(env, f.oauth2LoginChallenge, identity.id, s, ctx.prepared);
  return ctx.acceptsJSON() ? ctx.json(200, serializeSession(env, s, identity)) : ctx.redirect(to);
}
