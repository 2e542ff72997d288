import { Logout } from '@orykit/react';
import { useLogoutFlow } from '@orykit/react-query';
import { absolute, navigate } from '../router.tsx';
import { hrefs } from './flow-options.ts';
import { usePageTitle } from '../title.ts';

/** `/logout`: confirm and end the session. */
export function LogoutPage() {
  usePageTitle('ui.logout.title');
  const { logout, logoutUrl, status, problem } = useLogoutFlow({ returnTo: absolute('/login'), navigate });
  return (
    <Logout
      logoutUrl={logoutUrl}
      state={status === 'submitting' ? 'logging_out' : status === 'done' || status === 'signed-out' ? 'done' : 'confirm'}
      onConfirm={logout}
      onCancel={() => (window.history.length > 1 ? window.history.back() : navigate('/'))}
      problem={problem}
      hrefs={hrefs}
    />
  );
}
