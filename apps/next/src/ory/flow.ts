import type { FlowType } from '@orykit/client';
import { getBrowserFlow, type BrowserFlows } from '@orykit/client/server';
import { redirect } from 'next/navigation';
import { flowOptions } from './config.ts';
import { pageRequest, type SearchParams } from './request.ts';

/**
 * The flow of `?flow=<id>`, fetched with the browser's cookies. src/proxy.ts has already created it (and
 * handed Kratos' CSRF cookie to the browser) when the URL had no id; what Kratos says about an expired or
 * foreign flow (a redirect) is followed here.
 */
export async function serverFlow<K extends FlowType>(kind: K, searchParams: Promise<SearchParams>): Promise<BrowserFlows[K]> {
  const request = await pageRequest(`/${kind}`, await searchParams);
  const result = await getBrowserFlow(request, kind, flowOptions());
  if (result.redirect) redirect(result.redirect.headers.get('location') ?? '/');
  return result.flow;
}
