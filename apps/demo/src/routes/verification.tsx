import { useLoaderData, type ClientLoaderFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { VerificationPage } from '../pages/Verification.tsx';
import { preloadPageFlow } from '../preload.ts';
import { flowLoader, type FlowData } from '../server/loaders.server.ts';
import type { TitleHandle } from '../title.tsx';

export const loader = ({ request }: LoaderFunctionArgs) => flowLoader(request, 'verification');
export const clientLoader = ({ request }: ClientLoaderFunctionArgs) => preloadPageFlow(request, 'verification');

export const handle: TitleHandle = { title: 'ui.verification.title' };

export default function VerificationRoute() {
  return <VerificationPage initialFlow={useLoaderData<FlowData<'verification'>>().flow} />;
}
