import type { RegistrationFlow } from '@orykit/client';
import { Registration } from '@orykit/react';
import { useRegistrationFlow } from '@orykit/react-query';
import { useSearchParams } from '../router.tsx';
import { flowOptions, hrefs } from './flow-options.ts';

/** `/registration`: create an account. */
export function RegistrationPage({ initialFlow }: { initialFlow?: RegistrationFlow | undefined }) {
  const controller = useRegistrationFlow({ ...flowOptions(useSearchParams()), initialFlow });
  return <Registration controller={controller} hrefs={hrefs} />;
}
