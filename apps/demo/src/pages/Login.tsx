import type { LoginFlow } from '@orykit/client';
import { Login } from '@orykit/react';
import { useLoginFlow } from '@orykit/react-query';
import { useSearchParams } from '../router.tsx';
import { hrefs, loginOptions } from './flow-options.ts';

/** `/login`: sign in, sign in again (`?refresh=true`) or with a second factor (`?aal=aal2`). */
export function LoginPage({ initialFlow }: { initialFlow?: LoginFlow | undefined }) {
  const controller = useLoginFlow({ ...loginOptions(useSearchParams()), initialFlow });
  return <Login controller={controller} hrefs={hrefs} />;
}
