import type { VerificationFlow } from '@orykit/client';
import { Verification } from '@orykit/react';
import { useVerificationFlow } from '@orykit/react-query';
import { useSearchParams } from '../router.tsx';
import { useSession } from '../session.ts';
import { flowOptions, hrefs } from './flow-options.ts';

/** `/verification`: prove an address with the code (or link) the courier sent; a signed-in person's address is filled in. */
export function VerificationPage({ initialFlow }: { initialFlow?: VerificationFlow | undefined }) {
  const controller = useVerificationFlow({ ...flowOptions(useSearchParams()), initialFlow });
  const session = useSession();
  const addresses = session.session?.identity?.verifiable_addresses ?? [];
  const address = (addresses.find((a) => !a.verified) ?? addresses[0])?.value;
  return <Verification controller={controller} hrefs={hrefs} address={address} />;
}
