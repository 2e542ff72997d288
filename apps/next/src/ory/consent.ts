// Answering Hydra's consent requests on the server, for the consent page, its form's endpoint and src/proxy.ts.
import { adminAcceptOAuth2ConsentRequest, adminGetOAuth2ConsentRequest, isOryError, type Identity, type OAuth2ConsentRequest, type OryError } from '@orykit/client';
import { getSession } from '@orykit/client/server';
import { oryUrls } from './config.ts';
import { hydraAdmin, REMEMBER_FOR } from './hydra.ts';

/** The ID token claims the granted scopes allow, from the identity's traits (the kit's consent screen previews the same). */
function idTokenClaims(grantScope: readonly string[], identity: Identity | undefined): Record<string, unknown> {
  const traits = (identity?.traits ?? {}) as { email?: unknown; name?: { first?: unknown; last?: unknown } };
  const claims: Record<string, unknown> = {};
  if (grantScope.includes('email') && typeof traits.email === 'string') claims['email'] = traits.email;
  if (grantScope.includes('profile') && traits.name) {
    const name = [traits.name.first, traits.name.last].filter((part) => typeof part === 'string' && part).join(' ');
    if (name) claims['name'] = name;
  }
  return claims;
}

/** What a person sees for a challenge Hydra does not know (made up, already answered or expired). */
export const UNKNOWN_CONSENT = 'This consent request has expired or was already answered. Start again from the app.';

/** Hydra's consent request of `challenge`, or Hydra's 4xx answer when it does not know it (404, 410 answered). */
export async function consentRequest(challenge: string): Promise<OAuth2ConsentRequest | OryError> {
  try {
    return await adminGetOAuth2ConsentRequest(hydraAdmin(), { consent_challenge: challenge });
  } catch (error) {
    if (isOryError(error) && error.status < 500) return error;
    throw error;
  }
}

/** The identity behind the consent request, when this browser's session is that person's. */
export async function consentIdentity(request: Request, consent: OAuth2ConsentRequest): Promise<Identity | undefined> {
  const session = await getSession(request, { kratosPublicUrl: oryUrls().kratosPublicUrl });
  return session?.identity && session.identity.id === consent.subject ? session.identity : undefined;
}

/** Grants `grantScope` (only scopes the client asked for) and returns where Hydra sends the browser next. */
export async function acceptConsent(request: Request, consent: OAuth2ConsentRequest, grantScope: readonly string[], remember: boolean): Promise<string> {
  const requested = consent.requested_scope ?? [];
  const granted = grantScope.filter((scope) => requested.includes(scope));
  const identity = await consentIdentity(request, consent);
  const { redirect_to } = await adminAcceptOAuth2ConsentRequest(hydraAdmin(), {
    consent_challenge: consent.challenge,
    body: {
      grant_scope: granted,
      grant_access_token_audience: consent.requested_access_token_audience ?? [],
      remember,
      remember_for: REMEMBER_FOR,
      session: { id_token: idTokenClaims(granted, identity), access_token: {} },
    },
  });
  return redirect_to;
}

/**
 * A consent Hydra says to skip (the person chose "remember" before) is granted again without asking:
 * the 303 back to Hydra, or undefined when the person must be asked.
 */
export async function skippedConsent(request: Request): Promise<Response | undefined> {
  const challenge = new URL(request.url).searchParams.get('consent_challenge');
  if (!challenge) return undefined;
  const consent = await consentRequest(challenge);
  if (isOryError(consent) || consent.skip !== true) return undefined;
  const location = await acceptConsent(request, consent, consent.requested_scope ?? [], true);
  return new Response(null, { status: 303, headers: { Location: location } });
}
