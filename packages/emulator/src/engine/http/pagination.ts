import type { RequestContext } from '../context.ts';
import { withQuery } from './url.ts';

/**
 * Kratos' page/per_page pagination (default page 1… per_page 250, max 1000) with the `Link` and
 * `X-Total-Count` headers of ory/x's pagination.
 */
export function paginate<T>(ctx: RequestContext, items: T[], baseUrl: string, o: { firstPage?: number } = {}): T[] {
  const first = o.firstPage ?? 1;
  const perPage = Math.min(Math.max(Number(ctx.query.get('per_page')) || 250, 1), 1000);
  const page = Math.max(Number(ctx.query.get('page')) || first, first);
  const total = items.length;
  const lastPage = Math.max(first, first + Math.ceil(total / perPage) - 1);
  const link = (p: number, rel: string) => `<${withQuery(baseUrl, { page: String(p), per_page: String(perPage) })}>; rel="${rel}"`;
  const links = [link(first, 'first')];
  if (page < lastPage) links.push(link(page + 1, 'next'));
  if (page > first) links.push(link(page - 1, 'prev'));
  links.push(link(lastPage, 'last'));
  ctx.res.header('link', links.join(','));
  ctx.res.header('x-total-count', String(total));
  const start = (page - first) * perPage;
  return items.slice(start, start + perPage);
}
