// A user's app as the READMEs tell them to write it: the packages from npm, managed components.
import { createOryClient } from '@orykit/client';
import { Login, OryComponentsProvider, Registration, Settings } from '@orykit/react';
import { OryProvider } from '@orykit/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@orykit/react/styles.css';

const ory = createOryClient({ baseUrl: `${window.location.origin}/.ory`, mode: 'browser' });
const queryClient = new QueryClient();
const hrefs = { login: '/login', registration: '/registration', settings: '/settings' };

function Page() {
  switch (window.location.pathname) {
    case '/registration':
      return <Registration hrefs={hrefs} options={{ returnTo: '/settings' }} />;
    case '/settings':
      return <Settings hrefs={hrefs} />;
    default:
      return <Login hrefs={hrefs} options={{ returnTo: '/settings' }} />;
  }
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <OryProvider client={ory}>
          <OryComponentsProvider>
            <Page />
          </OryComponentsProvider>
        </OryProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
