import type { RecoveryFlow } from '@orykit/client';
import { Recovery } from '@orykit/react';
import { useRecoveryFlow } from '@orykit/react-query';
import { useSearchParams } from '../router.tsx';
import { flowOptions, hrefs } from './flow-options.ts';

/** `/recovery`: regain access with a code (or link) sent to a recovery address. */
export function RecoveryPage({ initialFlow }: { initialFlow?: RecoveryFlow | undefined }) {
  const controller = useRecoveryFlow({ ...flowOptions(useSearchParams()), initialFlow });
  return <Recovery controller={controller} hrefs={hrefs} />;
}
