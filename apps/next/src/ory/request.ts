import { headers } from 'next/headers';

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The page request as a Web `Request` (a server component gets headers and search params, not the request):
 * this app's origin, the page's path and query, and the browser's `Cookie`, which the server helpers forward.
 */
export async function pageRequest(path: string, searchParams: SearchParams): Promise<Request> {
  const incoming = await headers();
  const proto = incoming.get('x-forwarded-proto') ?? 'http';
  const url = new URL(path, `${proto}://${incoming.get('host') ?? 'localhost'}`);
  for (const [name, value] of Object.entries(searchParams)) {
    for (const one of [value ?? []].flat()) url.searchParams.append(name, one);
  }
  const cookie = incoming.get('cookie');
  return new Request(url, { headers: cookie ? { cookie } : {} });
}
