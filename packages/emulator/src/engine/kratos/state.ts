import type { IdentityRecord } from './identity/types.ts';
import type { SessionRecord } from './session/types.ts';
import type { LoginFlow, RegistrationFlow, RecoveryFlow, SettingsFlow, VerificationFlow } from './flows/types.ts';
import type { JsonObject } from '../http/body.ts';

/** A one-time code or link token for recovery and verification. */
export interface OneTimeSecret {
  id: string;
  kind: 'recovery' | 'verification';
  /** `code` (6 digits) or `link` (a 32-character token). */
  method: 'code' | 'link';
  secret: string;
  flowId: string;
  identityId: string;
  /** The address the message went to (self-service); absent for admin-made codes. */
  address?: string;
  expiresAt: number;
  usedAt?: number;
}

export interface StoredError {
  id: string;
  error: JsonObject;
  csrfToken: string;
  createdAt: number;
  updatedAt: number;
}

/** A sign-in started at the fake OIDC provider, waiting for its callback. */
export interface OidcPending {
  state: string;
  provider: string;
  flowKind: 'login' | 'registration' | 'settings';
  flowId: string;
  expiresAt: number;
}

export interface KratosState {
  identities: Map<string, IdentityRecord>;
  sessions: Map<string, SessionRecord>;
  /** Session cookie value → session id (the real cookie is an encrypted blob). */
  sessionCookies: Map<string, string>;
  login: Map<string, LoginFlow>;
  registration: Map<string, RegistrationFlow>;
  settings: Map<string, SettingsFlow>;
  recovery: Map<string, RecoveryFlow>;
  verification: Map<string, VerificationFlow>;
  secrets: OneTimeSecret[];
  errors: Map<string, StoredError>;
  oidc: Map<string, OidcPending>;
}

export function createKratosState(): KratosState {
  return {
    identities: new Map(),
    sessions: new Map(),
    sessionCookies: new Map(),
    login: new Map(),
    registration: new Map(),
    settings: new Map(),
    recovery: new Map(),
    verification: new Map(),
    secrets: [],
    errors: new Map(),
    oidc: new Map(),
  };
}
