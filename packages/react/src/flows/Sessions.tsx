import { useId, useRef, useState } from 'react';
import type { Session } from '@orykit/client';
import { useComponents, useTranslate } from '../context.tsx';
import type { FlowProblem, FlowStatus } from '../types.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { readSession, readSessions, type SessionSummary } from './read.ts';
import { FlowShell } from './shared.tsx';

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

/**
 * "Chrome · macOS" from a user agent (no words to translate).
 * @example
 * ```ts
 * describeUserAgent(navigator.userAgent); // 'Chrome · macOS'
 * ```
 */
export function describeUserAgent(ua: string | undefined): string | undefined {
  if (!ua) return undefined;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\/|Opera/.test(ua)
      ? 'Opera'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Chrome\/|CriOS\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : undefined;
  const os = /iPhone|iPad|iPod/.test(ua)
    ? 'iOS'
    : /Android/.test(ua)
      ? 'Android'
      : /Mac OS X|Macintosh/.test(ua)
        ? 'macOS'
        : /Windows/.test(ua)
          ? 'Windows'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : undefined;
  const parts = [browser, os].filter(Boolean);
  return parts.length ? parts.join(' · ') : ua.slice(0, 60);
}

function SessionItem({ session, current, onRevoke, busy, blocked }: { session: SessionSummary; current: boolean; onRevoke?: (() => void) | undefined; busy: boolean; blocked: boolean }) {
  const tr = useTranslate();
  const C = useComponents();
  const name = describeUserAgent(session.userAgent) ?? tr.t('ui.sessions.unknown_device');
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
              {tr.t('ui.sessions.ip')}: {session.ipAddress}
            </li>
          ) : null}
          {session.location ? (
            <li>
              {tr.t('ui.sessions.location')}: {session.location}
            </li>
          ) : null}
          {session.authenticatedAt ? <li>{tr.t('ui.sessions.signed_in', { time: session.authenticatedAt })}</li> : null}
          {session.expiresAt ? <li>{tr.t('ui.sessions.expires', { time: session.expiresAt })}</li> : null}
          {session.methods.length ? <li>{tr.t('ui.sessions.methods', { methods: session.methods.join(', ') })}</li> : null}
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
  const all = readSessions(props.sessions);
  const given = readSession(props.current);
  const currentId = given?.id ?? props.currentSessionId;
  const current = given ?? all.find((s) => s.id === currentId);
  const others = all.filter((s) => s.id !== currentId && s.active);
  const status = props.status ?? (props.sessions ? 'ready' : 'loading');
  const blocked = busy !== undefined || status === 'submitting';

  const run = (key: string, fn: (() => Promise<void> | void) | undefined) => {
    if (!fn || inFlight.current || blocked) return;
    inFlight.current = true;
    setBusy(key);
    Promise.resolve()
      .then(fn)
      .catch((err: unknown) => {
        if (typeof console !== 'undefined') console.error('[orykit] revoking failed', err);
      })
      .finally(() => {
        inFlight.current = false;
        setBusy(undefined);
      });
  };

  return (
    <FlowShell variant="sessions" title={tr.t('ui.sessions.title')} problem={props.problem} onRetry={props.onRetry} status={status} ready={props.sessions !== undefined || current !== undefined} className={props.className}>
      <div className="ory-sessions">
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
                  onRevoke={props.onRevoke ? () => run(s.id, () => props.onRevoke?.(s.id)) : undefined}
                />
              ))}
            </ul>
          ) : (
            <p className="ory-text__body">{tr.t('ui.sessions.none_other')}</p>
          )}
        </section>
        {others.length > 0 && props.onRevokeOthers ? (
          <div className="ory-actions">
            <C.Button type="button" variant="danger" onClick={() => run('others', props.onRevokeOthers)} busy={busy === 'others'} blocked={blocked}>
              {tr.t('ui.sessions.revoke_all_others')}
            </C.Button>
          </div>
        ) : null}
      </div>
    </FlowShell>
  );
});
