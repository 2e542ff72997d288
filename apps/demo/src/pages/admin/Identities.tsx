import type { Identity } from '@orykit/client';
import { useAdminCreateIdentity, useAdminListIdentities, useListIdentitySchemas } from '@orykit/react-query';
import { useState, type FormEvent } from 'react';
import { Link, navigate } from '../../router.tsx';
import { ErrorNote, formatDate, JsonField, useJsonText } from '../../ui.tsx';

export const identityLabel = (identity: Identity) => {
  const traits = (identity.traits ?? {}) as Record<string, unknown>;
  return typeof traits['email'] === 'string' ? traits['email'] : identity.id;
};

/** `/admin/identities`: every identity; create one. */
export function IdentitiesPage() {
  const list = useAdminListIdentities({ per_page: 250 });
  const [creating, setCreating] = useState(false);
  return (
    <div className="demo-stack">
      <section className="demo-panel">
        <div className="demo-panel__head">
          <h1>Identities</h1>
          <button type="button" className="demo-button demo-button--primary" onClick={() => setCreating((c) => !c)} aria-expanded={creating}>
            {creating ? 'Close' : 'New identity'}
          </button>
        </div>
        {creating ? <CreateIdentity onCreated={(id) => navigate(`/admin/identities/${id}`)} /> : null}
        <ErrorNote error={list.error} />
        {list.isPending ? <p className="demo-muted">Loading…</p> : null}
        {list.data ? (
          list.data.length === 0 ? (
            <p className="demo-muted">No identities yet.</p>
          ) : (
            <div className="demo-table-wrap">
              <table className="demo-table">
                <thead>
                  <tr>
                    <th scope="col">Identity</th>
                    <th scope="col">State</th>
                    <th scope="col">Verified</th>
                    <th scope="col">Schema</th>
                    <th scope="col">Created</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.map((identity) => {
                    const addresses = identity.verifiable_addresses ?? [];
                    return (
                      <tr key={identity.id}>
                        <td>
                          <Link href={`/admin/identities/${identity.id}`}>{identityLabel(identity)}</Link>
                          <div className="demo-muted demo-mono">{identity.id}</div>
                        </td>
                        <td>
                          <span className={`demo-badge demo-badge--${identity.state ?? 'active'}`}>{identity.state ?? 'active'}</span>
                        </td>
                        <td>{addresses.length === 0 ? '—' : addresses.every((a) => a.verified) ? 'yes' : 'no'}</td>
                        <td>{identity.schema_id}</td>
                        <td>{formatDate(identity.created_at)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        ) : null}
      </section>
    </div>
  );
}

function CreateIdentity({ onCreated }: { onCreated: (id: string) => void }) {
  const schemas = useListIdentitySchemas(undefined);
  const create = useAdminCreateIdentity();
  const [schemaId, setSchemaId] = useState('default');
  const [password, setPassword] = useState('');
  const [verified, setVerified] = useState(true);
  const traits = useJsonText({ email: '', name: { first: '', last: '' } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (traits.invalid) return;
    const email = (traits.value as Record<string, unknown>)['email'];
    create.mutate(
      {
        body: {
          schema_id: schemaId,
          traits: traits.value as object,
          ...(password ? { credentials: { password: { config: { password } } } } : {}),
          ...(verified && typeof email === 'string'
            ? { verifiable_addresses: [{ value: email, via: 'email', verified: true, status: 'completed' }] }
            : {}),
        } as never,
      },
      { onSuccess: (identity) => onCreated(identity.id) },
    );
  };

  return (
    <form className="demo-form demo-card-inset" onSubmit={submit} aria-label="New identity">
      <label className="demo-field">
        <span>Schema</span>
        <select value={schemaId} onChange={(e) => setSchemaId(e.target.value)}>
          {(schemas.data ?? [{ id: 'default' }]).map((s) => (
            <option key={s.id} value={s.id}>
              {s.id}
            </option>
          ))}
        </select>
      </label>
      <JsonField label="Traits (JSON)" json={traits} rows={6} />
      <label className="demo-field">
        <span>Password (optional)</span>
        <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <label className="demo-check">
        <input type="checkbox" checked={verified} onChange={(e) => setVerified(e.target.checked)} />
        Mark the email address verified
      </label>
      <ErrorNote error={create.error} />
      <div className="demo-actions">
        <button type="submit" className="demo-button demo-button--primary" disabled={create.isPending || Boolean(traits.invalid)}>
          {create.isPending ? 'Creating…' : 'Create identity'}
        </button>
      </div>
    </form>
  );
}
