// `/oauth2/logout?logout_challenge=`: an app asks Hydra to end the person's OAuth2 session (RP-initiated
// logout), answered on the server. Signing out ends the demo's own Kratos session too. Server only.
import { adminAcceptOAuth2LogoutRequest, adminGetOAuth2LogoutRequest, adminRejectOAuth2LogoutRequest, createSelfServiceLogoutFlowUrlForBrowsers, type OAuth2LogoutRequest } from '@orykit/client';
import type { FlowProblem } from '@orykit/react';
import { redirect } from 'react-router';
import { answerForm, hydraAdmin, noChallenge, orProblem, toHydra } from './hydra.server.ts';
import { serverOry } from './loaders.server.ts';

export interface OAuth2LogoutData {
  request?: OAuth2LogoutRequest | undefined;
  problem?: FlowProblem | undefined;
}

/** Hydra's logout request for the card. */
export async function oauth2LogoutLoader(request: Request): Promise<OAuth2LogoutData> {
  const challenge = new URL(request.url).searchParams.get('logout_challenge');
  if (!challenge) return { problem: noChallenge('logout_challenge') };
  const { value, problem } = await orProblem(adminGetOAuth2LogoutRequest(hydraAdmin(request), { logout_challenge: challenge }));
  return value ? { request: value } : { problem };
}

/**
 * Ends this browser's Kratos session: its logout URL, called with the browser's cookies; Kratos' `Set-Cookie`
 * (the emptied session cookie) is handed on to the browser. No session: nothing to end.
 */
async function endKratosSession(request: Request): Promise<Headers> {
  const headers = new Headers();
  const cookie = request.headers.get('cookie');
  const logout = await createSelfServiceLogoutFlowUrlForBrowsers(serverOry(request)).catch(() => undefined);
  if (!logout || !cookie) return headers;
  const response = await fetch(logout.logout_url, { headers: { cookie, Accept: 'application/json' }, redirect: 'manual' });
  for (const line of response.headers.getSetCookie()) headers.append('Set-Cookie', line);
  return headers;
}

/** The card's form: `action=accept` signs out of Kratos and Hydra, then on to where Hydra says; `reject` stays signed in. */
export function oauth2LogoutAction(request: Request) {
  return answerForm(request, '/oauth2/logout', 'logout_challenge', async (form, challenge) => {
    const hydra = hydraAdmin(request);
    if (form.get('action') === 'reject') {
      await adminRejectOAuth2LogoutRequest(hydra, { logout_challenge: challenge });
      return redirect('/', 303);
    }
    const cookies = await endKratosSession(request);
    const { redirect_to } = await adminAcceptOAuth2LogoutRequest(hydra, { logout_challenge: challenge });
    return toHydra(redirect_to, cookies);
  });
}
