import type { SelfServiceError } from '@orykit/client';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { ErrorPage } from '../pages/Error.tsx';
import { selfServiceErrorLoader } from '../server/loaders.server.ts';
import type { TitleHandle } from '../title.tsx';

export const loader = ({ request }: LoaderFunctionArgs) => selfServiceErrorLoader(request);
export const clientLoader = () => ({ error: undefined });

export const handle: TitleHandle = { title: 'ui.error_view.title' };

export default function ErrorRoute() {
  return <ErrorPage initialError={useLoaderData<{ error: SelfServiceError | undefined }>().error} />;
}
