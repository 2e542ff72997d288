import { OAuth2Logout } from '@orykit/react';
import { useLogoutFlow, useOAuth2LogoutRequest } from '@orykit/react-query';
import { navigate, useSearchParams } from '../../router.tsx';
import { oauth2Problem } from './problem.ts';
import { usePageTitle } from '../../title.ts';

const stay = () => {};

/**
 * `/oauth2/logout?logout_challenge=`: an app asks Hydra to end the user's OAuth2 session (RP-initiated
 * logout). "Sign out" ends the demo's own (Kratos) session too, then Hydra sends the browser on.
 */
export function OAuth2LogoutPage() {
  usePageTitle('demo.title.oauth2_logout');
  const challenge = useSearchParams().get('logout_challenge') ?? undefined;
  const { request, status, error, accept, reject } = useOAuth2LogoutRequest(challenge, { navigate });
  const kratos = useLogoutFlow({ navigate: stay });
  const problem = challenge ? oauth2Problem(error) : { kind: 'error' as const, message: 'No logout_challenge in the address.', retryable: false };
  return (
    <OAuth2Logout
      request={request}
      status={status === 'error' ? 'ready' : status}
      problem={problem}
      onAccept={async () => {
        if (kratos.status === 'ready') await kratos.logout();
        await accept(undefined);
      }}
      onReject={async () => {
        await reject({ error: 'access_denied', error_description: 'The user stayed signed in.' });
        navigate('/');
      }}
    />
  );
}
