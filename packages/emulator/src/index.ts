export { createEmulator } from './engine/create.ts';
export type { Emulator } from './engine/create.ts';
export type { EmulatorRequest, EmulatorResponse, HeaderValue, ServiceName, Clock, ManualClock } from './engine/types.ts';
export { SERVICE_NAMES } from './engine/types.ts';
export { DEFAULT_PORTS, DEMO_IDENTITY, defaultUrls } from './engine/options.ts';
export type {
  EmulatorOptions,
  FlowKind,
  IdentitySchemaConfig,
  IdentitySchemaDocument,
  OidcProviderConfig,
  ResolvedOptions,
  SeedIdentity,
  UiName,
} from './engine/options.ts';
export { manualClock, systemClock } from './engine/util/clock.ts';
export type { Outbox, OutboxFilter } from './engine/kratos/courier/outbox.ts';
export type { CourierMessage, TemplateType } from './engine/kratos/courier/types.ts';
export type { EmulatorState } from './engine/env.ts';
export { totp, verifyTotp, hotp } from './totp/totp.ts';
export { defaultIdentitySchema } from './engine/kratos/identity/default-schema.ts';
/** Node builders and message texts in the exact shapes Kratos v0.11 emits (for stories and fixtures). */
export * as nodes from './nodes/index.ts';
