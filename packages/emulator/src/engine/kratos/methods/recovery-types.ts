import type { RequestContext } from '../../context.ts';
import type { JsonObject } from '../../http/body.ts';
import type { EmulatorResponse } from '../../types.ts';
import type { UiNodeGroup } from '../../../nodes/types.ts';
import type { RecoveryFlow, VerificationFlow } from '../flows/types.ts';
import type { IdentityRecord, VerifiableAddressRecord } from '../identity/types.ts';
import type { NOT_RESPONSIBLE } from './types.ts';

/** The recovery strategy in use (`code` or `link`). `undefined` means: show the flow. */
export interface RecoveryStrategy {
  id: 'code' | 'link';
  group: UiNodeGroup;
  populate(ctx: RequestContext, f: RecoveryFlow): void;
  recover(ctx: RequestContext, f: RecoveryFlow, body: JsonObject): EmulatorResponse | undefined | typeof NOT_RESPONSIBLE;
}

export interface VerificationStrategy {
  id: 'code' | 'link';
  group: UiNodeGroup;
  populate(ctx: RequestContext, f: VerificationFlow): void;
  verify(ctx: RequestContext, f: VerificationFlow, body: JsonObject): EmulatorResponse | undefined | typeof NOT_RESPONSIBLE;
  /** Sends the verification message for an address (the registration/settings hook). */
  send(ctx: RequestContext, f: VerificationFlow, identity: IdentityRecord, address: VerifiableAddressRecord): void;
}
