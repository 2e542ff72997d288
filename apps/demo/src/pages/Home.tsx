import type { Session } from '@orykit/client';
import { useLogoutFlow } from '@orykit/react-query';
import { backend } from '../ory.ts';
import { absolute, Link, navigate } from '../router.tsx';
import { displayName, useSession } from '../session.ts';
import { usePageTitle } from '../title.ts';

const METHOD_NAMES: Record<string, string> = {
  password: 'Password',
  totp: 'Authenticator app',
  lookup_secret: 'Backup code',
  webauthn: 'Security key',
  oidc: 'Social sign-in',
  link_recovery: 'Recovery link',
  code_recovery: 'Recovery code',
  'v0.6_legacy_session': 'Legacy session',
};

const firstName = (traits: Record<string, unknown>) => {
  const name = traits['name'];
  const first = typeof name === 'object' && name !== null ? (name as Record<string, unknown>)['first'] : undefined;
  return typeof first === 'string' && first.trim() ? first : undefined;
};

const formatDate = (value: string | undefined) => (value ? new Date(value).toLocaleString() : '—');

/** `/`: who is signed in, how, and until when. */
export function HomePage() {
  usePageTitle('Home');
  const state = useSession();
  if (state.status === 'loading') {
    return (
      <section className="demo-panel demo-panel--narrow" aria-busy="true">
        <p className="demo-muted">Loading your session…</p>
      </section>
    );
  }
  if (state.status === 'aal2-required') {
    return (
      <section className="demo-panel demo-panel--narrow">
        <h1>One more step</h1>
        <p>Your account has a second factor. Confirm it to continue.</p>
        <Link href="/login?aal=aal2" className="demo-button demo-button--primary">
          Use your second factor
        </Link>
      </section>
    );
  }
  if (state.status === 'signed-in') return <SignedIn session={state.session} />;
  return <Welcome error={state.status === 'error' ? state.message : undefined} />;
}

function Welcome({ error }: { error: string | undefined }) {
  return (
    <section className="demo-hero">
      <h1>Ory, from React, with pleasure.</h1>
      <p className="demo-lead">
        Every Kratos self-service flow, Hydra OAuth2 login and consent, and an admin console — rendered by{' '}
        <code>@orykit/react</code> from the nodes the server sends, driven by <code>@orykit/react-query</code>.
      </p>
      {error ? (
        <p className="demo-alert" role="alert">
          The session could not be read: {error}
        </p>
      ) : null}
      <div className="demo-actions">
        <Link href="/login" className="demo-button demo-button--primary">
          Sign in
        </Link>
        <Link href="/registration" className="demo-button">
          Create an account
        </Link>
        <Link href="/recovery" className="demo-button demo-button--ghost">
          Recover an account
        </Link>
      </div>
      {backend === 'emulator' ? (
        <p className="demo-note">
          Running on the embedded emulator: sign in as <code>demo@orykit.dev</code> with <code>orykit-demo-password</code>,
          and find codes sent by email in <Link href="/admin/courier">Admin → Courier</Link>.
        </p>
      ) : null}
    </section>
  );
}

function SignedIn({ session }: { session: Session }) {
  const { logout, status } = useLogoutFlow({ returnTo: absolute('/login'), navigate });
  const identity = session.identity;
  const traits = (identity?.traits ?? {}) as Record<string, unknown>;
  const unverified = (identity?.verifiable_addresses ?? []).filter((a) => !a.verified);
  return (
    <div className="demo-stack">
      <section className="demo-panel">
        <div className="demo-panel__head">
          <div>
            <p className="demo-eyebrow">Signed in</p>
            <h1>Welcome, {firstName(traits) ?? displayName(session)}</h1>
          </div>
          <div className="demo-actions">
            <Link href="/settings" className="demo-button">
              Settings
            </Link>
            <button type="button" className="demo-button demo-button--primary" onClick={() => void logout()} disabled={status !== 'ready'}>
              Sign out
            </button>
          </div>
        </div>
        {unverified.length ? (
          <p className="demo-callout" role="status">
            {unverified.map((a) => a.value).join(', ')} {unverified.length === 1 ? 'is' : 'are'} not verified yet.{' '}
            <Link href="/verification">Verify now</Link>
          </p>
        ) : null}
        <dl className="demo-facts" aria-label="Session">
          <div>
            <dt>Assurance level</dt>
            <dd>
              <span className={`demo-badge demo-badge--${session.authenticator_assurance_level ?? 'aal1'}`}>
                {session.authenticator_assurance_level ?? 'aal1'}
              </span>
            </dd>
          </div>
          <div>
            <dt>Signed in with</dt>
            <dd>
              {(session.authentication_methods ?? []).map((m, i) => (
                <span key={i} className="demo-chip">
                  {METHOD_NAMES[m.method ?? ''] ?? m.method}
                  {m.aal ? <small> · {m.aal}</small> : null}
                </span>
              ))}
            </dd>
          </div>
          <div>
            <dt>Authenticated</dt>
            <dd>{formatDate(session.authenticated_at)}</dd>
          </div>
          <div>
            <dt>Expires</dt>
            <dd>{formatDate(session.expires_at)}</dd>
          </div>
          <div>
            <dt>Identity</dt>
            <dd>
              <code>{identity?.id}</code>
            </dd>
          </div>
          <div>
            <dt>Session</dt>
            <dd>
              <code>{session.id}</code> · <Link href="/sessions">all sessions</Link>
            </dd>
          </div>
        </dl>
      </section>
      <section className="demo-panel">
        <h2>Traits</h2>
        <p className="demo-muted">What the identity schema says about you, as Kratos stores it.</p>
        <pre className="demo-code" aria-label="Identity traits">
          {JSON.stringify(traits, null, 2)}
        </pre>
      </section>
    </div>
  );
}
