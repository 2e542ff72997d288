import type { Json, JsonObject } from '../../http/body.ts';

export type CredentialsType = 'password' | 'totp' | 'lookup_secret' | 'webauthn' | 'oidc';

export interface CredentialRecord {
  type: CredentialsType;
  identifiers: string[];
  /** Kept private: Kratos never returns it (passwords are stored in the clear here, see README). */
  config: JsonObject;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface VerifiableAddressRecord {
  id: string;
  value: string;
  verified: boolean;
  via: string;
  status: 'pending' | 'sent' | 'completed';
  verifiedAt?: number;
  createdAt: number;
  updatedAt: number;
}

export interface RecoveryAddressRecord {
  id: string;
  value: string;
  via: string;
  createdAt: number;
  updatedAt: number;
}

export interface IdentityRecord {
  id: string;
  schemaId: string;
  state: 'active' | 'inactive';
  /** Unset after an update: Kratos v0.11's identity update does not write it back. */
  stateChangedAt?: number;
  traits: JsonObject;
  metadataPublic: Json;
  metadataAdmin: Json;
  credentials: Map<CredentialsType, CredentialRecord>;
  verifiableAddresses: VerifiableAddressRecord[];
  recoveryAddresses: RecoveryAddressRecord[];
  createdAt: number;
  updatedAt: number;
}

/** A WebAuthn key as the emulator keeps it (no real ceremony). */
export interface WebAuthnKey {
  id: string;
  display_name: string;
  added_at: string;
  is_passwordless: boolean;
}
