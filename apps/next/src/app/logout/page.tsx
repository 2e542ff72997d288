import { createSelfServiceLogoutFlowUrlForBrowsers, isOryError } from '@orykit/client';
import { Logout } from '@orykit/react';
import { ORY_PREFIX } from '../../ory/config.ts';
import { HREFS } from '../../ory/hrefs.ts';
import { kratosFor } from '../../ory/kratos.ts';
import { pageRequest } from '../../ory/request.ts';

// Rendered whole on each request (no streamed part), so it works without JavaScript.
export const instant = false;

/** Kratos' logout link for this browser's session, through the proxy: "Sign out" works without JavaScript. */
export default async function LogoutPage() {
  const request = await pageRequest('/logout', {});
  try {
    const { logout_token } = await createSelfServiceLogoutFlowUrlForBrowsers(kratosFor(request), {});
    const logoutUrl = `${ORY_PREFIX}/self-service/logout?token=${encodeURIComponent(logout_token)}&return_to=${encodeURIComponent(HREFS.login)}`;
    return <Logout logoutUrl={logoutUrl} hrefs={HREFS} />;
  } catch (error) {
    // No session (401): nothing to end.
    if (isOryError(error) && error.status === 401) return <Logout state="done" hrefs={HREFS} />;
    throw error;
  }
}
