import { connection } from 'next/server';
import { HREFS } from '../ory/hrefs.ts';

// The app's 404, rendered per request like every page: a prerendered one (Next's default) could not carry
// the request's CSP nonce on its inline scripts, and it sets inline styles the policy refuses.
// Rendered whole on each request, like the pages.
export const instant = false;

export default async function NotFound() {
  await connection();
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <a href={HREFS.home}>Go to the home page</a>
      </p>
    </section>
  );
}
