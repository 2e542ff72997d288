import type { VerificationFlow } from '@orykit/client';
import { Verification } from '@orykit/react';
import { useVerificationFlow } from '@orykit/react-query';
import { useSearchParams } from '../router.tsx';
import { flowOptions, hrefs } from './flow-options.ts';

/** `/verification`: prove an address with the code (or link) the courier sent. */
export function VerificationPage({ initialFlow }: { initialFlow?: VerificationFlow | undefined }) {
  const controller = useVerificationFlow({ ...flowOptions(useSearchParams()), initialFlow });
  return <Verification controller={controller} hrefs={hrefs} />;
}
