import type { JsonObject } from '../http/body.ts';

/** An OAuth 2.0 client: its JSON fields as Hydra stores them, plus the secret. */
export interface ClientRecord {
  id: string;
  secret: string;
  registrationAccessToken: string;
  fields: JsonObject;
  createdAt: number;
  updatedAt: number;
}

export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  responseType: string;
  scope: string[];
  state: string;
  nonce: string;
  audience: string[];
  codeChallenge: string;
  codeChallengeMethod: string;
  prompt: string;
  /** The query of the authorize request, to rebuild `redirect_to`. */
  query: Record<string, string>;
  /** The full URL the browser called. */
  requestUrl: string;
}

export interface LoginRequestRecord {
  challenge: string;
  verifier: string;
  csrf: string;
  params: AuthorizeParams;
  skip: boolean;
  subject: string;
  sessionId: string;
  requestedAt: number;
  handled?: {
    kind: 'accept' | 'reject';
    subject?: string;
    remember?: boolean;
    rememberFor?: number;
    acr?: string;
    amr?: string[];
    context?: JsonObject | null;
    error?: JsonObject;
    used: boolean;
    authenticatedAt: number;
  };
}

export interface ConsentRequestRecord {
  challenge: string;
  verifier: string;
  csrf: string;
  login: LoginRequestRecord;
  skip: boolean;
  subject: string;
  requestedAt: number;
  handled?: {
    kind: 'accept' | 'reject';
    grantScope?: string[];
    grantAudience?: string[];
    remember?: boolean;
    rememberFor?: number;
    session?: { access_token: JsonObject; id_token: JsonObject };
    error?: JsonObject;
    handledAt: number;
    used: boolean;
  };
}

export interface LogoutRequestRecord {
  challenge: string;
  verifier: string;
  subject: string;
  sid: string;
  clientId?: string;
  requestUrl: string;
  rpInitiated: boolean;
  postLogoutRedirect: string;
  state: string;
  accepted?: boolean;
  used?: boolean;
  requestedAt: number;
}

/** A remembered authentication (Hydra's login session, cookie `ory_hydra_session_dev`). */
export interface LoginSessionRecord {
  id: string;
  subject: string;
  remember: boolean;
  authenticatedAt: number;
  expiresAt: number;
}

/** What a token grants (the shared part of codes, access and refresh tokens). */
export interface Grant {
  clientId: string;
  subject: string;
  scope: string[];
  audience: string[];
  sessionId: string;
  authTime: number;
  requestedAt: number;
  amr: string[];
  acr: string;
  nonce: string;
  accessClaims: JsonObject;
  idClaims: JsonObject;
  consentChallenge: string;
}

export interface TokenRecord {
  signature: string;
  kind: 'authorize_code' | 'access_token' | 'refresh_token';
  grant: Grant;
  expiresAt: number;
  issuedAt: number;
  active: boolean;
  redirectUri?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
}

export interface JwkRecord {
  /** Public + private JWK (as Hydra's admin API shows it). */
  jwk: JsonObject;
  privateKey?: CryptoKey;
}

export interface TrustedIssuerRecord {
  id: string;
  issuer: string;
  subject: string;
  allowAnySubject: boolean;
  scope: string[];
  set: string;
  kid: string;
  createdAt: number;
  expiresAt: number;
}

export interface HydraState {
  clients: Map<string, ClientRecord>;
  loginRequests: Map<string, LoginRequestRecord>;
  consentRequests: Map<string, ConsentRequestRecord>;
  logoutRequests: Map<string, LogoutRequestRecord>;
  loginSessions: Map<string, LoginSessionRecord>;
  /** Accepted, remembered consents (Hydra's consent sessions). */
  consents: ConsentRequestRecord[];
  tokens: Map<string, TokenRecord>;
  keySets: Map<string, JwkRecord[]>;
  trustedIssuers: Map<string, TrustedIssuerRecord>;
}

export function createHydraState(prev?: HydraState): HydraState {
  return {
    clients: new Map(),
    loginRequests: new Map(),
    consentRequests: new Map(),
    logoutRequests: new Map(),
    loginSessions: new Map(),
    consents: [],
    tokens: new Map(),
    // Signing keys survive a reset (generating RSA keys is slow); everything else is forgotten.
    keySets: new Map([...(prev?.keySets ?? new Map<string, JwkRecord[]>())].filter(([set]) => set.startsWith('hydra.'))),
    trustedIssuers: new Map(),
  };
}
