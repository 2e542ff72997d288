import { Login } from '@orykit/react';
import { useLoginFlow } from '@orykit/react-query';
import { useSearchParams } from '../router.tsx';
import { flowOptions, hrefs } from './flow-options.ts';

/** `/login`: sign in, sign in again (`?refresh=true`) or with a second factor (`?aal=aal2`). */
export function LoginPage() {
  const search = useSearchParams();
  const aal = search.get('aal');
  const controller = useLoginFlow({
    ...flowOptions(search),
    refresh: search.get('refresh') === 'true',
    ...(aal === 'aal2' || aal === 'aal1' ? { aal } : {}),
  });
  return <Login controller={controller} hrefs={hrefs} />;
}
