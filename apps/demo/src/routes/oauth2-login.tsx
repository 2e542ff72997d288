import { useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { OAuth2LoginPage } from '../pages/oauth2/Login.tsx';
import { oauth2LoginAction, oauth2LoginLoader } from '../server/oauth2-login.server.ts';
import type { TitleHandle } from '../title.tsx';

export const loader = ({ request }: LoaderFunctionArgs) => oauth2LoginLoader(request);
export const action = ({ request }: ActionFunctionArgs) => oauth2LoginAction(request);

export const handle: TitleHandle = { title: 'demo.title.oauth2_login' };

export default function OAuth2LoginRoute() {
  return <OAuth2LoginPage data={useLoaderData<typeof loader>()} />;
}
