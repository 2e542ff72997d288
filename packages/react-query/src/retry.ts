import { problemOf } from './flows/transitions.ts';

/** How many times a query of the kit's hooks tries a request again after a passing failure, at most. */
export const oryRetryLimit = 2;

/**
 * The retry policy of every query the kit's hooks make (TanStack Query's `retry`). A 4xx answer is the
 * server's answer (signed out, gone, not allowed) and asking again only delays it, so it is never retried;
 * a network failure, a 5xx or an unreadable answer may pass, so it is tried again up to
 * {@link oryRetryLimit} times, with TanStack Query's backoff. A timeout is not: the person has waited long
 * enough, the problem offers a retry. Each hook sets it on its query, so a `QueryClient`'s default `retry`
 * cannot make a 401 retry; pass `retry` to a hook to change it there.
 *
 * @example
 * useQuery({ queryKey, queryFn, retry: oryRetry })
 */
export function oryRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= oryRetryLimit) return false;
  const { kind, retryable } = problemOf(error);
  return retryable && kind !== 'timeout';
}
