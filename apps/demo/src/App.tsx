import { useTranslate } from '@orykit/react';
import { useLogoutFlow } from '@orykit/react-query';
import { Outlet } from 'react-router';
import { useHydrated } from './hydrated.ts';
import { usePreferences, type ThemeChoice } from './preferences.tsx';
import { absolute, Link, navigate, useLocation } from './router.tsx';
import { displayName, useSession } from './session.ts';
import { PageTitle } from './title.tsx';

/** The demo's chrome around the page of the current route (src/routes.ts). */
export function App() {
  const location = useLocation();
  const { t } = useTranslate();
  return (
    // `.ory-root` carries the kit's CSS variables: the demo's chrome uses them too, so both share one theme.
    <div className="ory-root demo-root">
      <PageTitle />
      <div className="demo">
        <a className="demo-skip" href="#main">
          {t('demo.skip')}
        </a>
        <Header />
        <main id="main" className="demo-main" tabIndex={-1}>
          {/* Keyed by navigation: a page starts fresh when the user navigates, not when a flow rewrites `?flow=`. */}
          <div key={location.key} className="demo-page">
            <Outlet />
          </div>
        </main>
        <footer className="demo-footer">
          <span>{t('demo.footer')}</span>
        </footer>
      </div>
    </div>
  );
}

function Header() {
  const { theme, setTheme, locale, setLocale, locales } = usePreferences();
  const { t } = useTranslate();
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  return (
    <header className="demo-header">
      <div className="demo-header__inner">
        <Link href="/" className="demo-brand">
          <span className="demo-brand__mark" aria-hidden="true" />
          orykit <span className="demo-brand__sub">demo</span>
        </Link>
        <nav className="demo-nav" aria-label={t('demo.nav.label')}>
          <Link href="/">{t('demo.nav.home')}</Link>
          {signedIn ? <Link href="/settings">{t('demo.nav.settings')}</Link> : null}
          {signedIn ? <Link href="/sessions">{t('demo.nav.sessions')}</Link> : null}
          <Link href="/oauth2/client">{t('demo.nav.oauth2')}</Link>
          <Link href="/admin">{t('demo.nav.admin')}</Link>
        </nav>
        <div className="demo-header__tools">
          <label className="demo-select">
            <span className="demo-visually-hidden">{t('ui.theme.label')}</span>
            <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)} aria-label={t('ui.theme.label')}>
              <option value="system">◐ {t('ui.theme.system')}</option>
              <option value="light">☀ {t('ui.theme.light')}</option>
              <option value="dark">☾ {t('ui.theme.dark')}</option>
            </select>
          </label>
          <label className="demo-select">
            <span className="demo-visually-hidden">{t('ui.locale.label')}</span>
            <select value={locale} onChange={(e) => setLocale(e.target.value)} aria-label={t('ui.locale.label')}>
              {locales.map((l) => (
                <option key={l.code} value={l.code} lang={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          {signedIn ? (
            <Account email={displayName(session.session)} />
          ) : session.status === 'loading' ? null : session.status === 'aal2-required' ? (
            <SecondFactor />
          ) : (
            <SignInLinks />
          )}
        </div>
      </div>
    </header>
  );
}

function SignInLinks() {
  const { t } = useTranslate();
  return (
    <span className="demo-header__account">
      <Link href="/login" className="demo-button demo-button--ghost">
        {t('ui.login.title')}
      </Link>
      <Link href="/registration" className="demo-button demo-button--primary">
        {t('ui.login.sign_up')}
      </Link>
    </span>
  );
}

/** Signed in with a first factor only, while the account has a second one. */
function SecondFactor() {
  const { t } = useTranslate();
  return (
    <span className="demo-header__account">
      <Link href="/login?aal=aal2" className="demo-button demo-button--primary">
        {t('demo.finish_sign_in')}
      </Link>
      <SignOutButton />
    </span>
  );
}

function Account({ email }: { email: string }) {
  return (
    <span className="demo-header__account">
      <span className="demo-avatar" aria-hidden="true">
        {email.slice(0, 1).toUpperCase()}
      </span>
      <span className="demo-header__email" title={email}>
        {email}
      </span>
      <SignOutButton />
    </span>
  );
}

/** Signs out with JavaScript; without it, a link to the logout page (whose link is Kratos' logout URL). */
function SignOutButton() {
  const { logout, status } = useLogoutFlow({ returnTo: absolute('/login'), navigate });
  const { t } = useTranslate();
  if (!useHydrated()) {
    return (
      <Link href="/logout" className="demo-button demo-button--ghost">
        {t('ui.logout.accept')}
      </Link>
    );
  }
  return (
    <button type="button" className="demo-button demo-button--ghost" onClick={() => void logout()} disabled={status !== 'ready'}>
      {t('ui.logout.accept')}
    </button>
  );
}
