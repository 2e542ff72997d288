// Imported first by main.tsx: starts the flow request of the page in the URL while the rest of the app
// loads and before React renders. The page's hook takes the answer, so this costs no extra request.
import { preloadFlow } from '@orykit/react-query';
import { ory, queryClient } from './ory.ts';
import { flowOptions, loginOptions } from './pages/flow-options.ts';
import { routePath } from './router.tsx';

/** The flow pages other than login: their path is the flow's name, their hook takes `flowOptions`. */
const FLOW_PAGES = ['registration', 'recovery', 'verification', 'settings'] as const;
const isFlowPage = (page: string): page is (typeof FLOW_PAGES)[number] => (FLOW_PAGES as readonly string[]).includes(page);

const search = new URLSearchParams(window.location.search);
const page = routePath(window.location.pathname).slice(1);

// The same options as the pages (pages/*.tsx) give their hooks, or the preload is not used.
if (page === 'login') void preloadFlow(queryClient, ory, 'login', loginOptions(search));
else if (isFlowPage(page)) void preloadFlow(queryClient, ory, page, flowOptions(search));
