// Imported first by main.tsx: starts the flow request of the page in the URL while the rest of the app
// loads and before React renders. The page's hook takes the answer, so this costs no extra request.
import { preloadFlow } from '@orykit/react-query';
import { ory, queryClient } from './ory.ts';
import { flowOptions, loginOptions } from './pages/flow-options.ts';
import { routePath } from './router.tsx';

const search = new URLSearchParams(window.location.search);

// The same options as the pages (pages/*.tsx) give their hooks, or the preload is not used.
switch (routePath(window.location.pathname)) {
  case '/login':
    void preloadFlow(queryClient, ory, 'login', loginOptions(search));
    break;
  case '/registration':
    void preloadFlow(queryClient, ory, 'registration', flowOptions(search));
    break;
  case '/recovery':
    void preloadFlow(queryClient, ory, 'recovery', flowOptions(search));
    break;
  case '/verification':
    void preloadFlow(queryClient, ory, 'verification', flowOptions(search));
    break;
  case '/settings':
    void preloadFlow(queryClient, ory, 'settings', flowOptions(search));
    break;
}
