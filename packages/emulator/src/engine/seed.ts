import type { Env } from './env.ts';
import type { Json, JsonObject } from './http/body.ts';
import { buildIdentity, storeIdentity } from './kratos/identity/identities.ts';

/** Creates the configured seed identities (by default the demo identity). */
export function seedIdentities(env: Env): void {
  for (const s of env.options.seed) {
    const identity = buildIdentity(env, {
      ...(s.id ? { id: s.id } : {}),
      ...(s.schemaId ? { schemaId: s.schemaId } : {}),
      traits: structuredClone(s.traits) as JsonObject,
      ...(s.password !== undefined ? { password: s.password } : {}),
      metadataPublic: (s.metadataPublic ?? null) as Json,
      metadataAdmin: (s.metadataAdmin ?? null) as Json,
    });
    if (s.verified ?? true) {
      for (const a of identity.verifiableAddresses) {
        a.verified = true;
        a.status = 'completed';
        a.verifiedAt = identity.createdAt;
      }
    }
    storeIdentity(env, identity);
  }
}
