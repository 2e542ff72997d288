import type { Session } from '@orykit/client';
import { useTranslate, type Translate } from '@orykit/react';
import { useLogoutFlow } from '@orykit/react-query';
import { rich } from '../i18n.tsx';
import { backend } from '../ory.ts';
import { absolute, Link, navigate } from '../router.tsx';
import { displayName, useSession } from '../session.ts';

/** The method's name in the active language: the kit's `ui.method.*`, then the demo's own (legacy sessions). */
const methodName = (tr: Translate, method: string) => tr.tMaybe(`ui.method.${method}`) ?? tr.tMaybe(`demo.method.${method}`) ?? method;

const firstName = (traits: Record<string, unknown>) => {
  const name = traits['name'];
  const first = typeof name === 'object' && name !== null ? (name as Record<string, unknown>)['first'] : undefined;
  return typeof first === 'string' && first.trim() ? first : undefined;
};

const formatDate = (value: string | undefined, locale: string) => (value ? new Date(value).toLocaleString(locale) : '—');

/** `/`: who is signed in, how, and until when. */
export function HomePage() {
  const state = useSession();
  const { t } = useTranslate();
  if (state.status === 'loading') {
    return (
      <section className="demo-panel demo-panel--narrow" aria-busy="true">
        <p className="demo-muted">{t('demo.home.loading')}</p>
      </section>
    );
  }
  if (state.status === 'aal2-required') {
    return (
      <section className="demo-panel demo-panel--narrow">
        <h1>{t('demo.home.aal2_title')}</h1>
        <p>{t('demo.home.aal2_text')}</p>
        <Link href="/login?aal=aal2" className="demo-button demo-button--primary">
          {t('demo.home.aal2_action')}
        </Link>
      </section>
    );
  }
  if (state.status === 'signed-in') return <SignedIn session={state.session} />;
  return <Welcome error={state.status === 'error' ? state.message : undefined} />;
}

function Welcome({ error }: { error: string | undefined }) {
  const { t } = useTranslate();
  return (
    <section className="demo-hero">
      <h1>{t('demo.home.hero')}</h1>
      <p className="demo-lead">{rich(t('demo.home.lead'), { react: <code>@orykit/react</code>, reactQuery: <code>@orykit/react-query</code> })}</p>
      {error ? (
        <p className="demo-alert" role="alert">
          {t('demo.home.session_error', { error })}
        </p>
      ) : null}
      <div className="demo-actions">
        <Link href="/login" className="demo-button demo-button--primary">
          {t('ui.login.title')}
        </Link>
        <Link href="/registration" className="demo-button">
          {t('ui.registration.title')}
        </Link>
        <Link href="/recovery" className="demo-button demo-button--ghost">
          {t('ui.recovery.title')}
        </Link>
      </div>
      {backend === 'emulator' ? (
        <p className="demo-note">
          {rich(t('demo.home.emulator_note'), {
            email: <code>demo@orykit.dev</code>,
            password: <code>orykit-demo-password</code>,
            courier: <Link href="/admin/courier">{t('demo.home.courier')}</Link>,
          })}
        </p>
      ) : null}
    </section>
  );
}

function SignedIn({ session }: { session: Session }) {
  const { logout, status } = useLogoutFlow({ returnTo: absolute('/login'), navigate });
  const tr = useTranslate();
  const { t, locale } = tr;
  const identity = session.identity;
  const traits = (identity?.traits ?? {}) as Record<string, unknown>;
  const unverified = (identity?.verifiable_addresses ?? []).filter((a) => !a.verified);
  return (
    <div className="demo-stack">
      <section className="demo-panel">
        <div className="demo-panel__head">
          <div>
            <p className="demo-eyebrow">{t('demo.home.signed_in')}</p>
            <h1>{t('demo.home.welcome', { name: firstName(traits) ?? displayName(session) })}</h1>
          </div>
          <div className="demo-actions">
            <Link href="/settings" className="demo-button">
              {t('demo.nav.settings')}
            </Link>
            <button type="button" className="demo-button demo-button--primary" onClick={() => void logout()} disabled={status !== 'ready'}>
              {t('ui.logout.accept')}
            </button>
          </div>
        </div>
        {unverified.length ? (
          <p className="demo-callout" role="status">
            {t('demo.home.unverified', { addresses: unverified.map((a) => a.value).join(', ') })}{' '}
            <Link href="/verification">{t('demo.home.verify_now')}</Link>
          </p>
        ) : null}
        <dl className="demo-facts" aria-label={t('demo.home.session')}>
          <div>
            <dt>{t('demo.home.aal')}</dt>
            <dd>
              <span className={`demo-badge demo-badge--${session.authenticator_assurance_level ?? 'aal1'}`}>
                {session.authenticator_assurance_level ?? 'aal1'}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('demo.home.methods')}</dt>
            <dd>
              {(session.authentication_methods ?? []).map((m, i) => (
                <span key={i} className="demo-chip">
                  {m.method ? methodName(tr, m.method) : null}
                  {m.aal ? <small> · {m.aal}</small> : null}
                </span>
              ))}
            </dd>
          </div>
          <div>
            <dt>{t('demo.home.authenticated')}</dt>
            <dd>{formatDate(session.authenticated_at, locale)}</dd>
          </div>
          <div>
            <dt>{t('demo.home.expires')}</dt>
            <dd>{formatDate(session.expires_at, locale)}</dd>
          </div>
          <div>
            <dt>{t('demo.home.identity')}</dt>
            <dd>
              <code>{identity?.id}</code>
            </dd>
          </div>
          <div>
            <dt>{t('demo.home.session')}</dt>
            <dd>
              <code>{session.id}</code> · <Link href="/sessions">{t('demo.home.all_sessions')}</Link>
            </dd>
          </div>
        </dl>
      </section>
      <section className="demo-panel">
        <h2 id="demo-traits">{t('demo.home.traits')}</h2>
        <p className="demo-muted">{t('demo.home.traits_text')}</p>
        <pre className="demo-code" aria-labelledby="demo-traits">
          {JSON.stringify(traits, null, 2)}
        </pre>
      </section>
    </div>
  );
}
