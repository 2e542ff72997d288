import { OAuth2Logout } from '@orykit/react';
import type { OAuth2LogoutData } from '../../server/oauth2-logout.server.ts';

/**
 * `/oauth2/logout?logout_challenge=`: an app asks Hydra to end the person's OAuth2 session (RP-initiated
 * logout). The card posts to the route's action, which ends the demo's own (Kratos) session too, then
 * Hydra sends the browser on. Works with JavaScript off.
 */
export function OAuth2LogoutPage({ data }: { data: OAuth2LogoutData }) {
  return <OAuth2Logout request={data.request} problem={data.problem} action="/oauth2/logout" />;
}
