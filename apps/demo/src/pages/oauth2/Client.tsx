import { isOryError, type OAuth2Client } from '@orykit/client';
import { useAdminCreateOAuth2Client, useAdminDeleteOAuth2Client, useAdminGetOAuth2Client } from '@orykit/react-query';
import { useState } from 'react';
import { errorMessage } from '../../ory.ts';
import { Link, navigate } from '../../router.tsx';
import { authorizationUrl, callbackUrl, clientPageUrl, clientStore, decodeJwt, logoutUrl, tokenStore, type StoredClient } from './sample-client.ts';
import { usePageTitle } from '../../title.ts';

const SCOPES = ['openid', 'offline_access', 'email', 'profile'];

/**
 * `/oauth2/client`: a sample OAuth2 client. It registers itself with Hydra (admin API), then runs the
 * authorization-code flow with PKCE: Hydra → `/oauth2/login` → `/oauth2/consent` → `/oauth2/callback`.
 */
export function OAuth2ClientPage() {
  usePageTitle('OAuth2 sample client');
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
        <h1>Sample client</h1>
        <p className="demo-muted">
          A third-party app that signs users in with Hydra. Hydra sends the browser to this demo&apos;s{' '}
          <code>/oauth2/login</code> and <code>/oauth2/consent</code> pages, which answer with the Kratos session.
        </p>
        {!registered ? (
          <div className="demo-actions">
            <button type="button" className="demo-button demo-button--primary" onClick={() => void register().catch(() => undefined)} disabled={create.isPending}>
              {create.isPending ? 'Registering…' : 'Register the sample client'}
            </button>
            {gone ? <span className="demo-muted">The stored client no longer exists; register it again.</span> : null}
          </div>
        ) : (
          <>
            <dl className="demo-facts" aria-label="Client">
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
                <dt>Authentication</dt>
                <dd>client_secret_basic + PKCE (S256)</dd>
              </div>
            </dl>
            <fieldset className="demo-fieldset">
              <legend>Scopes to request</legend>
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
              <span>Prompt</span>
              <select value={prompt} onChange={(e) => setPrompt(e.target.value)}>
                <option value="">(none)</option>
                <option value="login">login — always ask to sign in</option>
                <option value="consent">consent — always ask for consent</option>
              </select>
            </label>
            <div className="demo-actions">
              <button type="button" className="demo-button demo-button--primary" onClick={() => void start()} disabled={starting || scopes.length === 0}>
                Sign in with orykit
              </button>
              <button type="button" className="demo-button demo-button--ghost" onClick={() => void forget()}>
                Delete the client
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
          <h2>Last sign-in</h2>
          <p className="demo-muted">
            Subject <code>{String(idToken?.payload['sub'] ?? '—')}</code>, scopes <code>{tokens.scope}</code>.{' '}
            <Link href="/oauth2/callback?show=1">Show tokens</Link>
          </p>
          {tokens.id_token ? (
            <a className="demo-button" href={logoutUrl(tokens.id_token)} onClick={() => tokenStore.set(undefined)}>
              Sign out of the sample client
            </a>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
