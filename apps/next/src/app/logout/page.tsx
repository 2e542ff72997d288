import { createSelfServiceLogoutFlowUrlForBrowsers, isOryError } from '@orykit/client';
import { Logout } from '@orykit/react';
import { ORY_PREFIX } from '../../ory/config.ts';
import { HREFS } from '../../ory/hrefs.ts';
import { kratosFor } from '../../ory/kratos.ts';
import { pageRequest } from '../../ory/request.ts';

// Rendered whole on each request (no streamed part), so it works without JavaScript.
export const instant = false;

/** Kratos' logout link for this browser's session, through the proxy, or undefined without a session. */
async function logoutUrl(): Promise<string | undefined> {
  try {
    const { logout_token } = await createSelfServiceLogoutFlowUrlForBrowsers(kratosFor(await pageRequest('/logout', {})), {});
    // Where the browser lands afterwards is Kratos' `selfservice.flows.logout.after` setting.
    return `${ORY_PREFIX}/self-service/logout?token=${encodeURIComponent(logout_token)}`;
  } catch (error) {
    if (isOryError(error) && error.status === 401) return undefined;
    throw error;
  }
}

/** "Sign out" is a link to Kratos: it works without JavaScript. */
export default async function LogoutPage() {
  const url = await logoutUrl();
  return url ? <Logout logoutUrl={url} hrefs={HREFS} /> : <Logout state="done" hrefs={HREFS} />;
}
