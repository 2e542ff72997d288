import { Logout } from '@orykit/react';
import { useLogoutFlow } from '@orykit/react-query';
import { useHydrated } from '../hydrated.ts';
import { absolute, navigate } from '../router.tsx';
import { hrefs } from './flow-options.ts';

/** `/logout`: confirm and end the session (without JavaScript, through the server's `initialLogoutUrl`). */
export function LogoutPage({ initialLogoutUrl }: { initialLogoutUrl?: string | undefined }) {
  const { logout, logoutUrl, status, problem } = useLogoutFlow({ returnTo: absolute('/login'), navigate });
  // Without JavaScript the card's links do the work: Kratos' logout URL, and home.
  const hydrated = useHydrated();
  return (
    <Logout
      logoutUrl={logoutUrl ?? initialLogoutUrl}
      state={status === 'submitting' ? 'logging_out' : status === 'done' || status === 'signed-out' ? 'done' : 'confirm'}
      onConfirm={hydrated ? logout : undefined}
      onCancel={hydrated ? () => (window.history.length > 1 ? window.history.back() : navigate('/')) : undefined}
      problem={problem}
      hrefs={hrefs}
    />
  );
}
