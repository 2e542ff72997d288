import { Flow, OAuth2Login, ProblemAlert } from '@orykit/react';
import type { LoginFlow, UiContainer } from '@orykit/client';
import { useLoginFlow } from '@orykit/react-query';
import { navigate } from '../../router.tsx';
import type { OAuth2LoginData } from '../../server/oauth2-login.server.ts';
import { hrefs } from '../flow-options.ts';

/**
 * `/oauth2/login?login_challenge=`: Hydra asks who the person is, answered on the server (routes/oauth2-login.tsx):
 * "Continue as …" for the demo's Kratos session, or Kratos' login form inside the card. Both are real forms
 * that work without JavaScript; with it, the sign-in form hydrates into the kit's managed login flow.
 */
export function OAuth2LoginPage({ data }: { data: OAuth2LoginData }) {
  return (
    <OAuth2Login request={data.request} identity={data.identity} problem={data.problem} hrefs={hrefs} switchAccountHref="/logout" action="/oauth2/login">
      {data.flow ? <SignIn flow={data.flow} /> : null}
    </OAuth2Login>
  );
}

/**
 * The Kratos login flow the server started with Hydra's challenge. Only a native form post completes the
 * challenge (Kratos then answers Hydra and sends the browser on), so the managed flow leaves submits to the browser.
 */
function SignIn({ flow }: { flow: LoginFlow }) {
  const controller = useLoginFlow({ navigate, syncUrl: false, initialFlow: flow });
  return (
    <>
      <ProblemAlert problem={controller.problem} onRetry={controller.retry} />
      {controller.flow ? <Flow ui={controller.flow.ui as UiContainer} kind="login" onSubmit={controller.nativeSubmit ? undefined : controller.submit} status={controller.status} /> : null}
    </>
  );
}
