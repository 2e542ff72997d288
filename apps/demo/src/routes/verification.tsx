import { useLoaderData, type ClientLoaderFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { VerificationPage } from '../pages/Verification.tsx';
import { preloadPageFlow } from '../preload.ts';
import { flowLoader, type FlowData } from '../server/loaders.server.ts';

export const loader = ({ request }: LoaderFunctionArgs) => flowLoader(request, 'verification');
export const clientLoader = ({ request }: ClientLoaderFunctionArgs) => preloadPageFlow(request, 'verification');

export default function VerificationRoute() {
  return <VerificationPage initialFlow={useLoaderData<FlowData<'verification'>>().flow} />;
}
