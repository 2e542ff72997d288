// `/oauth2/login?login_challenge=`: Hydra asks who the person is. Answered on the server: a subject Hydra
// remembers, or the Kratos session of this browser, accepts the request at once (303 back to Hydra); without
// a session the person signs in with Kratos' login flow, which carries the challenge and answers Hydra itself
// (Kratos is Hydra's login provider, `oauth2_provider.url`).
import { adminAcceptOAuth2LoginRequest, adminGetOAuth2LoginRequest, isOryError } from '@orykit/client';
import { getSession } from '@orykit/client/server';
import { oryUrls } from '../../../ory/config.ts';
import { hydraAdmin, REMEMBER_FOR } from '../../../ory/hydra.ts';

export async function GET(request: Request): Promise<Response> {
  const challenge = new URL(request.url).searchParams.get('login_challenge');
  if (!challenge) return Response.redirect(new URL('/error', request.url), 303);
  const hydra = hydraAdmin();
  const login = await adminGetOAuth2LoginRequest(hydra, { login_challenge: challenge }).catch((error: unknown) => {
    if (isOryError(error) && error.status < 500) return undefined; // unknown, used or expired
    throw error;
  });
  if (!login) return new Response('This sign-in request has expired or was already answered. Start again from the app.', { status: 410, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const session = login.skip ? undefined : await getSession(request, { kratosPublicUrl: oryUrls().kratosPublicUrl });
  const subject = login.skip ? login.subject : session?.identity?.id;
  if (!subject) return Response.redirect(new URL(`/login?login_challenge=${encodeURIComponent(challenge)}`, request.url), 303);
  const { redirect_to } = await adminAcceptOAuth2LoginRequest(hydra, { login_challenge: challenge, body: { subject, remember: true, remember_for: REMEMBER_FOR } });
  return new Response(null, { status: 303, headers: { Location: redirect_to } });
}
