import '@orykit/react/styles.css';
import { createOryClient } from '@orykit/client';
import { OryComponentsProvider } from '@orykit/react';
import { OryProvider } from '@orykit/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Links, Meta, Outlet, Scripts, useLoaderData, type LoaderFunctionArgs } from 'react-router';

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

/** The app's origin as the browser sees it: the kit renders only forms that post to Kratos under it. */
export const loader = ({ request }: LoaderFunctionArgs) => ({ origin: new URL(request.url).origin });

export default function App() {
  const { origin } = useLoaderData<typeof loader>();
  // One cache per render on the server; in the browser, one for the page's life.
  const [queryClient] = useState(() => new QueryClient());
  const [ory] = useState(() => createOryClient({ baseUrl: `${origin}/.ory`, mode: 'browser' }));
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
