import { useLoaderData, type ClientLoaderFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { RecoveryPage } from '../pages/Recovery.tsx';
import { preloadPageFlow } from '../preload.ts';
import { flowLoader, type FlowData } from '../server/loaders.server.ts';
import type { TitleHandle } from '../title.tsx';

export const loader = ({ request }: LoaderFunctionArgs) => flowLoader(request, 'recovery');
export const clientLoader = ({ request }: ClientLoaderFunctionArgs) => preloadPageFlow(request, 'recovery');

export const handle: TitleHandle = { title: 'ui.recovery.title' };

export default function RecoveryRoute() {
  return <RecoveryPage initialFlow={useLoaderData<FlowData<'recovery'>>().flow} />;
}
