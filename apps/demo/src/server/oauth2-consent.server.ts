// `/oauth2/consent?consent_challenge=`: Hydra asks what the person grants the app, answered on the server. Server only.
import { adminAcceptOAuth2ConsentRequest, adminGetOAuth2ConsentRequest, adminRejectOAuth2ConsentRequest, type Identity, type OAuth2ConsentRequest } from '@orykit/client';
import { getSession } from '@orykit/client/server';
import { defaultIdTokenClaims, type FlowProblem } from '@orykit/react';
import { answerForm, hydraAdmin, noChallenge, orProblem, toHydra } from './hydra.server.ts';
import { kratos } from './loaders.server.ts';
import { REMEMBER_FOR, REQUIRED_SCOPES } from '../pages/oauth2/policy.ts';

export interface OAuth2ConsentData {
  request?: OAuth2ConsentRequest | undefined;
  problem?: FlowProblem | undefined;
  /** The person behind the request, when this browser is signed in as them (names them, previews the claims). */
  identity?: Identity | undefined;
}

/** The identity behind the consent request, when this browser's session is that person's. */
async function identityOf(request: Request, consent: OAuth2ConsentRequest): Promise<Identity | undefined> {
  const identity = (await getSession(request, kratos(request)).catch(() => null))?.identity;
  return identity && identity.id === consent.subject ? identity : undefined;
}

/** Grants `scopes` (only those the app asked for, the required ones always) with the ID token claims they allow. */
async function grant(request: Request, consent: OAuth2ConsentRequest, scopes: readonly string[], remember: boolean) {
  const requested = consent.requested_scope ?? [];
  const granted = requested.filter((scope) => scopes.includes(scope) || REQUIRED_SCOPES.includes(scope));
  const identity = await identityOf(request, consent);
  const { redirect_to } = await adminAcceptOAuth2ConsentRequest(hydraAdmin(request), {
    consent_challenge: consent.challenge,
    body: {
      grant_scope: granted,
      grant_access_token_audience: consent.requested_access_token_audience ?? [],
      remember,
      remember_for: REMEMBER_FOR,
      session: { id_token: defaultIdTokenClaims(consent, granted, identity), access_token: {} },
    },
  });
  return toHydra(redirect_to);
}

/** The consent request for the card; one Hydra says to skip (granted and remembered before) is granted again at once. */
export async function oauth2ConsentLoader(request: Request): Promise<OAuth2ConsentData> {
  const challenge = new URL(request.url).searchParams.get('consent_challenge');
  if (!challenge) return { problem: noChallenge('consent_challenge') };
  const { value: consent, problem } = await orProblem(adminGetOAuth2ConsentRequest(hydraAdmin(request), { consent_challenge: challenge }));
  if (!consent) return { problem };
  if (consent.skip) throw await grant(request, consent, consent.requested_scope ?? [], false);
  return { request: consent, identity: await identityOf(request, consent) };
}

/** The card's form: `consent_action=accept` with the ticked `grant_scope`s and `remember`, or `reject`. */
export function oauth2ConsentAction(request: Request) {
  return answerForm(request, '/oauth2/consent', 'consent_challenge', async (form, challenge) => {
    const hydra = hydraAdmin(request);
    if (form.get('consent_action') === 'reject') {
      const { redirect_to } = await adminRejectOAuth2ConsentRequest(hydra, { consent_challenge: challenge, body: { error: 'access_denied', error_description: 'The user denied the request.' } });
      return toHydra(redirect_to);
    }
    const consent = await adminGetOAuth2ConsentRequest(hydra, { consent_challenge: challenge });
    return grant(request, consent, form.getAll('grant_scope').map(String), form.get('remember') === 'true');
  });
}
