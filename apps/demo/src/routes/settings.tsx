import { useLoaderData, type ClientLoaderFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { SettingsPage } from '../pages/Settings.tsx';
import { preloadPageFlow } from '../preload.ts';
import { flowLoader, type FlowData } from '../server/loaders.server.ts';

export const loader = ({ request }: LoaderFunctionArgs) => flowLoader(request, 'settings');
export const clientLoader = ({ request }: ClientLoaderFunctionArgs) => preloadPageFlow(request, 'settings');

export default function SettingsRoute() {
  return <SettingsPage initialFlow={useLoaderData<FlowData<'settings'>>().flow} />;
}
