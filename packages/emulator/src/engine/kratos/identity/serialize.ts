import type { JsonObject } from '../../http/body.ts';
import { rfc3339 } from '../../util/clock.ts';
import { base64url, utf8 } from '../../util/encoding.ts';
import { appendPath } from '../../http/url.ts';
import type { IdentityRecord } from './types.ts';

export interface IdentityView {
  /** Include credentials (without their config, except `oidc` when asked). */
  credentials?: boolean;
  includeOidcConfig?: boolean;
  /** Include `metadata_admin` (admin API). */
  adminMetadata?: boolean;
}

export function schemaUrl(publicUrl: string, schemaId: string): string {
  return appendPath(publicUrl, 'schemas', base64url(utf8(schemaId)));
}

/** An identity in the JSON shape (and key order) Kratos v0.11 marshals. */
export function serializeIdentity(i: IdentityRecord, publicUrl: string, view: IdentityView = {}): JsonObject {
  const out: JsonObject = { id: i.id };
  if (view.credentials && i.credentials.size) {
    const creds: JsonObject = {};
    for (const type of [...i.credentials.keys()].sort()) {
      const c = i.credentials.get(type)!;
      creds[type] = {
        type: c.type,
        identifiers: c.identifiers,
        ...(view.includeOidcConfig && type === 'oidc' ? { config: c.config } : {}),
        version: c.version,
        created_at: rfc3339(c.createdAt),
        updated_at: rfc3339(c.updatedAt),
      };
    }
    out['credentials'] = creds;
  }
  out['schema_id'] = i.schemaId;
  out['schema_url'] = schemaUrl(publicUrl, i.schemaId);
  out['state'] = i.state;
  if (i.stateChangedAt !== undefined) out['state_changed_at'] = rfc3339(i.stateChangedAt);
  out['traits'] = i.traits;
  if (i.verifiableAddresses.length) {
    out['verifiable_addresses'] = i.verifiableAddresses.map((a) => ({
      id: a.id,
      value: a.value,
      verified: a.verified,
      via: a.via,
      status: a.status,
      ...(a.verifiedAt !== undefined ? { verified_at: rfc3339(a.verifiedAt) } : {}),
      created_at: rfc3339(a.createdAt),
      updated_at: rfc3339(a.updatedAt),
    }));
  }
  if (i.recoveryAddresses.length) {
    out['recovery_addresses'] = i.recoveryAddresses.map((a) => ({
      id: a.id,
      value: a.value,
      via: a.via,
      created_at: rfc3339(a.createdAt),
      updated_at: rfc3339(a.updatedAt),
    }));
  }
  out['metadata_public'] = i.metadataPublic;
  if (view.adminMetadata) out['metadata_admin'] = i.metadataAdmin;
  out['created_at'] = rfc3339(i.createdAt);
  out['updated_at'] = rfc3339(i.updatedAt);
  return out;
}
