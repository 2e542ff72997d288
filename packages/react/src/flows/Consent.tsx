import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { imageUrl, linkUrl, type Identity, type OAuth2ConsentRequest } from '@orykit/client';
import { useComponents, useTranslate } from '../context.tsx';
import { isRecord, str } from '../model.ts';
import type { FlowProblem, FlowStatus } from '../types.ts';
import { withFlowErrorBoundary } from '../form/FlowErrorBoundary.tsx';
import { enOAuth2 } from '../i18n/messages/en/oauth2.ts';
import { addressVerified, detailsText, identifierOf, strings } from './read.ts';
import { FlowShell } from './shared.tsx';

/** What the user granted; pass it to Hydra's `acceptOAuth2ConsentRequest`. */
export interface ConsentGrant {
  grant_scope: string[];
  grant_access_token_audience: string[];
  remember: boolean;
  remember_for: number;
}

export interface ConsentProps {
  /** Hydra's consent request (`getOAuth2ConsentRequest`). */
  request: OAuth2ConsentRequest | undefined;
  onAccept?: ((grant: ConsentGrant) => Promise<void> | void) | undefined;
  onReject?: (() => Promise<void> | void) | undefined;
  status?: FlowStatus | undefined;
  problem?: FlowProblem | undefined;
  onRetry?: (() => void) | undefined;
  /**
   * Where the form posts without JavaScript (your server's consent endpoint). It receives
   * `consent_challenge`, `grant_scope` (repeated), `grant_access_token_audience`, `remember`,
   * `remember_for` and `consent_action=accept|reject`.
   */
  action?: string | undefined;
  /** Seconds Hydra remembers the decision when "remember" is checked (0 = until revoked). */
  rememberFor?: number | undefined;
  /** Whether "remember my decision" starts checked (default false). */
  defaultRemember?: boolean | undefined;
  /**
   * Scopes the app cannot work without (e.g. `['openid']`): shown checked, marked "Required", and always
   * granted. Requested scopes only: a required scope the client did not ask for is not added.
   */
  requiredScopes?: readonly string[] | undefined;
  /** The identity, to preview the ID token claims (`email`, `name` …). */
  identity?: Identity | undefined;
  /** The claims to preview instead of the computed ones; a function gets the scopes granted so far. */
  idTokenClaims?: Record<string, unknown> | ((grantScope: string[]) => Record<string, unknown>) | undefined;
  className?: string | undefined;
  children?: ReactNode;
}

/**
 * The ID token claims an app typically sends for the granted scopes (from the identity's traits).
 * @example
 * ```ts
 * defaultIdTokenClaims(request, ['openid', 'email'], identity); // { sub, email, email_verified }
 * ```
 */
export function defaultIdTokenClaims(request: OAuth2ConsentRequest | undefined, grantScope: readonly string[], identity?: Identity): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  const subject = str(request?.subject);
  if (grantScope.includes('openid') && subject) claims['sub'] = subject;
  const traits = isRecord(identity?.traits) ? (identity.traits as Record<string, unknown>) : {};
  if (grantScope.includes('email')) {
    const email = str(traits['email']);
    if (email) {
      claims['email'] = email;
      const verified = addressVerified(identity, email);
      if (verified !== undefined) claims['email_verified'] = verified;
    }
  }
  if (grantScope.includes('profile')) {
    const name = traits['name'];
    if (isRecord(name)) {
      const first = str(name['first']);
      const last = str(name['last']);
      if (first) claims['given_name'] = first;
      if (last) claims['family_name'] = last;
      if (first || last) claims['name'] = [first, last].filter(Boolean).join(' ');
    } else if (str(name)) {
      claims['name'] = str(name);
    }
    const username = str(traits['username']);
    if (username) claims['preferred_username'] = username;
  }
  if (grantScope.includes('phone')) {
    const phone = str(traits['phone']) ?? str(traits['phone_number']);
    if (phone) claims['phone_number'] = phone;
  }
  return claims;
}

/**
 * The OAuth2 consent screen for a Hydra consent request: client, requested scopes (as checkboxes),
 * audiences, "remember my decision", policy links, a preview of the ID token claims, allow / deny.
 * A real form: without JavaScript it posts to `action`.
 *
 * @example
 * ```tsx
 * <Consent request={req} identity={session.identity} onAccept={(g) => accept(req.challenge, g)} onReject={() => reject(req.challenge)} />
 * ```
 */
export const Consent = /* @__PURE__ */ withFlowErrorBoundary(function Consent(props: ConsentProps) {
  const { request, status = request ? 'ready' : 'loading', problem, onRetry } = props;
  const tr = useTranslate();
  const C = useComponents();
  const id = useId();
  const client = request?.client;
  const clientName = str(client?.client_name) || str(client?.client_id) || '';
  const requested = useMemo(() => strings(request?.requested_scope), [request]);
  const audiences = useMemo(() => strings(request?.requested_access_token_audience), [request]);
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [remember, setRemember] = useState(Boolean(props.defaultRemember));
  const [busy, setBusy] = useState<'accept' | 'reject' | undefined>(undefined);
  const inFlight = useRef(false);
  const required = useMemo(() => new Set(props.requiredScopes ?? []), [props.requiredScopes]);
  const granted = requested.filter((s) => required.has(s) || !unchecked.has(s));
  const rememberFor = props.rememberFor ?? 0;

  // Hydra's `skip`: the person granted these scopes before and chose to be remembered; Hydra expects the
  // same grant without asking (and ignores `remember`). Once per request, once `status` is not `loading`.
  const skipped = useRef<string | undefined>(undefined);
  const autoAccept = request?.skip === true && props.onAccept !== undefined && !problem;
  useEffect(() => {
    const challenge = str(request?.challenge);
    // `loading`: the app is still fetching what it sends with the grant (the identity, for the claims).
    if (!autoAccept || !request || status === 'loading' || skipped.current === challenge) return;
    skipped.current = challenge;
    Promise.resolve(props.onAccept?.({ grant_scope: requested, grant_access_token_audience: audiences, remember: false, remember_for: 0 })).catch((err: unknown) => {
      if (typeof console !== 'undefined') console.error('[orykit] consent handler failed', err);
    });
  });

  const claims = typeof props.idTokenClaims === 'function' ? props.idTokenClaims(granted) : (props.idTokenClaims ?? defaultIdTokenClaims(request, granted, props.identity));
  const claimEntries = Object.entries(claims);
  const enhanced = Boolean(props.onAccept || props.onReject);
  const blocked = busy !== undefined || status === 'submitting' || status === 'done';

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    if (!enhanced) return;
    e.preventDefault();
    if (inFlight.current || blocked) return;
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const action = submitter?.getAttribute('value') === 'reject' ? 'reject' : 'accept';
    const run = action === 'accept' ? () => props.onAccept?.({ grant_scope: granted, grant_access_token_audience: audiences, remember, remember_for: rememberFor }) : () => props.onReject?.();
    inFlight.current = true;
    setBusy(action);
    Promise.resolve()
      .then(run)
      .catch((err: unknown) => {
        if (typeof console !== 'undefined') console.error('[orykit] consent handler failed', err);
      })
      .finally(() => {
        inFlight.current = false;
        setBusy(undefined);
      });
  };

  const logoUrl = imageUrl(client?.logo_uri);
  // Hydra's subject is the identity's id (a UUID): show its email or username.
  const signedInAs = identifierOf(props.identity, str(request?.subject) ?? '') || undefined;
  const links = [
    { key: 'policy', href: linkUrl(client?.policy_uri), label: tr.t('ui.consent.policy') },
    { key: 'tos', href: linkUrl(client?.tos_uri), label: tr.t('ui.consent.tos') },
    { key: 'client', href: linkUrl(client?.client_uri), label: tr.t('ui.consent.client_uri', { client: clientName }) },
  ].filter((l): l is { key: string; href: string; label: string } => Boolean(l.href));

  return (
    <FlowShell
      variant="consent"
      title={request ? tr.t('ui.consent.title', { client: clientName }) : tr.t(problem ? 'ui.error_view.title' : 'ui.loading')}
      subtitle={signedInAs ? tr.t('ui.consent.signed_in_as', { subject: signedInAs }) : undefined}
      logo={logoUrl ? <img className="ory-client-logo" src={logoUrl} alt={clientName} width={48} height={48} /> : undefined}
      problem={problem}
      onRetry={onRetry}
      status={autoAccept ? 'done' : status}
      ready={request !== undefined}
      links={links}
      className={props.className}
    >
      {autoAccept ? null : (
      <form className="ory-form ory-consent" method="post" action={props.action} onSubmit={onSubmit} aria-busy={blocked || undefined}>
        <input type="hidden" name="consent_challenge" value={str(request?.challenge) ?? ''} />
        {requested.length ? (
          <fieldset className="ory-consent__scopes">
            <legend className="ory-consent__legend">{tr.t('ui.consent.scopes', { client: clientName })}</legend>
            {requested.map((scope) => {
              const label = tr.tMaybe(`ui.consent.scope.${scope}`) ?? tr.t('ui.consent.scope.unknown', { scope });
              const cid = `${id}-scope-${scope.replace(/[^A-Za-z0-9_-]/g, '_')}`;
              const isRequired = required.has(scope);
              return (
                <div className="ory-field ory-field--checkbox" key={scope}>
                  <div className="ory-checkbox">
                    {/* A disabled checkbox is not posted: the required scope goes in a hidden field. */}
                    {isRequired ? <input type="hidden" name="grant_scope" value={scope} /> : null}
                    <input
                      type="checkbox"
                      className="ory-checkbox__input"
                      id={cid}
                      name={isRequired ? undefined : 'grant_scope'}
                      value={scope}
                      disabled={isRequired || undefined}
                      aria-describedby={isRequired ? `${cid}-required` : undefined}
                      checked={isRequired || !unchecked.has(scope)}
                      onChange={(e) =>
                        setUnchecked((s) => {
                          const next = new Set(s);
                          if (e.target.checked) next.delete(scope);
                          else next.add(scope);
                          return next;
                        })
                      }
                    />
                    <label className="ory-label ory-checkbox__label" htmlFor={cid}>
                      {label}
                      <span className="ory-consent__scope-name"> ({scope})</span>
                    </label>
                    {isRequired ? (
                      <span className="ory-badge ory-consent__required" id={`${cid}-required`}>
                        {tr.t('ui.consent.required')}
                      </span>
                    ) : null}
                  </div>
                </div>
              );
            })}
          </fieldset>
        ) : (
          <p className="ory-text__body">{tr.t('ui.consent.no_scopes')}</p>
        )}
        {audiences.length ? (
          <div className="ory-consent__audiences">
            <p className="ory-text__label">{tr.t('ui.consent.audiences')}</p>
            <ul className="ory-consent__audience-list">
              {audiences.map((a) => (
                <li key={a}>
                  <code>{a}</code>
                  <input type="hidden" name="grant_access_token_audience" value={a} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {claimEntries.length ? (
          <details className="ory-consent__claims">
            <summary>{tr.t('ui.consent.id_token', { client: clientName })}</summary>
            <dl className="ory-claims">
              {claimEntries.map(([k, v]) => (
                <div className="ory-claims__row" key={k}>
                  <dt>{k}</dt>
                  <dd>
                    <code>{typeof v === 'string' ? v : detailsText(v)}</code>
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        ) : null}
        <div className="ory-field ory-field--checkbox">
          <div className="ory-checkbox">
            <input type="checkbox" className="ory-checkbox__input" id={`${id}-remember`} name="remember" value="true" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
            <label className="ory-label ory-checkbox__label" htmlFor={`${id}-remember`}>
              {tr.t('ui.consent.remember')}
            </label>
          </div>
        </div>
        <input type="hidden" name="remember_for" value={String(rememberFor)} />
        <div className="ory-actions ory-actions--split">
          <C.Button type="submit" name="consent_action" value="reject" variant="secondary" busy={busy === 'reject'} blocked={blocked} formNoValidate>
            {tr.t('ui.consent.reject')}
          </C.Button>
          <C.Button type="submit" name="consent_action" value="accept" variant="primary" busy={busy === 'accept'} blocked={blocked}>
            {tr.t('ui.consent.accept')}
          </C.Button>
        </div>
      </form>
      )}
      {props.children}
    </FlowShell>
  );
}, { english: enOAuth2 });
