import { useLoaderData, type ClientLoaderFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { LoginPage } from '../pages/Login.tsx';
import { preloadPageFlow } from '../preload.ts';
import { flowLoader, type FlowData } from '../server/loaders.server.ts';

export const loader = ({ request }: LoaderFunctionArgs) => flowLoader(request, 'login');
export const clientLoader = ({ request }: ClientLoaderFunctionArgs) => preloadPageFlow(request, 'login');

export default function LoginRoute() {
  return <LoginPage initialFlow={useLoaderData<FlowData<'login'>>().flow} />;
}
