import { encodeCredential } from './encode.ts';
import type { WebAuthnRequest } from './options.ts';
import { browserCredentials, type CredentialsApi } from './support.ts';

export { browserCredentials, encodeCredential, type CredentialsApi };

// The WebAuthn ceremony itself: `navigator.credentials.create/get` with an AbortSignal, and the result
// encoded exactly as Kratos v0.11's handler parses it (go-webauthn's JSON with unpadded base64url
// fields, the shape Kratos' webauthn.js produces). Failures come back as a reason a person can be told.

/** Why a ceremony did not produce a credential. `aborted`: the app cancelled it (nothing to show). */
export type WebAuthnFailure = 'unsupported' | 'cancelled' | 'timed_out' | 'already_registered' | 'failed' | 'aborted';

export type WebAuthnCeremonyResult = { ok: true; value: string } | { ok: false; failure: WebAuthnFailure; error?: unknown };

export interface CeremonyEnv {
  /** Default: `navigator.credentials` when the browser has `PublicKeyCredential`. */
  credentials?: CredentialsApi | undefined;
  /** Cancels the ceremony (e.g. the form unmounted or the person started another one). */
  signal?: AbortSignal | undefined;
  /** The clock, to tell a timeout from a cancel (both are `NotAllowedError`). */
  now?: () => number;
}

const DEFAULT_TIMEOUT = 60_000;

function classify(error: unknown, elapsed: number, timeout: number, signal: AbortSignal | undefined): WebAuthnFailure {
  if (signal?.aborted) return 'aborted';
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  switch (name) {
    case 'AbortError':
      return 'aborted';
    case 'NotAllowedError':
      // The spec gives cancel and timeout one error; the time spent tells them apart.
      return elapsed >= timeout * 0.95 ? 'timed_out' : 'cancelled';
    case 'InvalidStateError':
      return 'already_registered';
    case 'NotSupportedError':
      return 'unsupported';
    default:
      return 'failed';
  }
}

/**
 * Runs one ceremony; never throws, never calls `alert()`.
 * @example
 * ```ts
 * const controller = new AbortController();
 * const result = await runCeremony(request, { signal: controller.signal });
 * if (result.ok) submitWith({ [request.resultName]: result.value });
 * ```
 */
export async function runCeremony(request: WebAuthnRequest, env: CeremonyEnv = {}): Promise<WebAuthnCeremonyResult> {
  const credentials = env.credentials ?? browserCredentials();
  if (!credentials) return { ok: false, failure: 'unsupported' };
  const now = env.now ?? Date.now;
  const signal = env.signal;
  const timeout = typeof request.publicKey.timeout === 'number' && request.publicKey.timeout > 0 ? request.publicKey.timeout : DEFAULT_TIMEOUT;
  const started = now();
  try {
    const credential =
      request.ceremony === 'create'
        ? await credentials.create({ publicKey: request.publicKey, ...(signal ? { signal } : {}) })
        : await credentials.get({ publicKey: request.publicKey, ...(signal ? { signal } : {}) });
    if (signal?.aborted) return { ok: false, failure: 'aborted' };
    if (!credential || credential.type !== 'public-key' || !('rawId' in credential)) return { ok: false, failure: 'failed' };
    return { ok: true, value: encodeCredential(request.ceremony, credential as PublicKeyCredential) };
  } catch (error) {
    return { ok: false, failure: classify(error, now() - started, timeout, signal), error };
  }
}
