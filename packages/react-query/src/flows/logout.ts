import {
  createSelfServiceLogoutFlowUrlForBrowsers,
  isOryError,
  submitSelfServiceLogoutFlow,
  submitSelfServiceLogoutFlowWithoutBrowser,
  type LogoutUrl,
  type OryClientError,
} from '@orykit/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { oryKeys } from '../keys.ts';
import { useOryClient } from '../provider.tsx';
import { oryRetry } from '../retry.ts';
import { pagePolicy, returnTarget } from './navigation.ts';
import { problemOf, type FlowProblem } from './transitions.ts';

export interface LogoutFlowOptions {
  /** Where to go after logging out: on the app's origin or under `allowedReturnUrls`. Default `/`. */
  returnTo?: string;
  navigate?: (url: string) => void;
}

export interface LogoutController {
  /** The URL a plain link can point at (browser mode). */
  logoutUrl: string | undefined;
  status: 'loading' | 'ready' | 'submitting' | 'done' | 'signed-out';
  problem: FlowProblem | undefined;
  /** Ends the session: with the logout token in browser mode, with the session token in native mode. */
  logout: () => Promise<void>;
}

/**
 * Logs the user out.
 *
 * @example
 * const { logout, status } = useLogoutFlow({ returnTo: '/login' })
 * <button onClick={logout} disabled={status !== 'ready'}>Sign out</button>
 */
export function useLogoutFlow(options: LogoutFlowOptions = {}): LogoutController {
  const client = useOryClient();
  const queryClient = useQueryClient();
  const native = client.mode === 'native';
  const url = useQuery<LogoutUrl, OryClientError>({
    queryKey: [...oryKeys.resource('sessions'), 'logoutUrl'],
    queryFn: ({ signal }) => createSelfServiceLogoutFlowUrlForBrowsers(client, {}, { signal, retry: 0 }),
    enabled: !native,
    retry: oryRetry,
    staleTime: Infinity,
  });
  const mutation = useMutation<void, OryClientError>({
    mutationFn: async () => {
      if (native) {
        await submitSelfServiceLogoutFlowWithoutBrowser(client, { body: { session_token: client.options.sessionToken ?? '' } });
      } else {
        const token = url.data?.logout_token;
        await submitSelfServiceLogoutFlow(client, {
          ...(token ? { token } : {}),
          ...(options.returnTo ? { return_to: options.returnTo } : {}),
        });
      }
    },
    onSuccess: async () => {
      // Reset, not invalidate: a failed refetch would otherwise keep showing the ended session as data.
      queryClient.removeQueries({ queryKey: [...oryKeys.resource('sessions'), 'logoutUrl'] });
      await queryClient.resetQueries({ queryKey: oryKeys.resource('sessions') });
      (options.navigate ?? ((to: string) => globalThis.location?.assign(to)))(returnTarget([options.returnTo], pagePolicy(client)));
    },
  });
  // A 401 while asking for the logout URL means there is no session to end.
  const signedOut = isOryError(url.error) && url.error.status === 401;
  const failure = mutation.error ?? (signedOut ? null : url.error);
  return {
    logoutUrl: url.data?.logout_url,
    status: mutation.isSuccess ? 'done' : mutation.isPending ? 'submitting' : signedOut ? 'signed-out' : native || url.isSuccess ? 'ready' : url.isPending ? 'loading' : 'ready',
    problem: failure ? problemOf(failure) : undefined,
    logout: async () => {
      await mutation.mutateAsync().catch(() => undefined);
    },
  };
}
