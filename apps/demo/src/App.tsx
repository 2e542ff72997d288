import { useTranslate } from '@orykit/react';
import { useLogoutFlow } from '@orykit/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { usePreferences, type ThemeChoice } from './preferences.tsx';
import { absolute, Link, navigate, routePath, useLocation } from './router.tsx';
import { displayName, useSession } from './session.ts';
import { HomePage } from './pages/Home.tsx';
import { LoginPage } from './pages/Login.tsx';
import { RegistrationPage } from './pages/Registration.tsx';
import { RecoveryPage } from './pages/Recovery.tsx';
import { VerificationPage } from './pages/Verification.tsx';
import { SettingsPage } from './pages/Settings.tsx';
import { ErrorPage } from './pages/Error.tsx';
import { LogoutPage } from './pages/Logout.tsx';
import { SessionsPage } from './pages/Sessions.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';

// The OAuth2 pages and the admin console are their own chunks: signing in does not load them.
const OAuth2LoginPage = lazy(() => import('./pages/oauth2/Login.tsx').then((m) => ({ default: m.OAuth2LoginPage })));
const OAuth2ConsentPage = lazy(() => import('./pages/oauth2/Consent.tsx').then((m) => ({ default: m.OAuth2ConsentPage })));
const OAuth2LogoutPage = lazy(() => import('./pages/oauth2/Logout.tsx').then((m) => ({ default: m.OAuth2LogoutPage })));
const OAuth2ClientPage = lazy(() => import('./pages/oauth2/Client.tsx').then((m) => ({ default: m.OAuth2ClientPage })));
const OAuth2CallbackPage = lazy(() => import('./pages/oauth2/Callback.tsx').then((m) => ({ default: m.OAuth2CallbackPage })));
const AdminPage = lazy(() => import('./pages/admin/Admin.tsx').then((m) => ({ default: m.AdminPage })));

const routes: Record<string, () => ReactNode> = {
  '/': () => <HomePage />,
  '/login': () => <LoginPage />,
  '/registration': () => <RegistrationPage />,
  '/recovery': () => <RecoveryPage />,
  '/verification': () => <VerificationPage />,
  '/settings': () => <SettingsPage />,
  '/error': () => <ErrorPage />,
  '/logout': () => <LogoutPage />,
  '/sessions': () => <SessionsPage />,
  '/oauth2/login': () => <OAuth2LoginPage />,
  '/oauth2/consent': () => <OAuth2ConsentPage />,
  '/oauth2/logout': () => <OAuth2LogoutPage />,
  '/oauth2/client': () => <OAuth2ClientPage />,
  '/oauth2/callback': () => <OAuth2CallbackPage />,
};

function route(pathname: string): ReactNode {
  const path = routePath(pathname);
  if (path === '/admin' || path.startsWith('/admin/')) return <AdminPage path={path} />;
  return (routes[path] ?? (() => <NotFoundPage />))();
}

export function App() {
  const location = useLocation();
  const { t } = useTranslate();
  return (
    // `.ory-root` carries the kit's CSS variables: the demo's chrome uses them too, so both share one theme.
    <div className="ory-root demo-root">
      <div className="demo">
        <a className="demo-skip" href="#main">
          {t('demo.skip')}
        </a>
        <Header />
        <main id="main" className="demo-main" tabIndex={-1}>
          <Suspense fallback={null}>
            {/* Keyed by navigation: a page starts fresh when the user navigates, not when a flow rewrites `?flow=`. */}
            <div key={location.key} className="demo-page">
              {route(location.pathname)}
            </div>
          </Suspense>
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
  const { logout, status } = useLogoutFlow({ returnTo: absolute('/login'), navigate });
  const { t } = useTranslate();
  return (
    <span className="demo-header__account">
      <Link href="/login?aal=aal2" className="demo-button demo-button--primary">
        {t('demo.finish_sign_in')}
      </Link>
      <button type="button" className="demo-button demo-button--ghost" onClick={() => void logout()} disabled={status !== 'ready'}>
        {t('ui.logout.accept')}
      </button>
    </span>
  );
}

function Account({ email }: { email: string }) {
  const { logout, status } = useLogoutFlow({ returnTo: absolute('/login'), navigate });
  const { t } = useTranslate();
  return (
    <span className="demo-header__account">
      <span className="demo-avatar" aria-hidden="true">
        {email.slice(0, 1).toUpperCase()}
      </span>
      <span className="demo-header__email" title={email}>
        {email}
      </span>
      <button type="button" className="demo-button demo-button--ghost" onClick={() => void logout()} disabled={status !== 'ready'}>
        {t('ui.logout.accept')}
      </button>
    </span>
  );
}
