import { useEffect, useRef, useState, type ReactNode } from 'react';
import { imageUrl, linkUrl, type Identity, type OAuth2LoginRequest } from '@orykit/client';
import { useComponents, useTranslate } from '../context.tsx';
import { str } from '../model.ts';
import type { FlowHrefs, FlowProblem, FlowStatus } from '../types.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { enOAuth2 } from '../i18n/messages/en/oauth2.ts';
import { identifierOf } from './read.ts';
import { FlowShell, link } from './shared.tsx';

export interface OAuth2LoginProps {
  /** Hydra's login request (`getOAuth2LoginRequest`). */
  request: OAuth2LoginRequest | undefined;
  /**
   * Accept the login request as `subject`: Hydra's remembered subject when it says `skip` (then without
   * asking: Hydra forbids showing a login UI), or the signed-in `identity`'s id after "Continue as …".
   */
  onContinue?: ((subject: string) => Promise<void> | void) | undefined;
  /** Abort the OAuth2 flow (reject the login request). */
  onCancel?: (() => Promise<void> | void) | undefined;
  /**
   * The person signed in to your app (`toSession().identity`), if any: offered as "Continue as
   * alice@example.com" (its email or username, not its id). Also names Hydra's remembered subject.
   */
  identity?: Identity | undefined;
  /** Where "Use another account" leads (e.g. your logout page with a return_to back here). */
  switchAccountHref?: string | undefined;
  /** Recovery and registration links under the sign-in form. */
  hrefs?: FlowHrefs | undefined;
  status?: FlowStatus | undefined;
  problem?: FlowProblem | undefined;
  onRetry?: (() => void) | undefined;
  /** Where the form posts without JavaScript; it receives `login_challenge` and `action=continue|cancel`. */
  action?: string | undefined;
  /** The sign-in form for a person not signed in (e.g. `<Flow ui={loginFlow.ui} kind="login" … />`), inside this card. */
  children?: ReactNode;
  className?: string | undefined;
}

/**
 * The card of a Hydra login request, in Login's design: the client's logo and name, and either nothing to
 * do (Hydra's `skip`: continued at once as the remembered subject), "Continue as …" for the person signed
 * in to your app, or your sign-in form with the recovery and registration links.
 *
 * @example
 * ```tsx
 * <OAuth2Login request={req} identity={session?.identity} onContinue={(subject) => acceptLogin(req.challenge, subject)} onCancel={() => rejectLogin(req.challenge)}>
 *   <Flow ui={flow.ui} kind="login" onSubmit={submit} />
 * </OAuth2Login>
 * ```
 */
export const OAuth2Login = /* @__PURE__ */ withFlowErrorBoundary(function OAuth2Login(props: OAuth2LoginProps) {
  const { request, status = request ? 'ready' : 'loading', problem, onRetry, identity } = props;
  const tr = useTranslate();
  const C = useComponents();
  const client = request?.client;
  const clientName = str(client?.client_name) || str(client?.client_id) || '';
  const logoUrl = imageUrl(client?.logo_uri);
  const [busy, setBusy] = useState<'continue' | 'cancel' | undefined>(undefined);
  const inFlight = useRef(false);
  const enhanced = Boolean(props.onContinue || props.onCancel);
  const blocked = busy !== undefined || status === 'submitting' || status === 'done';
  const skip = request?.skip === true;
  const remembered = str(request?.subject) ?? '';
  // Who continues: Hydra's remembered subject, else the app's signed-in person.
  const subject = skip ? remembered : (str(identity?.id) ?? '');
  const shownAs = identifierOf(identity, subject);

  const run = (which: 'continue' | 'cancel') => {
    if (inFlight.current || blocked) return;
    inFlight.current = true;
    setBusy(which);
    Promise.resolve()
      .then(() => (which === 'continue' ? props.onContinue?.(subject) : props.onCancel?.()))
      .catch((err: unknown) => {
        if (typeof console !== 'undefined') console.error('[orykit] OAuth2 login handler failed', err);
      })
      .finally(() => {
        inFlight.current = false;
        setBusy(undefined);
      });
  };

  // Hydra's `skip`: the person signed in to Hydra before; no UI may ask again. Once per request.
  const skipped = useRef<string | undefined>(undefined);
  const autoContinue = skip && props.onContinue !== undefined && !problem;
  useEffect(() => {
    const challenge = str(request?.challenge);
    if (!autoContinue || skipped.current === challenge) return;
    skipped.current = challenge;
    run('continue');
  });

  const continuing = skip || (identity !== undefined && subject !== '');
  const clientHref = linkUrl(client?.client_uri);
  const links = [
    ...(continuing ? [] : [...link('recovery', props.hrefs?.recovery, tr.t('ui.login.forgot_password')), ...link('registration', props.hrefs?.registration, tr.t('ui.login.sign_up'), tr.t('ui.login.no_account'))]),
    ...link('client', clientHref, tr.t('ui.consent.client_uri', { client: clientName })),
  ];

  return (
    <FlowShell
      variant="oauth2-login"
      title={request ? tr.t('ui.oauth2_login.title', { client: clientName }) : tr.t(problem ? 'ui.error_view.title' : 'ui.loading')}
      subtitle={continuing && shownAs ? tr.t('ui.consent.signed_in_as', { subject: shownAs }) : undefined}
      logo={logoUrl ? <img className="ory-client-logo" src={logoUrl} alt={clientName} width={48} height={48} /> : undefined}
      problem={problem}
      onRetry={onRetry}
      status={autoContinue ? 'done' : status}
      ready={request !== undefined}
      links={links}
      className={props.className}
    >
      {autoContinue ? null : continuing ? (
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
          <input type="hidden" name="login_challenge" value={str(request?.challenge) ?? ''} />
          <div className="ory-actions ory-actions--stack">
            <C.Button type="submit" name="action" value="continue" variant="primary" busy={busy === 'continue'} blocked={blocked}>
              {tr.t('ui.continue')}
            </C.Button>
            {!skip && props.switchAccountHref ? (
              <a className="ory-button ory-button--secondary" href={linkUrl(props.switchAccountHref)}>
                <span className="ory-button__label">{tr.t('ui.oauth2_login.other_account')}</span>
              </a>
            ) : null}
            <C.Button type="submit" name="action" value="cancel" variant="ghost" busy={busy === 'cancel'} blocked={blocked}>
              {tr.t('ui.cancel')}
            </C.Button>
          </div>
        </form>
      ) : (
        props.children
      )}
    </FlowShell>
  );
}, { english: enOAuth2 });
