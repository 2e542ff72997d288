import { useLoaderData, type ClientLoaderFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { SettingsPage } from '../pages/Settings.tsx';
import { preloadPageFlow } from '../preload.ts';
import { flowLoader, type FlowData } from '../server/loaders.server.ts';
import type { TitleHandle } from '../title.tsx';

export const loader = ({ request }: LoaderFunctionArgs) => flowLoader(request, 'settings');
export const clientLoader = ({ request }: ClientLoaderFunctionArgs) => preloadPageFlow(request, 'settings');

export const handle: TitleHandle = { title: 'ui.settings.title' };

export default function SettingsRoute() {
  return <SettingsPage initialFlow={useLoaderData<FlowData<'settings'>>().flow} />;
}
