// `/oauth2/login?login_challenge=`: Hydra asks who the person is, answered on the server. Server only.
import { adminAcceptOAuth2LoginRequest, adminGetOAuth2LoginRequest, adminRejectOAuth2LoginRequest, type Identity, type LoginFlow, type OAuth2LoginRequest } from '@orykit/client';
import { getBrowserFlow, getSession } from '@orykit/client/server';
import type { FlowProblem } from '@orykit/react';
import { data, redirect } from 'react-router';
import { answerForm, hydraAdmin, noChallenge, orProblem, pageOf, toHydra } from './hydra.server.ts';
import { kratos, redirectFrom } from './loaders.server.ts';
import { REMEMBER_FOR } from '../pages/oauth2/policy.ts';

export interface OAuth2LoginData {
  request?: OAuth2LoginRequest | undefined;
  problem?: FlowProblem | undefined;
  /** The person signed in to the demo: offered as "Continue as …". */
  identity?: Identity | undefined;
  /** Otherwise Kratos' login flow carrying the challenge: its form posts natively, and Kratos answers Hydra itself. */
  flow?: LoginFlow | undefined;
}

const session = (request: Request) => getSession(request, kratos(request)).catch(() => null);

/** Accepts the login request as `subject`; the browser goes back to Hydra. */
async function acceptAs(request: Request, challenge: string, subject: string) {
  const { redirect_to } = await adminAcceptOAuth2LoginRequest(hydraAdmin(request), { login_challenge: challenge, body: { subject, remember: true, remember_for: REMEMBER_FOR } });
  return toHydra(redirect_to);
}

/**
 * Hydra's `skip` (it remembers the subject: no UI may ask) is accepted at once; a Kratos session is offered as
 * "Continue as …"; without one the card holds Kratos' login flow started with the challenge (Kratos is Hydra's
 * login provider), created here so its form is in the HTML.
 */
export async function oauth2LoginLoader(request: Request) {
  const challenge = new URL(request.url).searchParams.get('login_challenge');
  if (!challenge) return data<OAuth2LoginData>({ problem: noChallenge('login_challenge') });
  const { value: login, problem } = await orProblem(adminGetOAuth2LoginRequest(hydraAdmin(request), { login_challenge: challenge }));
  if (!login) return data<OAuth2LoginData>({ problem });
  if (login.skip) throw await acceptAs(request, challenge, login.subject);
  const forceLogin = (login.request_url ?? '').includes('prompt=login');
  const identity = forceLogin ? undefined : (await session(request))?.identity;
  if (identity) return data<OAuth2LoginData>({ request: login, identity });

  const page = new URL('/login', request.url);
  page.searchParams.set('login_challenge', challenge);
  if (forceLogin) page.searchParams.set('refresh', 'true');
  try {
    const result = await getBrowserFlow(new Request(page, { headers: request.headers }), 'login', kratos(request));
    if (result.redirect) throw redirectFrom(result.redirect, request);
    return data<OAuth2LoginData>({ request: login, flow: result.flow }, { headers: result.headers });
  } catch (error) {
    if (error instanceof Response) throw error;
    // The login page creates (or explains) the flow itself.
    throw redirect(page.pathname + page.search, 303);
  }
}

/**
 * The card's form: "Continue" accepts for this browser's Kratos session (never a subject from the form),
 * "Cancel" rejects. A challenge Hydra no longer knows goes back to the page, which says so.
 */
export function oauth2LoginAction(request: Request) {
  return answerForm(request, '/oauth2/login', 'login_challenge', async (form, challenge) => {
    if (form.get('action') === 'cancel') {
      const { redirect_to } = await adminRejectOAuth2LoginRequest(hydraAdmin(request), { login_challenge: challenge, body: { error: 'access_denied', error_description: 'The user cancelled the sign-in.' } });
      return toHydra(redirect_to);
    }
    const subject = (await session(request))?.identity?.id;
    return subject ? acceptAs(request, challenge, subject) : redirect(pageOf('/oauth2/login', 'login_challenge', challenge), 303);
  });
}
