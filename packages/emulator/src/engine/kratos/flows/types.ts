import type { UiContainer } from '../../../nodes/types.ts';
import type { Json } from '../../http/body.ts';

export type { UiContainer };
export type FlowType = 'browser' | 'api';

interface FlowBase {
  id: string;
  type: FlowType;
  expiresAt: number;
  issuedAt: number;
  requestUrl: string;
  /** Set explicitly; otherwise `return_to` of the request URL is reported. */
  returnTo?: string;
  active?: string;
  ui: UiContainer;
  /** The masked CSRF token of the request that created the flow. */
  csrfToken: string;
  /** Kratos' internal_context: strategy state (TOTP key URL, lookup codes, WebAuthn session…). */
  internal: Record<string, Json>;
  createdAt: number;
  updatedAt: number;
}

export interface LoginFlow extends FlowBase {
  kind: 'login';
  refresh: boolean;
  requestedAal: 'aal1' | 'aal2';
  oauth2LoginChallenge?: string;
}

export interface RegistrationFlow extends FlowBase {
  kind: 'registration';
  oauth2LoginChallenge?: string;
}

export interface SettingsFlow extends FlowBase {
  kind: 'settings';
  identityId: string;
  state: 'show_form' | 'success';
}

export interface RecoveryFlow extends FlowBase {
  kind: 'recovery';
  state: 'choose_method' | 'sent_email' | 'passed_challenge';
  recoveredIdentityId?: string;
  /** Flows made by the admin API skip the CSRF check (Kratos' DangerousSkipCSRFCheck). */
  skipCsrf: boolean;
}

export interface VerificationFlow extends FlowBase {
  kind: 'verification';
  state: 'choose_method' | 'sent_email' | 'passed_challenge';
}

export type AnyFlow = LoginFlow | RegistrationFlow | SettingsFlow | RecoveryFlow | VerificationFlow;
