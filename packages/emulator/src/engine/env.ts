import type { ResolvedOptions } from './options.ts';
import { createKratosState, type KratosState } from './kratos/state.ts';
import { Outbox } from './kratos/courier/outbox.ts';
import { csrfCookieName } from './kratos/csrf.ts';
import { createHydraState, type HydraState } from './hydra/state.ts';
import { createNetworkState, type NetworkState } from './network/state.ts';
import { webauthnScript, type WebAuthnScript } from './kratos/methods/webauthn-script.ts';

/** Everything the emulator holds in memory. */
export interface EmulatorState {
  kratos: KratosState;
  hydra: HydraState;
  network: NetworkState;
}

/** Shared services for all request handlers. */
export interface Env {
  readonly options: ResolvedOptions;
  readonly state: EmulatorState;
  readonly outbox: Outbox;
  now(): number;
  newId(): string;
  /** Values that need async Web Crypto work, computed once before the first request. */
  readonly ready: Promise<Prepared>;
}

export interface Prepared {
  csrfCookieName: string;
  webauthn: WebAuthnScript;
  /** SHA-256 of the WebAuthn RP ID: the first 32 bytes of every authenticator data. */
  webauthnRpIdHash: Uint8Array;
}

export function createEnv(options: ResolvedOptions): Env {
  const now = (): number => options.clock.now();
  const newId = (): string => options.idGenerator();
  const ready = (async (): Promise<Prepared> => ({
    csrfCookieName: await csrfCookieName(options.urls.kratosPublic),
    webauthn: await webauthnScript(),
    webauthnRpIdHash: new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(options.webauthn.rpId))),
  }))();
  // Keep an unhandled rejection from surfacing before the first request awaits it.
  ready.catch(() => undefined);
  return {
    options,
    state: { kratos: createKratosState(), hydra: createHydraState(), network: createNetworkState() },
    outbox: new Outbox(now, newId),
    now,
    newId,
    ready,
  };
}

/** Empties every store (identities, sessions, flows, outbox, clients…), keeping the options. */
export function clearState(env: Env): void {
  Object.assign(env.state.kratos, createKratosState());
  Object.assign(env.state.hydra, createHydraState(env.state.hydra));
  Object.assign(env.state.network, createNetworkState());
  env.outbox.clear();
}
