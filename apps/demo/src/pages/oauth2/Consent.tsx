import { Consent } from '@orykit/react';
import type { OAuth2ConsentData } from '../../server/oauth2-consent.server.ts';
import { REMEMBER_FOR, REQUIRED_SCOPES } from './policy.ts';

/**
 * `/oauth2/consent?consent_challenge=`: the person grants an app the scopes it asks for (`openid` cannot be
 * unticked: the sample client needs it). Hydra's request is read on the server (routes/oauth2-consent.tsx),
 * the card is a real form that posts to the route's action, with or without JavaScript. A request Hydra says
 * to skip never renders: the server grants it again.
 */
export function OAuth2ConsentPage({ data }: { data: OAuth2ConsentData }) {
  return <Consent request={data.request} identity={data.identity} problem={data.problem} rememberFor={REMEMBER_FOR} requiredScopes={REQUIRED_SCOPES} action="/oauth2/consent" />;
}
