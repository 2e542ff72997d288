import type { Env } from '../../env.ts';
import type { Json, JsonObject } from '../../http/body.ts';
import { oryError } from '../../errors.ts';
import type { IdentitySchemaConfig } from '../../options.ts';
import { extractIdentifiers, validateIdentityDocument, ValidationError } from './validate.ts';
import type { CredentialRecord, CredentialsType, IdentityRecord, VerifiableAddressRecord } from './types.ts';

export function findSchema(env: Env, id: string): IdentitySchemaConfig | undefined {
  return env.options.identitySchemas.find((s) => s.id === id);
}

export function defaultSchemaId(env: Env): string {
  return env.options.identitySchemas[0]!.id;
}

export function schemaOf(env: Env, identity: IdentityRecord): IdentitySchemaConfig {
  const s = findSchema(env, identity.schemaId);
  if (!s) throw oryError(500, { reason: `Unable to find JSON Schema ID: ${identity.schemaId}` });
  return s;
}

/** The `sqlcon.ErrUniqueViolation` herodot error (409). */
export function uniqueViolation(): Error {
  return oryError(409, { message: 'Unable to insert or update resource because a resource with that value exists already' });
}

/** sqlcon.ErrNoRows (404, no reason). */
export function notFound(): Error {
  return oryError(404, { message: 'Unable to locate the resource' });
}

/**
 * Validates traits and derives what the schema's `ory.sh/kratos` extensions say: credential
 * identifiers, verifiable and recovery addresses. Throws ValidationError with Kratos' messages.
 */
export function applyTraits(env: Env, identity: IdentityRecord, traits: JsonObject): void {
  const schema = findSchema(env, identity.schemaId);
  if (!schema) throw new ValidationError([{ path: '', message: { id: 4000001, text: `unable to find JSON Schema ID: ${identity.schemaId}`, type: 'error' } }]);
  const entries = validateIdentityDocument(schema.schema, { traits });
  if (entries.length) throw new ValidationError(entries);
  const ids = extractIdentifiers(schema.schema, traits);
  const now = env.now();
  identity.traits = traits;
  for (const type of ['password', 'webauthn'] as const) {
    const identifiers = ids[type];
    if (!identifiers.length) continue;
    const existing = identity.credentials.get(type);
    if (existing) existing.identifiers = identifiers;
    else identity.credentials.set(type, { type, identifiers, config: {}, version: 0, createdAt: now, updatedAt: now });
  }
  const verifiable: VerifiableAddressRecord[] = [];
  for (const a of ids.verification) {
    const old = identity.verifiableAddresses.find((x) => x.value === a.value && x.via === a.via);
    verifiable.push(old ?? { id: env.newId(), value: a.value, verified: false, via: a.via, status: 'pending', createdAt: now, updatedAt: now });
  }
  identity.verifiableAddresses = verifiable;
  identity.recoveryAddresses = ids.recovery.map(
    (a) => identity.recoveryAddresses.find((x) => x.value === a.value && x.via === a.via) ?? { id: env.newId(), value: a.value, via: a.via, createdAt: now, updatedAt: now },
  );
}

/** Throws the unique violation when another identity holds one of this identity's identifiers or addresses. */
export function assertUnique(env: Env, identity: IdentityRecord): void {
  for (const other of env.state.kratos.identities.values()) {
    if (other.id === identity.id) continue;
    for (const [type, c] of identity.credentials) {
      const oc = other.credentials.get(type);
      if (oc && c.identifiers.some((x) => oc.identifiers.includes(x))) throw uniqueViolation();
    }
    for (const a of identity.verifiableAddresses) {
      if (other.verifiableAddresses.some((b) => b.via === a.via && b.value.toLowerCase() === a.value.toLowerCase())) throw uniqueViolation();
    }
    for (const a of identity.recoveryAddresses) {
      if (other.recoveryAddresses.some((b) => b.via === a.via && b.value.toLowerCase() === a.value.toLowerCase())) throw uniqueViolation();
    }
  }
}

export interface NewIdentity {
  id?: string;
  schemaId?: string;
  traits: JsonObject;
  state?: 'active' | 'inactive';
  metadataPublic?: Json;
  metadataAdmin?: Json;
  password?: string;
}

/** identity.NewIdentity: empty traits, nothing validated. */
export function blankIdentity(env: Env, schemaId?: string): IdentityRecord {
  const now = env.now();
  return {
    id: env.newId(),
    schemaId: schemaId || defaultSchemaId(env),
    state: 'active',
    stateChangedAt: now,
    traits: {},
    metadataPublic: null,
    metadataAdmin: null,
    credentials: new Map(),
    verifiableAddresses: [],
    recoveryAddresses: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** A new identity, validated but not stored. */
export function buildIdentity(env: Env, input: NewIdentity): IdentityRecord {
  const identity = blankIdentity(env, input.schemaId);
  if (input.id) identity.id = input.id;
  identity.state = input.state ?? 'active';
  identity.metadataPublic = input.metadataPublic ?? null;
  identity.metadataAdmin = input.metadataAdmin ?? null;
  applyTraits(env, identity, input.traits);
  if (input.password !== undefined) setPassword(env, identity, input.password);
  return identity;
}

export function storeIdentity(env: Env, identity: IdentityRecord): IdentityRecord {
  assertUnique(env, identity);
  identity.updatedAt = env.now();
  env.state.kratos.identities.set(identity.id, identity);
  return identity;
}

/**
 * Stores an updated identity as Kratos' UpdateIdentity does: credentials rewritten (new
 * `updated_at`, WebAuthn at config version 1), `state_changed_at` only kept when the state changed.
 */
export function persistUpdate(env: Env, identity: IdentityRecord, o: { stateChanged?: boolean } = {}): IdentityRecord {
  assertUnique(env, identity);
  const now = env.now();
  if (!o.stateChanged) delete identity.stateChangedAt;
  for (const c of identity.credentials.values()) {
    c.updatedAt = now;
    if (c.type === 'webauthn') c.version = 1;
  }
  env.state.kratos.identities.set(identity.id, identity);
  return identity;
}

export function setPassword(env: Env, identity: IdentityRecord, password: string): void {
  const now = env.now();
  const c = identity.credentials.get('password');
  const config = { hashed_password: '$emulator-plain$' + password };
  if (c) {
    c.config = config;
    c.updatedAt = now;
  } else {
    identity.credentials.set('password', { type: 'password', identifiers: [], config, version: 0, createdAt: now, updatedAt: now });
  }
}

export function checkPassword(identity: IdentityRecord, password: string): boolean {
  const hashed = identity.credentials.get('password')?.config['hashed_password'];
  return typeof hashed === 'string' && hashed === '$emulator-plain$' + password;
}

export function setCredential(env: Env, identity: IdentityRecord, type: CredentialsType, identifiers: string[], config: JsonObject): CredentialRecord {
  const now = env.now();
  const existing = identity.credentials.get(type);
  const c: CredentialRecord = { type, identifiers, config, version: 0, createdAt: existing?.createdAt ?? now, updatedAt: now };
  identity.credentials.set(type, c);
  return c;
}

/** The identity that owns `identifier` for a credentials type (identifiers are lower case). */
export function findByIdentifier(env: Env, type: CredentialsType, identifier: string): IdentityRecord | undefined {
  const needle = identifier.toLowerCase();
  for (const i of env.state.kratos.identities.values()) {
    if (i.credentials.get(type)?.identifiers.includes(needle)) return i;
  }
  return undefined;
}

export function findByAddress(env: Env, kind: 'verification' | 'recovery', value: string): IdentityRecord | undefined {
  for (const i of env.state.kratos.identities.values()) {
    const list = kind === 'verification' ? i.verifiableAddresses : i.recoveryAddresses;
    if (list.some((a) => a.value === value)) return i;
  }
  return undefined;
}

function webauthnKeys(identity: IdentityRecord): unknown[] {
  const creds = identity.credentials.get('webauthn')?.config['credentials'];
  return Array.isArray(creds) ? creds : [];
}

/** Active first-factor credentials (password with a secret, OIDC, passwordless WebAuthn). */
export function countFirstFactors(identity: IdentityRecord): number {
  let n = 0;
  if (typeof identity.credentials.get('password')?.config['hashed_password'] === 'string') n++;
  const oidc = identity.credentials.get('oidc')?.config['providers'];
  if (Array.isArray(oidc) && oidc.length) n++;
  if (webauthnKeys(identity).some((k) => (k as { is_passwordless?: boolean }).is_passwordless)) n++;
  return n;
}

/** Active second-factor credentials (TOTP, lookup secrets, non-passwordless WebAuthn). */
export function countSecondFactors(identity: IdentityRecord): number {
  let n = 0;
  if (typeof identity.credentials.get('totp')?.config['totp_url'] === 'string') n++;
  const codes = identity.credentials.get('lookup_secret')?.config['recovery_codes'];
  if (Array.isArray(codes) && codes.length) n++;
  if (webauthnKeys(identity).some((k) => !(k as { is_passwordless?: boolean }).is_passwordless)) n++;
  return n;
}

/** The highest AAL this identity can reach. */
export function availableAal(identity: IdentityRecord): 'aal0' | 'aal1' | 'aal2' {
  if (countSecondFactors(identity) > 0) return 'aal2';
  return countFirstFactors(identity) > 0 ? 'aal1' : 'aal0';
}
