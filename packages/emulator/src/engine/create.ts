import { clearState, createEnv, type EmulatorState, type Env } from './env.ts';
import { handle } from './handle.ts';
import { resolveOptions, type EmulatorOptions, type ResolvedOptions } from './options.ts';
import { seedIdentities } from './seed.ts';
import type { Clock, EmulatorRequest, EmulatorResponse } from './types.ts';
import type { Outbox } from './kratos/courier/outbox.ts';
import { kratosRoutes } from './kratos/routes.ts';
import { hydraRoutes } from './hydra/routes.ts';
import { networkRoutes } from './network/routes.ts';
import type { Route } from './router.ts';
import { prune, pruner } from './prune.ts';

/** An in-memory Kratos v0.11 + Hydra v2 + Ory Network, behind one `handle()` function. */
export interface Emulator {
  /** Answers one HTTP request. Never throws. */
  handle(req: EmulatorRequest): Promise<EmulatorResponse>;
  /** Everything in memory (identities, sessions, flows, clients…), for tests that look inside. */
  readonly state: EmulatorState;
  /** The courier outbox: every email with its code or link. */
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly options: ResolvedOptions;
  /** Forgets everything and seeds again. */
  reset(): void;
  /**
   * Forgets expired flows, sessions, codes, errors, Hydra requests and tokens (six hours after they
   * expired) and trims every store to its newest records. Runs by itself every 1,000 requests or
   * minute of the emulator's clock; call it after moving a manual clock.
   */
  prune(): void;
}

/** Every route the engine answers (tests derive their lists from it). */
export const ROUTES: readonly Route[] = [...kratosRoutes, ...hydraRoutes, ...networkRoutes];

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const resolved = resolveOptions(options);
  const env: Env = createEnv(resolved);
  seedIdentities(env);
  const tick = pruner(env);
  return {
    handle: (req) => {
      tick();
      return handle(env, ROUTES, req);
    },
    state: env.state,
    outbox: env.outbox,
    clock: resolved.clock,
    options: resolved,
    reset() {
      clearState(env);
      seedIdentities(env);
    },
    prune: () => prune(env),
  };
}
