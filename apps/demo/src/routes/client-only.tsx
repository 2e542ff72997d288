// Pages that run only in the browser (the admin console, the sample OAuth2 client: browser storage and
// admin calls with the per-run secret). The server renders this fallback; the page replaces it on hydration.

/** What the server renders for a browser-only page. */
export function BrowserOnlyFallback() {
  return (
    <section className="demo-panel demo-panel--narrow" aria-busy="true">
      <p className="demo-muted">Loading…</p>
      <noscript>
        <p>This page runs in the browser: turn JavaScript on to use it. Signing in, signing up, recovery, verification and settings work without it.</p>
      </noscript>
    </section>
  );
}

/** A client loader that makes a route browser-only: it runs on hydration, so the server renders the fallback. */
export const browserOnly = Object.assign(() => null, { hydrate: true as const });
