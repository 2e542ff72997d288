import { useLoaderData, type ClientLoaderFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { LoginPage } from '../pages/Login.tsx';
import { preloadPageFlow } from '../preload.ts';
import { flowLoader, type FlowData } from '../server/loaders.server.ts';
import type { TitleHandle } from '../title.tsx';

export const loader = ({ request }: LoaderFunctionArgs) => flowLoader(request, 'login');
export const clientLoader = ({ request }: ClientLoaderFunctionArgs) => preloadPageFlow(request, 'login');

export const handle: TitleHandle = { title: 'ui.login.title' };

export default function LoginRoute() {
  return <LoginPage initialFlow={useLoaderData<FlowData<'login'>>().flow} />;
}
