import { useLogoutFlow } from '@orykit/react-query';
import { Outlet } from 'react-router';
import { useHydrated } from './hydrated.ts';
import { usePreferences, type ThemeChoice } from './preferences.tsx';
import { absolute, Link, navigate, useLocation } from './router.tsx';
import { displayName, useSession } from './session.ts';

/** The demo's chrome around the page of the current route (src/routes.ts). */
export function App() {
  const location = useLocation();
  return (
    // `.ory-root` carries the kit's CSS variables: the demo's chrome uses them too, so both share one theme.
    <div className="ory-root demo-root">
      <div className="demo">
        <a className="demo-skip" href="#main">
          Skip to content
        </a>
        <Header />
        <main id="main" className="demo-main" tabIndex={-1}>
          {/* Keyed by navigation: a page starts fresh when the user navigates, not when a flow rewrites `?flow=`. */}
          <div key={location.key} className="demo-page">
            <Outlet />
          </div>
        </main>
        <footer className="demo-footer">
          <span>orykit demo — Ory v0alpha2 (Kratos + Hydra) from React.</span>
        </footer>
      </div>
    </div>
  );
}

function Header() {
  const { theme, setTheme, locale, setLocale, locales } = usePreferences();
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  return (
    <header className="demo-header">
      <div className="demo-header__inner">
        <Link href="/" className="demo-brand">
          <span className="demo-brand__mark" aria-hidden="true" />
          orykit <span className="demo-brand__sub">demo</span>
        </Link>
        <nav className="demo-nav" aria-label="Main">
          <Link href="/">Home</Link>
          {signedIn ? <Link href="/settings">Settings</Link> : null}
          {signedIn ? <Link href="/sessions">Sessions</Link> : null}
          <Link href="/oauth2/client">OAuth2 client</Link>
          <Link href="/admin">Admin</Link>
        </nav>
        <div className="demo-header__tools">
          <label className="demo-select">
            <span className="demo-visually-hidden">Theme</span>
            <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)} aria-label="Theme">
              <option value="system">◐ System</option>
              <option value="light">☀ Light</option>
              <option value="dark">☾ Dark</option>
            </select>
          </label>
          <label className="demo-select">
            <span className="demo-visually-hidden">Language</span>
            <select value={locale} onChange={(e) => setLocale(e.target.value)} aria-label="Language">
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
  return (
    <span className="demo-header__account">
      <Link href="/login" className="demo-button demo-button--ghost">
        Sign in
      </Link>
      <Link href="/registration" className="demo-button demo-button--primary">
        Sign up
      </Link>
    </span>
  );
}

/** Signed in with a first factor only, while the account has a second one. */
function SecondFactor() {
  return (
    <span className="demo-header__account">
      <Link href="/login?aal=aal2" className="demo-button demo-button--primary">
        Finish signing in
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
  if (!useHydrated()) {
    return (
      <Link href="/logout" className="demo-button demo-button--ghost">
        Sign out
      </Link>
    );
  }
  return (
    <button type="button" className="demo-button demo-button--ghost" onClick={() => void logout()} disabled={status !== 'ready'}>
      Sign out
    </button>
  );
}
