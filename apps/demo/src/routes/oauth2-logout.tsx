import { useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { OAuth2LogoutPage } from '../pages/oauth2/Logout.tsx';
import { oauth2LogoutAction, oauth2LogoutLoader } from '../server/oauth2-logout.server.ts';
import type { TitleHandle } from '../title.tsx';

export const loader = ({ request }: LoaderFunctionArgs) => oauth2LogoutLoader(request);
export const action = ({ request }: ActionFunctionArgs) => oauth2LogoutAction(request);

export const handle: TitleHandle = { title: 'demo.title.oauth2_logout' };

export default function OAuth2LogoutRoute() {
  return <OAuth2LogoutPage data={useLoaderData<typeof loader>()} />;
}
