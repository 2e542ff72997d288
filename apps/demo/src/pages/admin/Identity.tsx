import type { Identity } from '@orykit/client';
import {
  useAdminCreateSelfServiceRecoveryCode,
  useAdminCreateSelfServiceRecoveryLink,
  useAdminDeleteIdentity,
  useAdminDeleteIdentitySessions,
  useAdminExtendSession,
  useAdminGetIdentity,
  useAdminListIdentitySessions,
  useAdminUpdateIdentity,
} from '@orykit/react-query';
import { useState, type FormEvent } from 'react';
import { Link, navigate } from '../../router.tsx';
import { ConfirmButton, ErrorNote, formatDate, JsonField, Secret, useJsonText } from '../../ui.tsx';
import { identityLabel } from './Identities.tsx';

/** `/admin/identities/:id`: one identity — traits, state, credentials, sessions, recovery. */
export function IdentityPage({ id }: { id: string }) {
  const query = useAdminGetIdentity({ id });
  const identity = query.data;
  return (
    <div className="demo-stack">
      <p>
        <Link href="/admin/identities">← All identities</Link>
      </p>
      <ErrorNote error={query.error} />
      {query.isPending ? <p className="demo-muted">Loading…</p> : null}
      {identity ? (
        <>
          <Overview identity={identity} />
          {/* Keyed by the last update so the editor starts from what the server holds now. */}
          <EditTraits key={identity.updated_at ?? ''} identity={identity} />
          <Sessions id={id} />
          <Recovery id={id} />
        </>
      ) : null}
    </div>
  );
}

function Overview({ identity }: { identity: Identity }) {
  const remove = useAdminDeleteIdentity();
  return (
    <section className="demo-panel">
      <div className="demo-panel__head">
        <div>
          <p className="demo-eyebrow">Identity</p>
          <h1>{identityLabel(identity)}</h1>
        </div>
        <ConfirmButton onConfirm={() => remove.mutate({ id: identity.id }, { onSuccess: () => navigate('/admin/identities') })} busy={remove.isPending}>
          Delete identity
        </ConfirmButton>
      </div>
      <ErrorNote error={remove.error} />
      <dl className="demo-facts">
        <div>
          <dt>ID</dt>
          <dd>
            <code>{identity.id}</code>
          </dd>
        </div>
        <div>
          <dt>State</dt>
          <dd>
            <span className={`demo-badge demo-badge--${identity.state ?? 'active'}`}>{identity.state ?? 'active'}</span>
          </dd>
        </div>
        <div>
          <dt>Credentials</dt>
          <dd>
            {Object.keys(identity.credentials ?? {}).length
              ? Object.keys(identity.credentials ?? {}).map((c) => (
                  <span key={c} className="demo-chip">
                    {c}
                  </span>
                ))
              : '—'}
          </dd>
        </div>
        <div>
          <dt>Addresses</dt>
          <dd>
            {(identity.verifiable_addresses ?? []).map((a) => (
              <span key={a.value} className="demo-chip">
                {a.value} · {a.verified ? 'verified' : 'unverified'}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatDate(identity.created_at)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{formatDate(identity.updated_at)}</dd>
        </div>
      </dl>
    </section>
  );
}

function EditTraits({ identity }: { identity: Identity }) {
  const update = useAdminUpdateIdentity();
  const traits = useJsonText(identity.traits);
  const [state, setState] = useState<'active' | 'inactive'>(identity.state === 'inactive' ? 'inactive' : 'active');
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (traits.invalid) return;
    setSaved(false);
    update.mutate(
      { id: identity.id, body: { schema_id: identity.schema_id, traits: traits.value as Record<string, unknown>, state } },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <section className="demo-panel">
      <h2>Edit</h2>
      <form className="demo-form" onSubmit={submit} aria-label="Edit identity">
        <JsonField label="Traits (JSON)" json={traits} rows={7} />
        <label className="demo-field">
          <span>State</span>
          <select value={state} onChange={(e) => setState(e.target.value as 'active' | 'inactive')}>
            <option value="active">active</option>
            <option value="inactive">inactive (cannot sign in)</option>
          </select>
        </label>
        <ErrorNote error={update.error} />
        <div className="demo-actions">
          <button type="submit" className="demo-button demo-button--primary" disabled={update.isPending || Boolean(traits.invalid)}>
            {update.isPending ? 'Saving…' : 'Save'}
          </button>
          {saved ? (
            <span role="status" className="demo-success">
              Saved.
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}

function Sessions({ id }: { id: string }) {
  const sessions = useAdminListIdentitySessions({ id });
  const revokeAll = useAdminDeleteIdentitySessions();
  const extend = useAdminExtendSession();
  return (
    <section className="demo-panel">
      <div className="demo-panel__head">
        <h2>Sessions</h2>
        {sessions.data?.length ? (
          <ConfirmButton onConfirm={() => revokeAll.mutate({ id })} busy={revokeAll.isPending}>
            Revoke all sessions
          </ConfirmButton>
        ) : null}
      </div>
      <ErrorNote error={sessions.error ?? revokeAll.error ?? extend.error} />
      {sessions.data?.length === 0 ? <p className="demo-muted">No sessions.</p> : null}
      {sessions.data?.length ? (
        <div className="demo-table-wrap">
          <table className="demo-table">
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Active</th>
                <th scope="col">AAL</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="demo-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((s) => (
                <tr key={s.id}>
                  <td className="demo-mono">{s.id}</td>
                  <td>{s.active ? 'yes' : 'no'}</td>
                  <td>{s.authenticator_assurance_level}</td>
                  <td>{formatDate(s.expires_at)}</td>
                  <td>
                    <button type="button" className="demo-button demo-button--small" onClick={() => extend.mutate({ id: s.id })} disabled={!s.active}>
                      Extend
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function Recovery({ id }: { id: string }) {
  const link = useAdminCreateSelfServiceRecoveryLink();
  const code = useAdminCreateSelfServiceRecoveryCode();
  return (
    <section className="demo-panel">
      <h2>Account recovery</h2>
      <p className="demo-muted">Give the user a one-time way back in; it opens a settings flow where they set a new password.</p>
      <div className="demo-actions">
        <button type="button" className="demo-button" onClick={() => link.mutate({ body: { identity_id: id, expires_in: '1h' } })} disabled={link.isPending}>
          Create recovery link
        </button>
        <button type="button" className="demo-button" onClick={() => code.mutate({ body: { identity_id: id, expires_in: '1h' } })} disabled={code.isPending}>
          Create recovery code
        </button>
      </div>
      <ErrorNote error={link.error ?? code.error} />
      {link.data ? <Secret label="Recovery link" value={link.data.recovery_link} /> : null}
      {code.data ? (
        <>
          <Secret label="Recovery code" value={code.data.recovery_code} />
          <Secret label="Enter it at" value={code.data.recovery_link} />
        </>
      ) : null}
    </section>
  );
}
