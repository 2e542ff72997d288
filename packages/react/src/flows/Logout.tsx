import { useRef, useState } from 'react';
import { useComponents, useTranslate } from '../context.tsx';
import type { FlowHrefs, FlowProblem } from '../types.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { enOAuth2 } from '../i18n/messages/en/oauth2.ts';
import { linkUrl } from '@orykit/client';
import { FlowShell } from './shared.tsx';

export interface LogoutProps {
  /** Kratos' `logout_url` (`createSelfServiceLogoutFlowUrlForBrowsers`); following it signs out. */
  logoutUrl?: string | undefined;
  /** `confirm` asks, `logging_out` shows progress, `done` says it is done. */
  state?: 'confirm' | 'logging_out' | 'done' | undefined;
  /** Sign out with JavaScript (e.g. `useLogout()`); without it the "Sign out" link follows `logoutUrl`. */
  onConfirm?: (() => Promise<void> | void) | undefined;
  onCancel?: (() => void) | undefined;
  problem?: FlowProblem | undefined;
  onRetry?: (() => void) | undefined;
  /** `home` is where "Stay signed in" and the done state lead; `login` is offered once signed out. */
  hrefs?: FlowHrefs | undefined;
  className?: string | undefined;
}

/**
 * Kratos sign-out: confirm, progress, done. Works without JavaScript through `logoutUrl`.
 *
 * @example
 * ```tsx
 * <Logout logoutUrl={logout.logout_url} hrefs={{ home: '/' }} />
 * ```
 */
export const Logout = /* @__PURE__ */ withFlowErrorBoundary(function Logout(props: LogoutProps) {
  const tr = useTranslate();
  const C = useComponents();
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const state = props.state ?? (busy ? 'logging_out' : 'confirm');
  const url = linkUrl(props.logoutUrl);
  const home = linkUrl(props.hrefs?.home);
  const login = linkUrl(props.hrefs?.login);

  const confirm = () => {
    if (inFlight.current || !props.onConfirm) return;
    inFlight.current = true;
    setBusy(true);
    Promise.resolve()
      .then(() => props.onConfirm?.())
      .catch((err: unknown) => {
        if (typeof console !== 'undefined') console.error('[orykit] logout failed', err);
      })
      .finally(() => {
        inFlight.current = false;
        setBusy(false);
      });
  };

  const links = state === 'done' ? (login ? [{ key: 'login', href: login, label: tr.t('ui.registration.sign_in') }] : []) : [];
  return (
    <FlowShell variant="logout" title={tr.t('ui.logout.title')} problem={props.problem} onRetry={props.onRetry} hrefs={props.hrefs} status="ready" ready links={links} className={props.className}>
      {state === 'done' ? (
        <p className="ory-text__body" role="status">
          {tr.t('ui.logout.done')}
        </p>
      ) : state === 'logging_out' ? (
        <C.Loading label={tr.t('ui.submitting')} />
      ) : (
        <>
          <p className="ory-text__body">{tr.t('ui.logout.confirm')}</p>
          <div className="ory-actions ory-actions--split">
            {props.onCancel ? (
              <C.Button type="button" variant="secondary" onClick={props.onCancel}>
                {tr.t('ui.logout.reject')}
              </C.Button>
            ) : home ? (
              <a className="ory-button ory-button--secondary" href={home}>
                <span className="ory-button__label">{tr.t('ui.logout.reject')}</span>
              </a>
            ) : null}
            {props.onConfirm ? (
              <C.Button type="button" variant="primary" onClick={confirm} busy={busy}>
                {tr.t('ui.logout.accept')}
              </C.Button>
            ) : url ? (
              <a className="ory-button ory-button--primary" href={url}>
                <span className="ory-button__label">{tr.t('ui.logout.accept')}</span>
              </a>
            ) : null}
          </div>
        </>
      )}
    </FlowShell>
  );
}, { english: enOAuth2 });
