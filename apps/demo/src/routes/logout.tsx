import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { LogoutPage } from '../pages/Logout.tsx';
import { logoutUrlLoader } from '../server/loaders.server.ts';
import type { TitleHandle } from '../title.tsx';

export const loader = ({ request }: LoaderFunctionArgs) => logoutUrlLoader(request, new URL('/login', request.url).href);
export const clientLoader = () => ({ logoutUrl: undefined });

export const handle: TitleHandle = { title: 'ui.logout.title' };

export default function LogoutRoute() {
  return <LogoutPage initialLogoutUrl={useLoaderData<{ logoutUrl: string | undefined }>().logoutUrl} />;
}
