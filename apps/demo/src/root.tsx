// The document and the providers around every route (React Router framework mode; routes in routes.ts).
import '@orykit/react/styles.css';
import './styles.css';
import { OryProvider } from '@orykit/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { useContext, useEffect, useState, type ReactNode } from 'react';
import { isRouteErrorResponse, Links, Meta, Scripts, ScrollRestoration, useRouteLoaderData, type LoaderFunctionArgs } from 'react-router';
import { App } from './App.tsx';
import { CspNonce } from './nonce.ts';
import { newQueryClient, ory, queryClient } from './ory.ts';
import { PreferencesProvider } from './preferences.tsx';
import { isBackendPath } from './prefixes.ts';
import { navigate, useBindNavigate } from './router.tsx';
import { sessionLoader } from './server/loaders.server.ts';
import { ServerSession, type SessionState } from './session.ts';

/** The session as the server read it: the header and the home page render with it, JavaScript or not. */
export async function loader({ request }: LoaderFunctionArgs): Promise<{ session: SessionState | undefined }> {
  return { session: await sessionLoader(request) };
}

/** In-app navigations: the browser's session query answers, no server round trip. */
export function clientLoader(): { session: SessionState | undefined } {
  return { session: undefined };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useContext(CspNonce);
  return (
    <html lang="en">
      <head>
        <meta charSet="UTF-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1.0" />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/** Plain links anywhere (the kit's footers, error pages) navigate in-app when they point into the app. */
function useInAppLinks() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href);
      if (url.origin !== window.location.origin || isBackendPath(url.pathname)) return;
      event.preventDefault();
      navigate(url.pathname + url.search + url.hash);
    };
    document.addEventListener('click', onClick);
    // Tests (and curious people) can tell a hydrated page from the server's HTML.
    document.documentElement.dataset['hydrated'] = 'true';
    return () => document.removeEventListener('click', onClick);
  }, []);
}

export default function Root() {
  // One cache per server render (people must not share one); the browser keeps its one client.
  const [client] = useState(() => (typeof window === 'undefined' ? newQueryClient() : queryClient));
  const session = useRouteLoaderData<typeof loader>('root')?.session;
  useBindNavigate();
  useInAppLinks();
  return (
    <QueryClientProvider client={client}>
      <OryProvider client={ory}>
        <PreferencesProvider>
          <ServerSession.Provider value={session}>
            <App />
          </ServerSession.Provider>
        </PreferencesProvider>
      </OryProvider>
    </QueryClientProvider>
  );
}

/** What a route threw (a loader's error response, a render error): a sentence and a way home. */
export function ErrorBoundary({ error }: { error: unknown }) {
  const text = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <main id="main" className="demo-main">
      <title>Something went wrong · orykit demo</title>
      <section className="demo-panel demo-panel--narrow" role="alert">
        <h1>Something went wrong</h1>
        <p className="demo-muted">{text}</p>
        <p>
          <a href="/">Back to the start</a>
        </p>
      </section>
    </main>
  );
}
