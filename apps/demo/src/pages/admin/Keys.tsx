import { isOryError, type JsonWebKeySet } from '@orykit/client';
import { useAdminCreateJsonWebKeySet, useAdminDeleteJsonWebKey, useAdminDeleteJsonWebKeySet, useAdminGetJsonWebKeySet } from '@orykit/react-query';
import { useState, type FormEvent } from 'react';
import { ConfirmButton, ErrorNote } from '../../ui.tsx';

const KNOWN_SETS = ['hydra.openid.id-token', 'hydra.jwt.access-token'];

/** `/admin/keys`: Hydra's JSON Web Key sets — read a set, add a key, delete a key or the set. */
export function KeysPage() {
  const [set, setSet] = useState(KNOWN_SETS[0]!);
  const [input, setInput] = useState(set);
  const keys = useAdminGetJsonWebKeySet({ set }, { retry: false });
  const removeKey = useAdminDeleteJsonWebKey();
  const removeSet = useAdminDeleteJsonWebKeySet();
  // After the last key is deleted the set is gone (404): a failed refetch keeps the old data, so only
  // a successful answer is shown.
  const set_ = keys.isSuccess ? (keys.data as JsonWebKeySet) : undefined;
  const missing = isOryError(keys.error) && keys.error.status === 404;

  return (
    <div className="demo-stack">
      <section className="demo-panel">
        <h1>JSON Web Keys</h1>
        <form
          className="demo-form demo-form--row"
          onSubmit={(e) => {
            e.preventDefault();
            setSet(input.trim());
          }}
          aria-label="Key set"
        >
          <label className="demo-field">
            <span>Key set</span>
            <input list="demo-known-sets" value={input} onChange={(e) => setInput(e.target.value)} />
            <datalist id="demo-known-sets">
              {KNOWN_SETS.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </label>
          <button type="submit" className="demo-button">
            Show
          </button>
        </form>
      </section>
      <section className="demo-panel">
        <div className="demo-panel__head">
          <h2>
            <code>{set}</code>
          </h2>
          {set_?.keys?.length ? (
            <ConfirmButton onConfirm={() => removeSet.mutate({ set })} busy={removeSet.isPending}>
              Delete set
            </ConfirmButton>
          ) : null}
        </div>
        {missing ? <p className="demo-muted">This set has no keys yet.</p> : <ErrorNote error={keys.error} />}
        <ErrorNote error={removeKey.error ?? removeSet.error} />
        {set_?.keys?.length ? (
          <div className="demo-table-wrap">
            <table className="demo-table">
              <thead>
                <tr>
                  <th scope="col">Key ID</th>
                  <th scope="col">Type</th>
                  <th scope="col">Algorithm</th>
                  <th scope="col">Use</th>
                  <th scope="col">
                    <span className="demo-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {set_.keys.map((k) => (
                  <tr key={k.kid}>
                    <td className="demo-mono">{k.kid}</td>
                    <td>{k.kty}</td>
                    <td>{k.alg}</td>
                    <td>{k.use}</td>
                    <td>
                      <ConfirmButton onConfirm={() => removeKey.mutate({ set, kid: k.kid })} label={`Delete key ${k.kid}`}>
                        Delete
                      </ConfirmButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <AddKey set={set} />
      </section>
    </div>
  );
}

function AddKey({ set }: { set: string }) {
  const create = useAdminCreateJsonWebKeySet();
  const [alg, setAlg] = useState('RS256');
  const [kid, setKid] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ set, body: { alg, use: 'sig', kid: kid.trim() || `orykit-${Date.now().toString(36)}` } }, { onSuccess: () => setKid('') });
  };
  return (
    <form className="demo-form demo-form--row demo-card-inset" onSubmit={submit} aria-label="Add a key">
      <label className="demo-field">
        <span>Algorithm</span>
        <select value={alg} onChange={(e) => setAlg(e.target.value)}>
          <option>RS256</option>
          <option>ES256</option>
          <option>ES512</option>
          <option>HS256</option>
        </select>
      </label>
      <label className="demo-field">
        <span>Key ID (optional)</span>
        <input value={kid} onChange={(e) => setKid(e.target.value)} />
      </label>
      <button type="submit" className="demo-button demo-button--primary" disabled={create.isPending}>
        {create.isPending ? 'Generating…' : 'Generate key'}
      </button>
      <ErrorNote error={create.error} />
    </form>
  );
}
