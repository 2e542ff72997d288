// The one `import()` of deferred.ts (the WebAuthn ceremony, the confirmation dialog): its callers share
// one fetch, and a fetch that failed (offline, a deploy replaced the chunk) is tried again on the next call.
type Deferred = typeof import('./deferred.ts');

let loading: Promise<Deferred> | undefined;

/** The code the kit fetches after the first render. */
export function loadDeferred(): Promise<Deferred> {
  loading ??= import('./deferred.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
