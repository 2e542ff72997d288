import { pageSession } from '../ory/kratos.ts';

// Rendered whole on each request (no streamed part), so it works without JavaScript.
export const instant = false;

export default async function HomePage() {
  const session = await pageSession('/');
  const traits = session?.identity?.traits as { email?: string } | undefined;
  return (
    <section>
      <h1>orykit on Next.js</h1>
      <p data-testid="session">{session ? `Signed in as ${traits?.email ?? session.identity?.id}.` : 'You are not signed in.'}</p>
    </section>
  );
}
