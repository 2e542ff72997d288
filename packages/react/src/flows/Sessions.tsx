import { useEffect, useId, useRef, useState } from 'react';
import type { Session } from '@orykit/client';
import { useComponents, useTranslate, type Translate } from '../context.tsx';
import type { FlowProblem, FlowStatus } from '../types.ts';
import { confirmationKeys } from '../form/confirm.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { enSessions } from '../i18n/messages/en/sessions.ts';
import { humanizeName } from '../nodes/helpers.ts';
import { preloadConfirmDialog } from '../primitives/confirm-dialog-slot.tsx';
import { describeUserAgent, withoutPort } from '../util/user-agent.ts';
import { readSession, readSessions, type SessionSummary } from './read.ts';
import { FlowShell } from './shared.tsx';

export { describeUserAgent };

/** A method's name as people say it ("Authenticator app" for `totp`). */
function methodName(tr: Translate, method: string): string {
  return tr.tMaybe(`ui.method.${method}`) ?? humanizeName(method);
}

/** Newest sign-in first; sessions without a time last. */
function byRecency(a: SessionSummary, b: SessionSummary): number {
  return (Date.parse(b.authenticatedAt ?? '') || 0) - (Date.parse(a.authenticatedAt ?? '') || 0);
}

/** What is being asked before a session is signed out. */
type Asking = { kind: 'revoke_session'; id: string } | { kind: 'revoke_others' };

export interface SessionsProps {
  /** The sessions (`listMySessions` gives the others; include the current one to show it on top). */
  sessions: Session[] | undefined;
  /** The current session (from `toSession`); marked and never offered for revocation. */
  current?: Session | undefined;
  /** The current session's id, when `current` is not at hand. */
  currentSessionId?: string | undefined;
  onRevoke?: ((sessionId: string) => Promise<void> | void) | undefined;
  onRevokeOthers?: (() => Promise<void> | void) | undefined;
  status?: FlowStatus | undefined;
  problem?: FlowProblem | undefined;
  onRetry?: (() => void) | undefined;
  className?: string | undefined;
}

function deviceName(tr: Translate, session: SessionSummary): string {
  return describeUserAgent(session.userAgent) ?? tr.t('ui.sessions.unknown_device');
}

function SessionItem({ session, current, onRevoke, busy, blocked }: { session: SessionSummary; current: boolean; onRevoke?: (() => void) | undefined; busy: boolean; blocked: boolean }) {
  const tr = useTranslate();
  const C = useComponents();
  const name = deviceName(tr, session);
  const headingId = `ory-session-${session.id}`;
  return (
    <li className={`ory-session${current ? ' ory-session--current' : ''}`} aria-labelledby={headingId}>
      <div className="ory-session__main">
        <p className="ory-session__device" id={headingId}>
          {name}
          {current ? <span className="ory-badge">{tr.t('ui.sessions.this_device')}</span> : null}
        </p>
        <ul className="ory-session__facts">
          {session.ipAddress ? (
            <li>
              {tr.t('ui.sessions.ip')}: {withoutPort(session.ipAddress)}
            </li>
          ) : null}
          {session.location ? (
            <li>
              {tr.t('ui.sessions.location')}: {session.location}
            </li>
          ) : null}
          {session.authenticatedAt ? <li>{tr.t('ui.sessions.signed_in', { time: session.authenticatedAt })}</li> : null}
          {session.expiresAt ? <li>{tr.t('ui.sessions.expires', { time: session.expiresAt })}</li> : null}
          {session.methods.length ? <li>{tr.t('ui.sessions.methods', { methods: session.methods.map((m) => methodName(tr, m)).join(', ') })}</li> : null}
        </ul>
      </div>
      {!current && onRevoke ? (
        <div className="ory-session__actions">
          <C.Button type="button" variant="secondary" onClick={onRevoke} busy={busy} blocked={blocked} describedBy={headingId}>
            {tr.t('ui.sessions.revoke')}
          </C.Button>
        </div>
      ) : null}
    </li>
  );
}

/**
 * The user's active sessions: the current one marked, the others each with "sign out", and "sign out
 * all other sessions".
 *
 * @example
 * ```tsx
 * <Sessions current={session} sessions={others} onRevoke={(id) => revoke(id)} onRevokeOthers={() => revokeOthers()} />
 * ```
 */
export const Sessions = /* @__PURE__ */ withFlowErrorBoundary(function Sessions(props: SessionsProps) {
  const tr = useTranslate();
  const C = useComponents();
  const uid = useId();
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const inFlight = useRef(false);
  useEffect(preloadConfirmDialog, []);
  const all = readSessions(props.sessions);
  const given = readSession(props.current);
  const currentId = given?.id ?? props.currentSessionId;
  const current = given ?? all.find((s) => s.id === currentId);
  const others = all.filter((s) => s.id !== currentId && s.active).sort(byRecency);
  const status = props.status ?? (props.sessions ? 'ready' : 'loading');
  const blocked = busy !== undefined || status === 'submitting';
  const [asking, setAsking] = useState<Asking | undefined>(undefined);
  const [done, setDone] = useState<'revoked' | 'revoked_others' | undefined>(undefined);

  const run = (key: string, fn: (() => Promise<void> | void) | undefined, said: 'revoked' | 'revoked_others') => {
    if (!fn || inFlight.current || blocked) return;
    inFlight.current = true;
    setBusy(key);
    setDone(undefined);
    Promise.resolve()
      .then(fn)
      .then(() => setDone(said))
      .catch((err: unknown) => {
        if (typeof console !== 'undefined') console.error('[orykit] revoking failed', err);
      })
      .finally(() => {
        inFlight.current = false;
        setBusy(undefined);
      });
  };

  const confirm = () => {
    if (!asking) return;
    setAsking(undefined);
    if (asking.kind === 'revoke_others') run('others', props.onRevokeOthers, 'revoked_others');
    else run(asking.id, () => props.onRevoke?.(asking.id), 'revoked');
  };
  const question = asking ? confirmationKeys(asking.kind) : undefined;

  return (
    <FlowShell variant="sessions" title={tr.t('ui.sessions.title')} problem={props.problem} onRetry={props.onRetry} status={status} ready={props.sessions !== undefined || current !== undefined} className={props.className}>
      <div className="ory-sessions">
        <p className="ory-sessions__done" role="status">
          {done ? tr.t(done === 'revoked' ? 'ui.sessions.revoked' : 'ui.sessions.revoked_others') : null}
        </p>
        {current ? (
          <section className="ory-sessions__group" aria-labelledby={`${uid}-current`}>
            <h2 className="ory-section__title" id={`${uid}-current`}>
              {tr.t('ui.sessions.current')}
            </h2>
            <ul className="ory-sessions__list">
              <SessionItem session={current} current busy={false} blocked={blocked} />
            </ul>
          </section>
        ) : null}
        <section className="ory-sessions__group" aria-labelledby={`${uid}-other`}>
          <h2 className="ory-section__title" id={`${uid}-other`}>
            {tr.t('ui.sessions.other')}
          </h2>
          {others.length ? (
            <ul className="ory-sessions__list">
              {others.map((s) => (
                <SessionItem
                  key={s.id}
                  session={s}
                  current={false}
                  busy={busy === s.id}
                  blocked={blocked}
                  onRevoke={props.onRevoke ? () => setAsking({ kind: 'revoke_session', id: s.id }) : undefined}
                />
              ))}
            </ul>
          ) : (
            <p className="ory-text__body">{tr.t('ui.sessions.none_other')}</p>
          )}
        </section>
        {others.length > 0 && props.onRevokeOthers ? (
          <div className="ory-actions">
            <C.Button type="button" variant="danger" onClick={() => setAsking({ kind: 'revoke_others' })} busy={busy === 'others'} blocked={blocked}>
              {tr.t('ui.sessions.revoke_all_others')}
            </C.Button>
          </div>
        ) : null}
        {question ? (
          <C.ConfirmDialog
            title={tr.t(question.title)}
            body={tr.t(question.body)}
            confirmLabel={tr.t(question.confirm)}
            cancelLabel={tr.t('ui.cancel')}
            onCancel={() => setAsking(undefined)}
            onConfirm={confirm}
          />
        ) : null}
      </div>
    </FlowShell>
  );
}, { english: enSessions });
