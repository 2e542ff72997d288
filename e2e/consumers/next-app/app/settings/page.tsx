// @orykit/react's README ("Server rendering with Next.js App Router", step 4), with this app's hrefs.
import { getBrowserFlow } from '@orykit/client/server';
import { Settings } from '@orykit/react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

// Render the whole page on each request: no streamed part, so the form is in the HTML.
export const instant = false;

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const incoming = await headers();
  const url = new URL('/settings', `${incoming.get('x-forwarded-proto') ?? 'http'}://${incoming.get('host')}`);
  for (const [name, value] of Object.entries(await searchParams)) if (typeof value === 'string') url.searchParams.set(name, value);
  const request = new Request(url, { headers: { cookie: incoming.get('cookie') ?? '' } });
  const result = await getBrowserFlow(request, 'settings', { kratosPublicUrl: process.env.KRATOS_PUBLIC_URL ?? 'http://127.0.0.1:4433', proxyPrefix: '/.ory' });
  if (result.redirect) redirect(result.redirect.headers.get('location') ?? '/'); // e.g. an expired flow
  return <Settings options={{ initialFlow: result.flow }} hrefs={{ login: '/login' }} />;
}
