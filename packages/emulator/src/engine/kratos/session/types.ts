import type { CredentialsType } from '../identity/types.ts';

export type AuthMethod = CredentialsType | 'link_recovery' | 'code_recovery';
export type Aal = 'aal0' | 'aal1' | 'aal2';

export interface AuthenticationMethod {
  method: AuthMethod;
  aal: 'aal1' | 'aal2';
  completedAt: number;
}

export interface SessionDevice {
  id: string;
  ipAddress: string | null;
  userAgent: string | null;
  location: string | null;
}

export interface SessionRecord {
  id: string;
  token: string;
  logoutToken: string;
  identityId: string;
  active: boolean;
  expiresAt: number;
  authenticatedAt: number;
  issuedAt: number;
  amr: AuthenticationMethod[];
  devices: SessionDevice[];
}
