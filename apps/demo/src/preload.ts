// In-app navigations to a flow page: the route's clientLoader starts the page's flow request while React
// Router loads the route, before the page renders. The page's hook takes the answer: no extra request.
// (A document request gets its flow from the server loader instead: server/loaders.server.ts.)
import { preloadFlow, type PreloadableFlow } from '@orykit/react-query';
import { ory, queryClient } from './ory.ts';
import { flowOptions, loginOptions } from './pages/flow-options.ts';

/** Starts the flow of the page at `request.url`; the page renders without a server flow. */
export function preloadPageFlow(request: Request, kind: PreloadableFlow): { flow: undefined } {
  const search = new URL(request.url).searchParams;
  // The address bar still shows the page we are leaving: name the flow from the new URL.
  const flowId = search.get('flow') ?? undefined;
  const options = { ...(kind === 'login' ? loginOptions(search) : flowOptions(search)), ...(flowId ? { flowId } : {}) };
  void preloadFlow(queryClient, ory, kind, options);
  return { flow: undefined };
}
