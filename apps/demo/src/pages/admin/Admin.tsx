import { useEffect } from 'react';
import { backend } from '../../ory.ts';
import { Link, navigate } from '../../router.tsx';
import { IdentitiesPage } from './Identities.tsx';
import { IdentityPage } from './Identity.tsx';
import { CourierPage } from './Courier.tsx';
import { ClientsPage } from './Clients.tsx';
import { KeysPage } from './Keys.tsx';

/**
 * `/admin/*`: an admin console built only on `@orykit/react-query`'s admin hooks. It doubles as their
 * end-to-end test. (Admin APIs must never face browsers in production; the demo reaches them on loopback.)
 */
export function AdminPage({ path }: { path: string }) {
  const rest = path.replace(/^\/admin\/?/, '');
  const [section, id] = rest.split('/');
  useEffect(() => {
    if (rest === '') navigate('/admin/identities', { replace: true });
  }, [rest]);

  let body = null;
  if (section === 'identities' && id) body = <IdentityPage id={decodeURIComponent(id)} />;
  else if (section === 'identities') body = <IdentitiesPage />;
  else if (section === 'courier') body = <CourierPage />;
  else if (section === 'clients') body = <ClientsPage />;
  else if (section === 'keys') body = <KeysPage />;
  else if (rest !== '') body = <p className="demo-muted">No such admin page.</p>;

  return (
    <div className="demo-admin">
      <aside className="demo-admin__nav">
        <p className="demo-eyebrow">Admin</p>
        <nav aria-label="Admin">
          <Link href="/admin/identities">Identities</Link>
          <Link href="/admin/courier">Courier</Link>
          <Link href="/admin/clients">OAuth2 clients</Link>
          <Link href="/admin/keys">JSON Web Keys</Link>
        </nav>
        <p className="demo-admin__warning">
          {backend === 'emulator' ? 'In-memory emulator: everything resets when the server restarts.' : 'Connected to real Kratos and Hydra admin APIs.'}
        </p>
      </aside>
      <div className="demo-admin__body">{body}</div>
    </div>
  );
}
