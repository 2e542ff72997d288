import type { OAuth2Client } from '@orykit/client';
import { useAdminCreateOAuth2Client, useAdminDeleteOAuth2Client, useAdminListOAuth2Clients, useAdminUpdateOAuth2Client } from '@orykit/react-query';
import { useState, type FormEvent } from 'react';
import { ConfirmButton, ErrorNote, formatDate, Secret } from '../../ui.tsx';

const GRANTS = ['authorization_code', 'refresh_token', 'client_credentials', 'implicit'];
const AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'none'];

interface Draft {
  client_name: string;
  redirect_uris: string;
  grant_types: string[];
  scope: string;
  token_endpoint_auth_method: string;
}

const draftOf = (c?: OAuth2Client): Draft => ({
  client_name: c?.client_name ?? '',
  redirect_uris: (c?.redirect_uris ?? [`${window.location.origin}/oauth2/callback`]).join('\n'),
  grant_types: c?.grant_types ?? ['authorization_code', 'refresh_token'],
  scope: c?.scope ?? 'openid offline_access email profile',
  token_endpoint_auth_method: c?.token_endpoint_auth_method ?? 'client_secret_basic',
});

const bodyOf = (d: Draft): OAuth2Client => ({
  client_name: d.client_name,
  redirect_uris: d.redirect_uris.split(/\s+/).filter(Boolean),
  grant_types: d.grant_types,
  response_types: d.grant_types.includes('implicit') ? ['code', 'id_token', 'token'] : ['code', 'id_token'],
  scope: d.scope,
  token_endpoint_auth_method: d.token_endpoint_auth_method,
});

/** `/admin/clients`: Hydra's OAuth2 clients — list, create, edit, delete. */
export function ClientsPage() {
  const list = useAdminListOAuth2Clients(undefined);
  const [mode, setMode] = useState<{ type: 'create' } | { type: 'edit'; client: OAuth2Client } | undefined>();
  const [secret, setSecret] = useState<{ id: string; secret: string }>();
  const remove = useAdminDeleteOAuth2Client();
  // `adminListOAuth2Clients` resolves to the array Hydra sends; `undefined` means the client did not read it.
  const clients = Array.isArray(list.data) ? (list.data as OAuth2Client[]) : undefined;
  return (
    <div className="demo-stack">
      <section className="demo-panel">
        <div className="demo-panel__head">
          <h1>OAuth2 clients</h1>
          <button type="button" className="demo-button demo-button--primary" onClick={() => setMode(mode?.type === 'create' ? undefined : { type: 'create' })}>
            {mode?.type === 'create' ? 'Close' : 'New client'}
          </button>
        </div>
        {mode ? (
          <ClientForm
            key={mode.type === 'edit' ? mode.client.client_id : 'new'}
            client={mode.type === 'edit' ? mode.client : undefined}
            onDone={(saved) => {
              if (mode.type === 'create' && saved.client_secret) setSecret({ id: saved.client_id ?? '', secret: saved.client_secret });
              setMode(undefined);
            }}
            onCancel={() => setMode(undefined)}
          />
        ) : null}
        {secret ? (
          <div className="demo-callout" role="status">
            <p>Client created. Its secret is shown only now:</p>
            <Secret label="Client ID" value={secret.id} />
            <Secret label="Client secret" value={secret.secret} />
          </div>
        ) : null}
        <ErrorNote error={list.error ?? remove.error} />
        {list.isPending ? <p className="demo-muted">Loading…</p> : null}
        {list.isSuccess && !clients ? (
          <p className="demo-alert" role="alert">
            The list could not be read: the client resolved <code>adminListOAuth2Clients</code> without a body.
          </p>
        ) : null}
        {clients?.length === 0 ? <p className="demo-muted">No clients yet.</p> : null}
        {clients?.length ? (
          <div className="demo-table-wrap">
            <table className="demo-table">
              <thead>
                <tr>
                  <th scope="col">Client</th>
                  <th scope="col">Grants</th>
                  <th scope="col">Scope</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="demo-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {clients.map((c) => (
                  <tr key={c.client_id}>
                    <td>
                      <strong>{c.client_name || '(unnamed)'}</strong>
                      <div className="demo-muted demo-mono">{c.client_id}</div>
                    </td>
                    <td>{(c.grant_types ?? []).join(', ')}</td>
                    <td>{c.scope}</td>
                    <td>{formatDate(c.created_at)}</td>
                    <td className="demo-table__actions">
                      <button type="button" className="demo-button demo-button--small" onClick={() => setMode({ type: 'edit', client: c })}>
                        Edit
                      </button>
                      <ConfirmButton onConfirm={() => remove.mutate({ id: c.client_id ?? '' })} label={`Delete ${c.client_name || c.client_id}`}>
                        Delete
                      </ConfirmButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}

function ClientForm({ client, onDone, onCancel }: { client: OAuth2Client | undefined; onDone: (c: OAuth2Client) => void; onCancel: () => void }) {
  const create = useAdminCreateOAuth2Client();
  const update = useAdminUpdateOAuth2Client();
  const [draft, setDraft] = useState<Draft>(() => draftOf(client));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The generated output types include the `default` (error) response: the 2xx answer is the client.
    const done = (saved: unknown) => onDone(saved as OAuth2Client);
    if (client?.client_id) update.mutate({ id: client.client_id, body: { ...client, ...bodyOf(draft) } }, { onSuccess: done });
    else create.mutate({ body: bodyOf(draft) }, { onSuccess: done });
  };
  const pending = create.isPending || update.isPending;
  return (
    <form className="demo-form demo-card-inset" onSubmit={submit} aria-label={client ? 'Edit client' : 'New client'}>
      <label className="demo-field">
        <span>Name</span>
        <input value={draft.client_name} onChange={(e) => set('client_name', e.target.value)} required />
      </label>
      <label className="demo-field">
        <span>Redirect URIs (one per line)</span>
        <textarea className="demo-textarea" rows={3} value={draft.redirect_uris} onChange={(e) => set('redirect_uris', e.target.value)} />
      </label>
      <fieldset className="demo-fieldset">
        <legend>Grant types</legend>
        {GRANTS.map((g) => (
          <label key={g} className="demo-check">
            <input
              type="checkbox"
              checked={draft.grant_types.includes(g)}
              onChange={(e) => set('grant_types', e.target.checked ? [...draft.grant_types, g] : draft.grant_types.filter((x) => x !== g))}
            />
            <code>{g}</code>
          </label>
        ))}
      </fieldset>
      <label className="demo-field">
        <span>Scope</span>
        <input value={draft.scope} onChange={(e) => set('scope', e.target.value)} />
      </label>
      <label className="demo-field">
        <span>Token endpoint authentication</span>
        <select value={draft.token_endpoint_auth_method} onChange={(e) => set('token_endpoint_auth_method', e.target.value)}>
          {AUTH_METHODS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <ErrorNote error={create.error ?? update.error} />
      <div className="demo-actions">
        <button type="submit" className="demo-button demo-button--primary" disabled={pending}>
          {client ? 'Save client' : 'Create client'}
        </button>
        <button type="button" className="demo-button demo-button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
