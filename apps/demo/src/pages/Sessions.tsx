import { Sessions, useTranslate } from '@orykit/react';
import { problemOf, useListSessions, useRevokeSession, useRevokeSessions, useToSession } from '@orykit/react-query';
import { isOryError, type Session } from '@orykit/client';
import { Link } from '../router.tsx';

/** `/sessions`: this device and the others signed in to the account; revoke one or all others. */
export function SessionsPage() {
  const { t } = useTranslate();
  const current = useToSession(undefined, { retry: false });
  const others = useListSessions(undefined, { retry: false, enabled: current.isSuccess });
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeSessions();
  const error = (current.isSuccess ? null : current.error) ?? others.error ?? revoke.error ?? revokeOthers.error;
  if (isOryError(current.error) && (current.error.status === 401 || current.error.id === 'session_aal2_required')) {
    const aal2 = current.error.id === 'session_aal2_required';
    return (
      <section className="demo-panel demo-panel--narrow">
        <h1>{t('ui.sessions.title')}</h1>
        <p className="demo-muted">{t(aal2 ? 'demo.sessions.aal2_text' : 'demo.sessions.sign_in_text')}</p>
        <Link href={aal2 ? '/login?aal=aal2&return_to=/sessions' : '/login?return_to=/sessions'} className="demo-button demo-button--primary">
          {t(aal2 ? 'demo.home.aal2_action' : 'ui.login.title')}
        </Link>
      </section>
    );
  }
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
      problem={error ? problemOf(error) : undefined}
      onRetry={() => {
        void current.refetch();
        void others.refetch();
      }}
    />
  );
}
