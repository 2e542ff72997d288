import type { Env } from './env.ts';

/**
 * How long expired state stays after it expired: a flow still answers 410 `self_service_flow_expired`
 * (with a new flow) for a form left open half a working day, an expired session still counts as
 * "inactive" in the admin API. After that it is forgotten, as `kratos cleanup` / `hydra janitor` would.
 */
export const EXPIRED_KEPT_MS = 6 * 60 * 60 * 1000;
/**
 * Hydra's login, consent and logout requests live 30 minutes (`ttl.login_consent_request`); the
 * emulator does not enforce that, and forgets them an hour after they were made.
 */
export const HYDRA_REQUEST_KEPT_MS = 60 * 60 * 1000;
/**
 * At most this many records per store (flows of one kind, sessions, errors, Hydra requests, tokens…):
 * past it the oldest go, so memory stays bounded however fast requests come (a flow is about 5 kB).
 * Tests and a demo never hold that many live flows at once.
 */
export const MAX_RECORDS = 5_000;
/** The courier outbox keeps the newest messages only. */
export const MAX_MESSAGES = 1_000;
/** Pruning runs on a request after this many requests or this much clock time since the last run. */
const EVERY_REQUESTS = 1_000;
const EVERY_MS = 60 * 1000;

/** Deletes entries that `stale` selects, then the oldest (first inserted) past `max`. */
function sweep<K, V>(map: Map<K, V>, stale: (v: V) => boolean, max = MAX_RECORDS): void {
  for (const [k, v] of map) if (stale(v)) map.delete(k);
  if (map.size <= max) return;
  let excess = map.size - max;
  for (const k of map.keys()) {
    if (excess-- <= 0) break;
    map.delete(k);
  }
}

/** Keeps the array's entries that are not stale, at most the newest `max` of them (in place). */
function sweepList<T>(list: T[], stale: (v: T) => boolean, max: number): void {
  const kept = list.filter((v) => !stale(v)).slice(-max);
  list.length = 0;
  list.push(...kept);
}

/** Forgets expired flows, sessions, codes, errors, Hydra requests and tokens, and trims every store. */
export function prune(env: Env): void {
  const now = env.now();
  const expired = (at: number) => at + EXPIRED_KEPT_MS < now;
  const k = env.state.kratos;
  for (const flows of [k.login, k.registration, k.settings, k.recovery, k.verification] as Map<string, { expiresAt: number }>[]) {
    sweep(flows, (f) => expired(f.expiresAt));
  }
  sweep(k.sessions, (s) => expired(s.expiresAt));
  sweep(k.sessionCookies, (id) => !k.sessions.has(id));
  sweep(k.errors, (e) => expired(e.createdAt));
  sweep(k.oidc, (p) => expired(p.expiresAt));
  sweepList(k.secrets, (s) => expired(s.expiresAt), MAX_RECORDS);
  sweepList(env.outbox.messages, () => false, MAX_MESSAGES);

  const h = env.state.hydra;
  const old = (at: number) => at + HYDRA_REQUEST_KEPT_MS < now;
  sweep(h.loginRequests, (r) => old(r.requestedAt));
  sweep(h.consentRequests, (r) => old(r.requestedAt));
  sweep(h.logoutRequests, (r) => old(r.requestedAt));
  sweep(h.loginSessions, (s) => expired(s.expiresAt));
  sweep(h.tokens, (t) => expired(t.expiresAt));
  sweepList(h.consents, () => false, MAX_RECORDS);
}

/** Runs {@link prune} now and then, from the request path: no timers, so it follows the emulator's clock. */
export function pruner(env: Env): () => void {
  let requests = 0;
  let last = env.now();
  return () => {
    const now = env.now();
    if (++requests < EVERY_REQUESTS && now - last < EVERY_MS && now >= last) return;
    requests = 0;
    last = now;
    prune(env);
  };
}
