import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { LogoutPage } from '../pages/Logout.tsx';
import { logoutUrlLoader } from '../server/loaders.server.ts';

export const loader = ({ request }: LoaderFunctionArgs) => logoutUrlLoader(request, new URL('/login', request.url).href);
export const clientLoader = () => ({ logoutUrl: undefined });

export default function LogoutRoute() {
  return <LogoutPage initialLogoutUrl={useLoaderData<{ logoutUrl: string | undefined }>().logoutUrl} />;
}
