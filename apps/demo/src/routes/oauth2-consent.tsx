import { useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { OAuth2ConsentPage } from '../pages/oauth2/Consent.tsx';
import { oauth2ConsentAction, oauth2ConsentLoader } from '../server/oauth2-consent.server.ts';
import type { TitleHandle } from '../title.tsx';

export const loader = ({ request }: LoaderFunctionArgs) => oauth2ConsentLoader(request);
export const action = ({ request }: ActionFunctionArgs) => oauth2ConsentAction(request);

export const handle: TitleHandle = { title: 'ui.consent.accept' };

export default function OAuth2ConsentRoute() {
  return <OAuth2ConsentPage data={useLoaderData<typeof loader>()} />;
}
