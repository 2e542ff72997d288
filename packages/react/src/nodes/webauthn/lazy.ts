import type { CeremonyEnv, WebAuthnCeremonyResult } from './ceremony.ts';
import type { WebAuthnRequest } from './options.ts';
import { loadDeferred } from '../../load-deferred.ts';

// The public `runCeremony`: the ceremony's code (ceremony.ts, in ../../deferred.ts) is fetched on the
// first call, so a page that only renders security-key buttons does not carry it.

/**
 * Runs one ceremony; never throws, never calls `alert()` (a ceremony module that cannot be loaded is a
 * `failed` ceremony).
 * @example
 * ```ts
 * const controller = new AbortController();
 * const result = await runCeremony(request, { signal: controller.signal });
 * if (result.ok) submitWith({ [request.resultName]: result.value });
 * ```
 */
export async function runCeremony(request: WebAuthnRequest, env: CeremonyEnv = {}): Promise<WebAuthnCeremonyResult> {
  let ceremony: Awaited<ReturnType<typeof loadDeferred>>;
  try {
    ceremony = await loadDeferred();
  } catch (error) {
    return { ok: false, failure: 'failed', error };
  }
  return ceremony.runCeremony(request, env);
}
