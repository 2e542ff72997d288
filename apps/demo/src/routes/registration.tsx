import { useLoaderData, type ClientLoaderFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { RegistrationPage } from '../pages/Registration.tsx';
import { preloadPageFlow } from '../preload.ts';
import { flowLoader, type FlowData } from '../server/loaders.server.ts';
import type { TitleHandle } from '../title.tsx';

export const loader = ({ request }: LoaderFunctionArgs) => flowLoader(request, 'registration');
export const clientLoader = ({ request }: ClientLoaderFunctionArgs) => preloadPageFlow(request, 'registration');

export const handle: TitleHandle = { title: 'ui.registration.title' };

export default function RegistrationRoute() {
  return <RegistrationPage initialFlow={useLoaderData<FlowData<'registration'>>().flow} />;
}
