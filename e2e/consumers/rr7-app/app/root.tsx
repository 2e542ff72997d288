import '@orykit/react/styles.css';
import { createOryClient } from '@orykit/client';
import { OryComponentsProvider } from '@orykit/react';
import { OryProvider } from '@orykit/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Links, Meta, Outlet, Scripts } from 'react-router';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  // One cache per render on the server; in the browser, one for the page's life.
  const [queryClient] = useState(() => new QueryClient());
  const [ory] = useState(() => createOryClient({ baseUrl: typeof window === 'undefined' ? 'http://localhost/.ory' : `${window.location.origin}/.ory`, mode: 'browser' }));
  return (
    <QueryClientProvider client={queryClient}>
      <OryProvider client={ory}>
        <OryComponentsProvider>
          <Outlet />
        </OryComponentsProvider>
      </OryProvider>
    </QueryClientProvider>
  );
}
