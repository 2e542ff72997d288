import { Login } from '@orykit/react';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { hrefs } from '../hrefs';
import { loadFlow } from '../ory.server';

export const loader = ({ request }: LoaderFunctionArgs) => loadFlow(request, 'login');

// Rendered on the server with the flow (a form that posts without JavaScript), then managed by the hook.
export default function LoginPage() {
  const { flow } = useLoaderData<typeof loader>();
  return <Login hrefs={hrefs} options={{ initialFlow: flow, returnTo: '/settings' }} />;
}
