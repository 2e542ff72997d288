import type { RequestContext } from '../../context.ts';
import type { JsonObject } from '../../http/body.ts';
import type { EmulatorResponse } from '../../types.ts';
import type { UiNodeGroup } from '../../../nodes/types.ts';
import type { IdentityRecord } from '../identity/types.ts';
import type { ActiveSession } from '../session/sessions.ts';
import type { AuthMethod } from '../session/types.ts';
import type { LoginFlow, RegistrationFlow, SettingsFlow } from '../flows/types.ts';

/** A strategy says it is not responsible for the submitted method (flow.ErrStrategyNotResponsible). */
export const NOT_RESPONSIBLE = Symbol('not responsible');

/** The strategy answered the request itself (flow.ErrCompletedByStrategy). */
export class Completed {
  constructor(readonly response: EmulatorResponse) {}
}

/** The strategy changed the flow and wants it shown again (flow.ErrStrategyAsksToReturnToUI). */
export const RETURN_TO_UI = Symbol('return to ui');

export interface LoginResult {
  identity: IdentityRecord;
  method: AuthMethod;
  aal: 'aal1' | 'aal2';
}

export interface LoginStrategy {
  id: string;
  group: UiNodeGroup;
  populate(ctx: RequestContext, f: LoginFlow, session: ActiveSession | undefined): void;
  login(ctx: RequestContext, f: LoginFlow, body: JsonObject, session: ActiveSession | undefined): LoginResult | typeof NOT_RESPONSIBLE | Completed;
}

export interface RegistrationStrategy {
  id: string;
  group: UiNodeGroup;
  populate(ctx: RequestContext, f: RegistrationFlow): void;
  /** Fills and validates the new identity (credentials included). */
  register(ctx: RequestContext, f: RegistrationFlow, body: JsonObject, identity: IdentityRecord): void | typeof NOT_RESPONSIBLE | Completed;
}

export interface SettingsStrategy {
  id: string;
  group: UiNodeGroup;
  populate(ctx: RequestContext, f: SettingsFlow, identity: IdentityRecord): void;
  /** Returns the identity to store, or asks to show the flow again. */
  settings(ctx: RequestContext, f: SettingsFlow, body: JsonObject, a: ActiveSession): IdentityRecord | typeof NOT_RESPONSIBLE | typeof RETURN_TO_UI | Completed;
}
