import type { Identity, OAuth2ConsentRequest } from '@orykit/client';
import { Consent, defaultIdTokenClaims, type ConsentGrant } from '@orykit/react';
import { useOAuth2ConsentRequest } from '@orykit/react-query';
import { navigate, useSearchParams } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { oauth2Problem } from './problem.ts';
import { usePageTitle } from '../../title.ts';

const REMEMBER_FOR = 3600;

/** The accept body: the grant, plus the ID token claims the granted scopes allow (from the identity's traits). */
function acceptBody(request: OAuth2ConsentRequest, grant: ConsentGrant, identity: Identity | undefined) {
  return {
    ...grant,
    session: { id_token: defaultIdTokenClaims(request, grant.grant_scope, identity), access_token: {} },
  };
}

/**
 * `/oauth2/consent?consent_challenge=`: the user grants an app the scopes it asks for (`openid` cannot be
 * unticked: the sample client needs it). When Hydra says `skip` (the user chose "remember" before), the
 * card gives the same grant again without asking.
 */
export function OAuth2ConsentPage() {
  usePageTitle('ui.consent.accept');
  const challenge = useSearchParams().get('consent_challenge') ?? undefined;
  const { request, status, error, accept, reject } = useOAuth2ConsentRequest(challenge, { navigate });
  const session = useSession();
  const identity = session.session?.identity && session.session.identity.id === request?.subject ? session.session.identity : undefined;
  const problem = challenge ? oauth2Problem(error) : { kind: 'error' as const, message: 'No consent_challenge in the address.', retryable: false };
  return (
    <Consent
      request={request}
      identity={identity}
      // Hydra's `skip` is answered by the card once the session (for the ID token claims) is known.
      status={session.status === 'loading' ? 'loading' : status === 'error' ? 'ready' : status}
      problem={problem}
      rememberFor={REMEMBER_FOR}
      requiredScopes={['openid']}
      onAccept={(grant) => (request ? accept(acceptBody(request, grant, identity)) : undefined)}
      onReject={() => reject({ error: 'access_denied', error_description: 'The user denied the request.' })}
    />
  );
}
