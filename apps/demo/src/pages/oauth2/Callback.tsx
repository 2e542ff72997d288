import type { OperationInput } from '@orykit/client';
import { useGetOidcUserInfo, usePerformOAuth2TokenFlow } from '@orykit/react-query';
import { useTranslate } from '@orykit/react';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../ory.ts';
import { Link, useSearchParams } from '../../router.tsx';
import { clientStore, decodeJwt, pendingStore, tokenStore, type TokenSet } from './sample-client.ts';

type TokenBody = NonNullable<OperationInput<'performOAuth2TokenFlow'>['body']>;

/**
 * `/oauth2/callback`: Hydra sends the browser back with `code` and `state`. The sample client checks the
 * state, exchanges the code (with its secret and the PKCE verifier) at the token endpoint, and reads
 * `/userinfo` with the access token.
 */
export function OAuth2CallbackPage() {
  const { t } = useTranslate();
  const search = useSearchParams();
  const code = search.get('code');
  const state = search.get('state');
  const denied = search.get('error');
  const [client] = useState(clientStore.get);
  const exchange = usePerformOAuth2TokenFlow(client ? { call: { basic: { username: client.client_id, password: client.client_secret } } } : {});
  const [tokens, setTokens] = useState<TokenSet | undefined>(() => (code ? undefined : tokenStore.get()));
  // What the browser started (read once: the pending authorization is single-use).
  const [pending] = useState(() => (code ? pendingStore.get() : undefined));
  const precondition = !code
    ? undefined
    : !client
      ? t('demo.callback.not_registered')
      : !pending || pending.state !== state
        ? t('demo.callback.state_mismatch')
        : undefined;
  const [exchangeFailure, setFailure] = useState<string>();
  const failure = precondition ?? exchangeFailure;
  const started = useRef(false);

  useEffect(() => {
    if (!code || !client || !pending || precondition || started.current) return;
    started.current = true;
    pendingStore.set(undefined);
    const body = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: pending.redirect_uri,
      client_id: client.client_id,
      code_verifier: pending.verifier,
    } as TokenBody;
    exchange
      .mutateAsync({ body })
      .then((result) => {
        // The v0alpha2 spec types id_token (and scope) as integers; Hydra sends strings.
        const set = result as unknown as TokenSet;
        const claims = decodeJwt(set.id_token)?.payload;
        if (claims && claims['nonce'] !== pending.nonce) throw new Error(t('demo.callback.nonce_mismatch'));
        tokenStore.set(set);
        setTokens(set);
        // Drop `code` and `state` from the address: they are single-use.
        window.history.replaceState(null, '', '/oauth2/callback?show=1');
      })
      .catch((error: Error) => setFailure(errorMessage(error)));
  }, [code, client, pending, precondition, exchange, t]);

  const userinfo = useGetOidcUserInfo(undefined, {
    enabled: Boolean(tokens?.access_token),
    call: { bearer: tokens?.access_token ?? '' },
    retry: false,
  });

  if (denied) {
    return (
      <section className="demo-panel demo-panel--narrow">
        <h1>{t('demo.callback.denied')}</h1>
        <p className="demo-alert" role="alert">
          <strong>{denied}</strong>: {search.get('error_description') ?? search.get('error_hint') ?? ''}
        </p>
        <Link href="/oauth2/client" className="demo-button">
          {t('demo.callback.back')}
        </Link>
      </section>
    );
  }
  if (failure) {
    return (
      <section className="demo-panel demo-panel--narrow">
        <h1>{t('demo.callback.failed')}</h1>
        <p className="demo-alert" role="alert">
          {failure}
        </p>
        <Link href="/oauth2/client" className="demo-button">
          {t('demo.callback.back')}
        </Link>
      </section>
    );
  }
  if (!tokens) {
    return (
      <section className="demo-panel demo-panel--narrow" aria-busy="true">
        <h1>{t('demo.callback.signing_in')}</h1>
        <p className="demo-muted">{t('demo.callback.exchanging')}</p>
      </section>
    );
  }
  const id = decodeJwt(tokens.id_token);
  return (
    <div className="demo-stack">
      <section className="demo-panel">
        <p className="demo-eyebrow">{t('demo.client.heading')}</p>
        <h1>{t('demo.callback.signed_in')}</h1>
        <dl className="demo-facts" aria-label="Tokens">
          <div>
            <dt>Access token</dt>
            <dd>
              <code className="demo-ellipsis" data-testid="access-token">
                {tokens.access_token}
              </code>
            </dd>
          </div>
          <div>
            <dt>Refresh token</dt>
            <dd>
              <code className="demo-ellipsis">{tokens.refresh_token ?? t('demo.callback.ask_for', { scope: 'offline_access' })}</code>
            </dd>
          </div>
          <div>
            <dt>Scope</dt>
            <dd>
              <code data-testid="granted-scope">{tokens.scope}</code>
            </dd>
          </div>
          <div>
            <dt>Expires in</dt>
            <dd>{tokens.expires_in ?? '—'} s</dd>
          </div>
        </dl>
        <div className="demo-actions">
          <Link href="/oauth2/client" className="demo-button">
            {t('demo.callback.back')}
          </Link>
        </div>
      </section>
      <div className="demo-grid">
        <section className="demo-panel">
          <h2>ID token claims</h2>
          <pre className="demo-code" aria-label="ID token claims">
            {id ? JSON.stringify(id.payload, null, 2) : t('demo.callback.ask_for', { scope: 'openid' })}
          </pre>
        </section>
        <section className="demo-panel">
          <h2>Userinfo</h2>
          <pre className="demo-code" aria-label="Userinfo">
            {userinfo.data ? JSON.stringify(userinfo.data, null, 2) : userinfo.error ? errorMessage(userinfo.error) : t('ui.loading')}
          </pre>
        </section>
      </div>
    </div>
  );
}
