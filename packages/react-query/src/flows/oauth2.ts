import {
  adminAcceptOAuth2ConsentRequest,
  adminAcceptOAuth2LoginRequest,
  adminAcceptOAuth2LogoutRequest,
  adminGetOAuth2ConsentRequest,
  adminGetOAuth2LoginRequest,
  adminGetOAuth2LogoutRequest,
  adminRejectOAuth2ConsentRequest,
  adminRejectOAuth2LoginRequest,
  adminRejectOAuth2LogoutRequest,
  type CallOptions,
  type OAuth2ConsentRequest,
  type OAuth2LoginRequest,
  type OAuth2LogoutRequest,
  type OperationInput,
  type OryClient,
  type OryClientError,
} from '@orykit/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { oryKeys } from '../keys.ts';
import { useOryClient } from '../provider.tsx';
import { oryRetry } from '../retry.ts';
import { pagePolicy, redirectTarget } from './navigation.ts';

type Call = (client: OryClient, input: Record<string, unknown>, options?: CallOptions) => Promise<unknown>;

/** A Hydra login, consent or logout request, and how to answer it. */
export interface OAuth2RequestController<TRequest, TAccept, TReject> {
  request: TRequest | undefined;
  status: 'loading' | 'ready' | 'submitting' | 'done' | 'error';
  error: OryClientError | null;
  /** Accepts; then the browser goes where Hydra says (`redirect_to`). */
  accept: (body: TAccept) => Promise<void>;
  reject: (body: TReject) => Promise<void>;
}

export interface OAuth2RequestOptions {
  navigate?: (url: string) => void;
}

function useOAuth2Request<TRequest, TAccept, TReject>(
  name: 'login' | 'consent' | 'logout',
  challenge: string | undefined,
  get: Call,
  accept: Call,
  reject: Call,
  options: OAuth2RequestOptions,
): OAuth2RequestController<TRequest, TAccept, TReject> {
  const client = useOryClient();
  const queryClient = useQueryClient();
  const param = `${name}_challenge`;
  const request = useQuery<TRequest, OryClientError>({
    queryKey: [...oryKeys.resource('oauth2Requests'), name, challenge],
    queryFn: ({ signal }) => get(client, { [param]: challenge }, { signal, retry: 0 }) as Promise<TRequest>,
    enabled: challenge !== undefined,
    retry: oryRetry,
    staleTime: Infinity,
  });
  const answer = useMutation<unknown, OryClientError, { call: Call; body: unknown }>({
    mutationFn: ({ call, body }) => call(client, { [param]: challenge, ...(body === undefined ? {} : { body }) }),
    onSuccess: async (data) => {
      await queryClient.invalidateQueries({ queryKey: oryKeys.resource('oauth2Sessions') });
      const to = (data as { redirect_to?: string } | undefined)?.redirect_to;
      const url = to ? redirectTarget(to, pagePolicy(client)) : undefined;
      if (url) (options.navigate ?? ((next: string) => globalThis.location?.assign(next)))(url);
    },
  });
  const status = answer.isSuccess
    ? 'done'
    : answer.isPending
      ? 'submitting'
      : request.isError || answer.isError
        ? 'error'
        : request.isSuccess
          ? 'ready'
          : 'loading';
  return {
    request: request.data,
    status,
    error: answer.error ?? (request.error as OryClientError | null),
    accept: async (body) => void (await answer.mutateAsync({ call: accept, body }).catch(() => undefined)),
    reject: async (body) => void (await answer.mutateAsync({ call: reject, body }).catch(() => undefined)),
  };
}

type Body<T> = T extends { body?: infer B } ? NonNullable<B> : undefined;

/**
 * Hydra's login request for a `login_challenge`. Hydra's admin API must not be reachable from browsers in
 * production: use this in a server-rendered page or behind your backend.
 *
 * @example
 * const { request, accept } = useOAuth2LoginRequest(challenge)
 * accept({ subject: session.identity.id, remember: true })
 */
export const useOAuth2LoginRequest = (challenge: string | undefined, options: OAuth2RequestOptions = {}) =>
  useOAuth2Request<OAuth2LoginRequest, Body<OperationInput<'adminAcceptOAuth2LoginRequest'>>, Body<OperationInput<'adminRejectOAuth2LoginRequest'>>>(
    'login', challenge, adminGetOAuth2LoginRequest as unknown as Call, adminAcceptOAuth2LoginRequest as unknown as Call, adminRejectOAuth2LoginRequest as unknown as Call, options,
  );

/**
 * Hydra's consent request for a `consent_challenge` (same caution as {@link useOAuth2LoginRequest}).
 *
 * @example
 * const { request, accept } = useOAuth2ConsentRequest(challenge)
 * accept({ grant_scope: request.requested_scope, remember: true, remember_for: 3600 })
 */
export const useOAuth2ConsentRequest = (challenge: string | undefined, options: OAuth2RequestOptions = {}) =>
  useOAuth2Request<OAuth2ConsentRequest, Body<OperationInput<'adminAcceptOAuth2ConsentRequest'>>, Body<OperationInput<'adminRejectOAuth2ConsentRequest'>>>(
    'consent', challenge, adminGetOAuth2ConsentRequest as unknown as Call, adminAcceptOAuth2ConsentRequest as unknown as Call, adminRejectOAuth2ConsentRequest as unknown as Call, options,
  );

/**
 * Hydra's logout request for a `logout_challenge` (same caution as {@link useOAuth2LoginRequest}).
 *
 * @example
 * const { accept } = useOAuth2LogoutRequest(challenge)
 */
export const useOAuth2LogoutRequest = (challenge: string | undefined, options: OAuth2RequestOptions = {}) =>
  useOAuth2Request<OAuth2LogoutRequest, undefined, Body<OperationInput<'adminRejectOAuth2LogoutRequest'>>>(
    'logout', challenge, adminGetOAuth2LogoutRequest as unknown as Call, adminAcceptOAuth2LogoutRequest as unknown as Call, adminRejectOAuth2LogoutRequest as unknown as Call, options,
  );
