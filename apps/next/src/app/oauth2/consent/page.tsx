import { isOryError } from '@orykit/client';
import { Consent } from '@orykit/react';
import { consentIdentity, consentRequest, UNKNOWN_CONSENT } from '../../../ory/consent.ts';
import { REMEMBER_FOR } from '../../../ory/hydra.ts';
import { pageRequest, type SearchParams } from '../../../ory/request.ts';

// Rendered whole on each request (no streamed part), so it works without JavaScript.
export const instant = false;

/**
 * `/oauth2/consent?consent_challenge=`: Hydra's consent request, read on the server (its admin API never
 * reaches the browser). The kit's consent screen is a real form that posts to ./decision, with or without
 * JavaScript. A request Hydra says to skip never gets here (src/proxy.ts answers it).
 */
export default async function ConsentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const challenge = typeof query['consent_challenge'] === 'string' ? query['consent_challenge'] : '';
  if (!challenge) return <Consent request={undefined} problem={{ kind: 'error', message: 'No consent_challenge in the address.', retryable: false }} />;
  const request = await consentRequest(challenge);
  // The kit says it in words by Hydra's status (404: not found, 410: expired), with a way to start over.
  if (isOryError(request)) return <Consent request={undefined} problem={{ kind: 'error', status: request.status, message: `${UNKNOWN_CONSENT} (${request.message})`, retryable: false }} />;
  const identity = await consentIdentity(await pageRequest('/oauth2/consent', query), request);
  return <Consent request={request} identity={identity} action="/oauth2/consent/decision" rememberFor={REMEMBER_FOR} />;
}
