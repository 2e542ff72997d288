import { isOryError, type OAuth2Client } from '@orykit/client';
import { useAdminCreateOAuth2Client, useAdminDeleteOAuth2Client, useAdminGetOAuth2Client } from '@orykit/react-query';
import { useTranslate } from '@orykit/react';
import { useState } from 'react';
import { rich } from '../../i18n.tsx';
import { errorMessage } from '../../ory.ts';
import { Link, navigate } from '../../router.tsx';
import { authorizationUrl, callbackUrl, clientPageUrl, clientStore, decodeJwt, logoutUrl, tokenStore, type StoredClient } from './sample-client.ts';

const SCOPES = ['openid', 'offline_access', 'email', 'profile'];

/**
 * `/oauth2/client`: a sample OAuth2 client. It registers itself with Hydra (admin API), then runs the
 * authorization-code flow with PKCE: Hydra → `/oauth2/login` → `/oauth2/consent` → `/oauth2/callback`.
 */
export function OAuth2ClientPage() {
  const { t } = useTranslate();
  const [client, setClient] = useState<StoredClient | undefined>(clientStore.get);
  const existing = useAdminGetOAuth2Client({ id: client?.client_id ?? '' }, { enabled: client !== undefined, retry: false });
  const create = useAdminCreateOAuth2Client();
  const remove = useAdminDeleteOAuth2Client();
  const [scopes, setScopes] = useState<string[]>(SCOPES);
  const [prompt, setPrompt] = useState('');
  const [starting, setStarting] = useState(false);
  const tokens = tokenStore.get();
  // The emulator forgets clients when it restarts: a stored client Hydra does not know is dropped.
  const gone = isOryError(existing.error) && existing.error.status === 404;
  const registered = client !== undefined && !gone;

  const register = async () => {
    const created = (await create.mutateAsync({
      body: {
        client_name: 'orykit sample app',
        redirect_uris: [callbackUrl()],
        post_logout_redirect_uris: [clientPageUrl()],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code', 'id_token'],
        scope: SCOPES.join(' '),
        token_endpoint_auth_method: 'client_secret_basic',
      },
    })) as OAuth2Client;
    const stored = { client_id: created.client_id ?? '', client_secret: created.client_secret ?? '' };
    clientStore.set(stored);
    setClient(stored);
  };

  const forget = async () => {
    if (client && !gone) await remove.mutateAsync({ id: client.client_id }).catch(() => undefined);
    clientStore.set(undefined);
    tokenStore.set(undefined);
    setClient(undefined);
  };

  const start = async () => {
    if (!client) return;
    setStarting(true);
    navigate(await authorizationUrl(client, scopes.join(' '), prompt || undefined));
  };

  const idToken = decodeJwt(tokens?.id_token);
  return (
    <div className="demo-stack">
      <section className="demo-panel">
        <p className="demo-eyebrow">OAuth2 / OpenID Connect</p>
        <h1>{t('demo.client.heading')}</h1>
        <p className="demo-muted">
          {rich(t('demo.client.intro'), { login: <code>/oauth2/login</code>, consent: <code>/oauth2/consent</code> })}
        </p>
        {!registered ? (
          <div className="demo-actions">
            <button type="button" className="demo-button demo-button--primary" onClick={() => void register().catch(() => undefined)} disabled={create.isPending}>
              {t(create.isPending ? 'demo.client.registering' : 'demo.client.register')}
            </button>
            {gone ? <span className="demo-muted">{t('demo.client.gone')}</span> : null}
          </div>
        ) : (
          <>
            <dl className="demo-facts" aria-label={t('demo.client.heading')}>
              <div>
                <dt>Client ID</dt>
                <dd>
                  <code data-testid="client-id">{client.client_id}</code>
                </dd>
              </div>
              <div>
                <dt>Redirect URI</dt>
                <dd>
                  <code>{callbackUrl()}</code>
                </dd>
              </div>
              <div>
                <dt>{t('demo.client.authentication')}</dt>
                <dd>client_secret_basic + PKCE (S256)</dd>
              </div>
            </dl>
            <fieldset className="demo-fieldset">
              <legend>{t('demo.client.scopes')}</legend>
              {SCOPES.map((scope) => (
                <label key={scope} className="demo-check">
                  <input
                    type="checkbox"
                    checked={scopes.includes(scope)}
                    onChange={(e) => setScopes((s) => (e.target.checked ? [...s, scope] : s.filter((x) => x !== scope)))}
                  />
                  <code>{scope}</code>
                </label>
              ))}
            </fieldset>
            <label className="demo-field">
              <span>{t('demo.client.prompt')}</span>
              <select value={prompt} onChange={(e) => setPrompt(e.target.value)}>
                <option value="">{t('demo.client.prompt_none')}</option>
                <option value="login">{t('demo.client.prompt_login')}</option>
                <option value="consent">{t('demo.client.prompt_consent')}</option>
              </select>
            </label>
            <div className="demo-actions">
              <button type="button" className="demo-button demo-button--primary" onClick={() => void start()} disabled={starting || scopes.length === 0}>
                {t('demo.client.start')}
              </button>
              <button type="button" className="demo-button demo-button--ghost" onClick={() => void forget()}>
                {t('demo.client.delete')}
              </button>
            </div>
          </>
        )}
        {create.error ? (
          <p className="demo-alert" role="alert">
            {errorMessage(create.error)}
          </p>
        ) : null}
      </section>
      {tokens ? (
        <section className="demo-panel">
          <h2>{t('demo.client.last')}</h2>
          <p className="demo-muted">
            {rich(t('demo.client.last_text'), { subject: <code>{String(idToken?.payload['sub'] ?? '—')}</code>, scopes: <code>{tokens.scope}</code> })}{' '}
            <Link href="/oauth2/callback?show=1">{t('demo.client.show_tokens')}</Link>
          </p>
          {tokens.id_token ? (
            <a className="demo-button" href={logoutUrl(tokens.id_token)} onClick={() => tokenStore.set(undefined)}>
              {t('demo.client.sign_out')}
            </a>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
