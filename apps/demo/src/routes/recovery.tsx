import { useLoaderData, type ClientLoaderFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { RecoveryPage } from '../pages/Recovery.tsx';
import { preloadPageFlow } from '../preload.ts';
import { flowLoader, type FlowData } from '../server/loaders.server.ts';

export const loader = ({ request }: LoaderFunctionArgs) => flowLoader(request, 'recovery');
export const clientLoader = ({ request }: ClientLoaderFunctionArgs) => preloadPageFlow(request, 'recovery');

export default function RecoveryRoute() {
  return <RecoveryPage initialFlow={useLoaderData<FlowData<'recovery'>>().flow} />;
}
