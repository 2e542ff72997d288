// @orykit/react's README ("Server rendering with Next.js App Router", step 4), with this app's hrefs and
// `returnTo` (where the journey expects to land).
import { getBrowserFlow } from '@orykit/client/server';
import { Registration } from '@orykit/react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

// Render the whole page on each request: no streamed part, so the form is in the HTML.
export const instant = false;

export default async function RegistrationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const incoming = await headers();
  const url = new URL('/registration', `${incoming.get('x-forwarded-proto') ?? 'http'}://${incoming.get('host')}`);
  for (const [name, value] of Object.entries(await searchParams)) if (typeof value === 'string') url.searchParams.set(name, value);
  const request = new Request(url, { headers: { cookie: incoming.get('cookie') ?? '' } });
  const result = await getBrowserFlow(request, 'registration', { kratosPublicUrl: process.env.KRATOS_PUBLIC_URL ?? 'http://127.0.0.1:4433', proxyPrefix: '/.ory' });
  if (result.redirect) redirect(result.redirect.headers.get('location') ?? '/'); // e.g. an expired flow
  return <Registration options={{ initialFlow: result.flow, returnTo: '/settings' }} hrefs={{ login: '/login', settings: '/settings' }} />;
}
