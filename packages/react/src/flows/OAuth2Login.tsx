import { useRef, useState, type ReactNode } from 'react';
import { imageUrl, type OAuth2LoginRequest } from '@orykit/client';
import { useComponents, useTranslate } from '../context.tsx';
import { str } from '../model.ts';
import type { FlowProblem, FlowStatus } from '../types.ts';
import { cx } from '../util/cx.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { ProblemAlert } from './problem.tsx';
import { FlowShell, OryRoot } from './shared.tsx';

export interface OAuth2LoginProps {
  /** Hydra's login request (`getOAuth2LoginRequest`). */
  request: OAuth2LoginRequest | undefined;
  /** `skip` requests: continue as the remembered subject. */
  onContinue?: (() => Promise<void> | void) | undefined;
  /** Abort the OAuth2 flow (reject the login request). */
  onCancel?: (() => Promise<void> | void) | undefined;
  status?: FlowStatus | undefined;
  problem?: FlowProblem | undefined;
  onRetry?: (() => void) | undefined;
  /** Where the form posts without JavaScript; it receives `login_challenge` and `action=continue|cancel`. */
  action?: string | undefined;
  /** The sign-in UI for non-skip requests (e.g. `<Login … />` for the Kratos login flow). */
  children?: ReactNode;
  className?: string | undefined;
}

/**
 * The card of a Hydra login request: which app asks, and either "Continue as …" (when Hydra can skip
 * the login) or your sign-in form as children.
 *
 * @example
 * ```tsx
 * <OAuth2Login request={req} onContinue={() => acceptLogin(req.challenge, req.subject)} onCancel={() => rejectLogin(req.challenge)}>
 *   <Login flow={flow} onSubmit={submit} />
 * </OAuth2Login>
 * ```
 */
export const OAuth2Login = /* @__PURE__ */ withFlowErrorBoundary(function OAuth2Login(props: OAuth2LoginProps) {
  const { request, status = request ? 'ready' : 'loading', problem, onRetry } = props;
  const tr = useTranslate();
  const C = useComponents();
  const client = request?.client;
  const clientName = str(client?.client_name) || str(client?.client_id) || '';
  const logoUrl = imageUrl(client?.logo_uri);
  const [busy, setBusy] = useState<'continue' | 'cancel' | undefined>(undefined);
  const inFlight = useRef(false);
  const enhanced = Boolean(props.onContinue || props.onCancel);
  const blocked = busy !== undefined || status === 'submitting' || status === 'done';

  const run = (which: 'continue' | 'cancel') => {
    if (inFlight.current || blocked) return;
    const fn = which === 'continue' ? props.onContinue : props.onCancel;
    inFlight.current = true;
    setBusy(which);
    Promise.resolve()
      .then(() => fn?.())
      .catch((err: unknown) => {
        if (typeof console !== 'undefined') console.error('[orykit] OAuth2 login handler failed', err);
      })
      .finally(() => {
        inFlight.current = false;
        setBusy(undefined);
      });
  };

  if (request && !request.skip) {
    // The sign-in UI brings its own card: show which app asks above it, not a card around a card.
    return (
      <OryRoot className={cx('ory-oauth2-login', props.className)}>
        <ProblemAlert problem={problem} onRetry={onRetry} />
        <p className="ory-oauth2-login__client">
          {logoUrl ? <img className="ory-client-logo" src={logoUrl} alt="" width={32} height={32} /> : null}
          <span>{tr.t('ui.oauth2_login.title', { client: clientName })}</span>
        </p>
        {props.children}
      </OryRoot>
    );
  }

  return (
    <FlowShell
      variant="oauth2-login"
      title={request ? tr.t('ui.oauth2_login.title', { client: clientName }) : tr.t(problem ? 'ui.error_view.title' : 'ui.loading')}
      logo={logoUrl ? <img className="ory-client-logo" src={logoUrl} alt={clientName} width={48} height={48} /> : undefined}
      problem={problem}
      onRetry={onRetry}
      status={status}
      ready={request !== undefined}
      className={props.className}
    >
      {request?.skip ? (
        <form
          className="ory-form"
          method="post"
          action={props.action}
          onSubmit={(e) => {
            if (!enhanced) return;
            e.preventDefault();
            const v = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
            run(v === 'cancel' ? 'cancel' : 'continue');
          }}
        >
          <input type="hidden" name="login_challenge" value={str(request.challenge) ?? ''} />
          <p className="ory-text__body">{tr.t('ui.consent.signed_in_as', { subject: request.subject })}</p>
          <div className="ory-actions ory-actions--split">
            <C.Button type="submit" name="action" value="cancel" variant="secondary" busy={busy === 'cancel'} blocked={blocked}>
              {tr.t('ui.cancel')}
            </C.Button>
            <C.Button type="submit" name="action" value="continue" variant="primary" busy={busy === 'continue'} blocked={blocked}>
              {tr.t('ui.continue')}
            </C.Button>
          </div>
        </form>
      ) : (
        props.children
      )}
    </FlowShell>
  );
});
