import type {
  CallOptions,
  Operation,
  OperationId,
  OperationInput,
  OperationOutput,
  OryClient,
  OryClientError,
} from '@orykit/client';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryFunction,
  type QueryKey,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { invalidatedBy, oryKeys, resourceOf } from './keys.ts';
import { useOryClient } from './provider.tsx';
import { oryRetry } from './retry.ts';

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** An operation's input, or nothing when nothing in it is required. */
export type QueryInput<Id extends OperationId> = [RequiredKeys<OperationInput<Id>>] extends [never]
  ? OperationInput<Id> | void
  : OperationInput<Id>;

type AnyCall = (client: OryClient, input?: object, options?: CallOptions) => Promise<unknown>;

/**
 * What `oryQueryOptions` returns. Spelled out, not inferred from `queryOptions()`, so that the published
 * declarations name only types that every @tanstack/react-query 5.x exports (the peer range's floor).
 */
export type OryQueryOptions<Id extends OperationId> = Omit<
  UseQueryOptions<OperationOutput<Id>, OryClientError, OperationOutput<Id>, readonly unknown[]>,
  'queryKey' | 'queryFn'
> & {
  queryKey: readonly unknown[];
  queryFn: QueryFunction<OperationOutput<Id>, readonly unknown[]>;
};

/** Query options for one operation call: for `useQuery`, `useSuspenseQuery`, `prefetchQuery`, `ensureQueryData`. */
export function oryQueryOptions<Id extends OperationId>(
  client: OryClient,
  id: Id,
  operation: Operation<Id>,
  input?: OperationInput<Id> | void,
  call?: Omit<CallOptions, 'signal'>,
): OryQueryOptions<Id> {
  const flows = resourceOf(operation.def) === 'flows';
  return {
    queryKey: oryKeys.query(id, operation.def, input ?? undefined),
    queryFn: ({ signal }) =>
      (operation as unknown as AnyCall)(client, input ?? {}, { retry: 0, ...call, signal }) as Promise<OperationOutput<Id>>,
    // The one retry policy; the client's own retry is off for these calls so that the two never multiply.
    retry: oryRetry,
    // A flow is created or read once; refetching on focus would replace the form under the user's hands.
    ...(flows ? { staleTime: Infinity, refetchOnWindowFocus: false } : {}),
  };
}

/** Every TanStack Query option but the key and the function, which the operation supplies. */
export type OryQueryHookOptions<Id extends OperationId, TData = OperationOutput<Id>> = Omit<
  UseQueryOptions<OperationOutput<Id>, OryClientError, TData, QueryKey>,
  'queryKey' | 'queryFn'
> & { call?: Omit<CallOptions, 'signal'> };

/** A query hook for a read operation. The generated `use…` hooks are made by this. */
export function createQueryHook<Id extends OperationId>(id: Id, operation: Operation<Id>) {
  return function useOryQuery<TData = OperationOutput<Id>>(
    input?: QueryInput<Id>,
    options?: OryQueryHookOptions<Id, TData>,
  ): UseQueryResult<TData, OryClientError> {
    const client = useOryClient();
    const { call, ...rest } = options ?? {};
    return useQuery({ ...(oryQueryOptions(client, id, operation, input, call) as object), ...rest } as UseQueryOptions<
      OperationOutput<Id>,
      OryClientError,
      TData,
      QueryKey
    >);
  };
}

/** Mutation options for one operation; on success they invalidate what the operation changes. */
export type OryMutationHookOptions<Id extends OperationId> = Omit<
  UseMutationOptions<OperationOutput<Id>, OryClientError, QueryInput<Id>>,
  'mutationFn' | 'mutationKey'
> & { call?: CallOptions };

/** A mutation hook for a write operation. The generated `use…` hooks are made by this. */
export function createMutationHook<Id extends OperationId>(id: Id, operation: Operation<Id>) {
  return function useOryMutation(
    options?: OryMutationHookOptions<Id>,
  ): UseMutationResult<OperationOutput<Id>, OryClientError, QueryInput<Id>> {
    const client = useOryClient();
    const queryClient = useQueryClient();
    const { call, onSuccess, ...rest } = options ?? {};
    return useMutation({
      mutationKey: oryKeys.operation(id, operation.def),
      mutationFn: (input) => (operation as unknown as AnyCall)(client, input ?? {}, call) as Promise<OperationOutput<Id>>,
      ...rest,
      onSuccess: async (...args) => {
        await Promise.all(
          invalidatedBy(id, operation.def).map((resource) =>
            queryClient.invalidateQueries({ queryKey: oryKeys.resource(resource) }),
          ),
        );
        return onSuccess?.(...args);
      },
    });
  };
}
