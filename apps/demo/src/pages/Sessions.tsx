import { Sessions } from '@orykit/react';
import { useListSessions, useRevokeSession, useRevokeSessions, useToSession } from '@orykit/react-query';
import type { Session } from '@orykit/client';

/** `/sessions`: this device and the others signed in to the account; revoke one or all others. */
export function SessionsPage() {
  const current = useToSession(undefined, { retry: false });
  const others = useListSessions(undefined, { retry: false, enabled: current.isSuccess });
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeSessions();
  const error = current.error ?? others.error ?? revoke.error ?? revokeOthers.error;
  const sessions: Session[] | undefined =
    current.data && others.data ? [current.data, ...others.data.filter((s) => s.id !== current.data.id)] : undefined;
  return (
    <Sessions
      sessions={sessions}
      current={current.data}
      onRevoke={async (id) => {
        await revoke.mutateAsync({ id });
      }}
      onRevokeOthers={async () => {
        await revokeOthers.mutateAsync(undefined);
      }}
      status={current.isPending || (current.isSuccess && others.isPending) ? 'loading' : revoke.isPending || revokeOthers.isPending ? 'submitting' : 'ready'}
      problem={
        error
          ? {
              kind: error.kind === 'network' ? 'network' : 'error',
              message: error.message,
              retryable: error.kind === 'network' || error.kind === 'timeout',
            }
          : undefined
      }
      onRetry={() => {
        void current.refetch();
        void others.refetch();
      }}
    />
  );
}
