import type { Env } from '../../env.ts';
import type { JsonObject } from '../../http/body.ts';
import { rfc3339 } from '../../util/clock.ts';
import { serializeIdentity } from '../identity/serialize.ts';
import { returnToOf } from './common.ts';
import type { AnyFlow } from './types.ts';

function head(f: AnyFlow): JsonObject {
  const out: JsonObject = {
    type: f.type,
    expires_at: rfc3339(f.expiresAt),
    issued_at: rfc3339(f.issuedAt),
    request_url: f.requestUrl,
  };
  const returnTo = returnToOf(f);
  if (returnTo) out['return_to'] = returnTo;
  if (f.active) out['active'] = f.active;
  out['ui'] = structuredClone(f.ui) as unknown as JsonObject;
  return out;
}

/** A self-service flow in the JSON shape (and key order) of Kratos v0.11. */
export function serializeFlow(env: Env, f: AnyFlow, extra: JsonObject = {}): JsonObject {
  switch (f.kind) {
    case 'login':
      return {
        id: f.id,
        oauth2_login_challenge: f.oauth2LoginChallenge ?? null,
        ...extra,
        ...head(f),
        created_at: rfc3339(f.createdAt),
        updated_at: rfc3339(f.updatedAt),
        refresh: f.refresh,
        requested_aal: f.requestedAal,
      };
    case 'registration':
      return { id: f.id, oauth2_login_challenge: f.oauth2LoginChallenge ?? null, ...extra, ...head(f) };
    case 'settings': {
      const identity = env.state.kratos.identities.get(f.identityId);
      return {
        id: f.id,
        ...head(f),
        identity: identity ? serializeIdentity(identity, env.options.urls.kratosPublic) : null,
        state: f.state,
      };
    }
    case 'recovery':
    case 'verification':
      return { id: f.id, ...head(f), state: f.state };
  }
}
