import { Flow, OAuth2Login, ProblemAlert } from '@orykit/react';
import type { Session, UiContainer } from '@orykit/client';
import { useLoginFlow, useOAuth2LoginRequest } from '@orykit/react-query';
import { navigate, useSearchParams } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { hrefs } from '../flow-options.ts';
import { oauth2Problem } from './problem.ts';
import { usePageTitle } from '../../title.ts';

const REMEMBER_FOR = 3600;

/**
 * `/oauth2/login?login_challenge=`: Hydra asks who the user is. The demo answers with the Kratos session:
 * Hydra remembers the subject (`skip`) → accepted at once; a Kratos session exists → "Continue as …";
 * else the Kratos login form inside the card, and the session it creates answers Hydra right away.
 *
 * Hydra's admin API is called from the browser here because this is a demo on loopback; a real app
 * answers login requests on its server.
 */
export function OAuth2LoginPage() {
  usePageTitle('demo.title.oauth2_login');
  const challenge = useSearchParams().get('login_challenge') ?? undefined;
  const { request, status, error, accept, reject } = useOAuth2LoginRequest(challenge, { navigate });
  const session = useSession();
  const acceptAs = (subject: string) => accept({ subject, remember: true, remember_for: REMEMBER_FOR });
  const problem = challenge ? oauth2Problem(error) : { kind: 'error' as const, message: 'No login_challenge in the address.', retryable: false };
  const forceLogin = request?.skip !== true && (request?.request_url ?? '').includes('prompt=login');
  const signedIn = session.status === 'signed-in' && !forceLogin ? session.session : undefined;
  return (
    <OAuth2Login
      request={request}
      identity={signedIn?.identity}
      status={status === 'error' ? 'ready' : request && !request.skip && session.status === 'loading' ? 'loading' : status}
      problem={problem}
      hrefs={hrefs}
      switchAccountHref="/logout"
      onContinue={acceptAs}
      onCancel={() => reject({ error: 'access_denied', error_description: 'The user cancelled the sign-in.' })}
    >
      {request && !request.skip && !signedIn && session.status !== 'loading' ? <SignIn onSession={(s) => acceptAs(s.identity?.id ?? '')} /> : null}
    </OAuth2Login>
  );
}

/** The Kratos login flow, embedded in the card: when it gives a session, Hydra's login request is accepted with it. */
function SignIn({ onSession }: { onSession: (session: Session) => void }) {
  const controller = useLoginFlow({
    navigate,
    syncUrl: false,
    onComplete: (result) => {
      const session = (result as { session?: Session } | undefined)?.session;
      if (session) onSession(session);
    },
  });
  return (
    <>
      <ProblemAlert problem={controller.problem} onRetry={controller.retry} />
      {controller.flow ? <Flow ui={controller.flow.ui as UiContainer} kind="login" onSubmit={controller.submit} status={controller.status} /> : null}
    </>
  );
}
