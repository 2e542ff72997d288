import { useRef, useState } from 'react';
import type { OAuth2LogoutRequest } from '@orykit/client';
import { useComponents, useTranslate } from '../context.tsx';
import { str } from '../model.ts';
import type { FlowProblem, FlowStatus } from '../types.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { enOAuth2 } from '../i18n/messages/en/oauth2.ts';
import { FlowShell } from './shared.tsx';

export interface OAuth2LogoutProps {
  /** Hydra's logout request (`getOAuth2LogoutRequest`). */
  request: OAuth2LogoutRequest | undefined;
  onAccept?: (() => Promise<void> | void) | undefined;
  onReject?: (() => Promise<void> | void) | undefined;
  status?: FlowStatus | undefined;
  problem?: FlowProblem | undefined;
  onRetry?: (() => void) | undefined;
  /** Where the form posts without JavaScript; it receives `logout_challenge` and `action=accept|reject`. */
  action?: string | undefined;
  className?: string | undefined;
}

/**
 * Confirms a Hydra (OpenID Connect RP-initiated) logout.
 *
 * @example
 * ```tsx
 * <OAuth2Logout request={req} onAccept={() => acceptLogout(req.challenge)} onReject={() => rejectLogout(req.challenge)} />
 * ```
 */
export const OAuth2Logout = /* @__PURE__ */ withFlowErrorBoundary(function OAuth2Logout(props: OAuth2LogoutProps) {
  const { request, status = request ? 'ready' : 'loading', problem, onRetry } = props;
  const tr = useTranslate();
  const C = useComponents();
  const clientName = str(request?.client?.client_name) || str(request?.client?.client_id) || '';
  const [busy, setBusy] = useState<'accept' | 'reject' | undefined>(undefined);
  const inFlight = useRef(false);
  const enhanced = Boolean(props.onAccept || props.onReject);
  const blocked = busy !== undefined || status === 'submitting' || status === 'done';
  const done = status === 'done';

  return (
    <FlowShell variant="oauth2-logout" title={tr.t('ui.logout.title')} problem={problem} onRetry={onRetry} status={done ? 'ready' : status} ready={request !== undefined} className={props.className}>
      {done ? (
        <p className="ory-text__body" role="status">
          {tr.t('ui.logout.done')}
        </p>
      ) : (
        <form
          className="ory-form"
          method="post"
          action={props.action}
          onSubmit={(e) => {
            if (!enhanced) return;
            e.preventDefault();
            if (inFlight.current || blocked) return;
            const which = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'reject' ? 'reject' : 'accept';
            const fn = which === 'accept' ? props.onAccept : props.onReject;
            inFlight.current = true;
            setBusy(which);
            Promise.resolve()
              .then(() => fn?.())
              .catch((err: unknown) => {
                if (typeof console !== 'undefined') console.error('[orykit] OAuth2 logout handler failed', err);
              })
              .finally(() => {
                inFlight.current = false;
                setBusy(undefined);
              });
          }}
        >
          <input type="hidden" name="logout_challenge" value={str(request?.challenge) ?? ''} />
          <p className="ory-text__body">{clientName ? tr.t('ui.logout.confirm_client', { client: clientName }) : tr.t('ui.logout.confirm')}</p>
          <div className="ory-actions ory-actions--split">
            <C.Button type="submit" name="action" value="reject" variant="secondary" busy={busy === 'reject'} blocked={blocked}>
              {tr.t('ui.logout.reject')}
            </C.Button>
            <C.Button type="submit" name="action" value="accept" variant="primary" busy={busy === 'accept'} blocked={blocked}>
              {tr.t('ui.logout.accept')}
            </C.Button>
          </div>
        </form>
      )}
    </FlowShell>
  );
}, { english: enOAuth2 });
