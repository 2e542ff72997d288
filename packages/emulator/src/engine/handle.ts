import type { Env } from './env.ts';
import type { EmulatorRequest, EmulatorResponse } from './types.ts';
import { RequestContext } from './context.ts';
import { resolve, type Route } from './router.ts';
import { OAuth2Error, OryError, oryError } from './errors.ts';
import { CSRF_IGNORED } from './kratos/routes.ts';
import { isBodyTooLarge, payloadTooLarge } from './http/limits.ts';

const HYDRA = new Set(['hydraPublic', 'hydraAdmin']);

function internalError(ctx: RequestContext, e: unknown): EmulatorResponse {
  if (e instanceof OAuth2Error) return ctx.jsonError(e.status, e.body());
  if (e instanceof OryError) return ctx.jsonError(e.status, e.body());
  const reason = e instanceof Error ? e.message : String(e);
  if (HYDRA.has(ctx.service)) return ctx.json(500, new OAuth2Error(500, 'error', 'The error is unrecognizable', reason).body());
  return ctx.json(500, oryError(500, { reason }).body());
}

/** Routes one request. Never throws: failures become Ory's JSON error bodies with status 500. */
export async function handle(env: Env, routes: readonly Route[], req: EmulatorRequest): Promise<EmulatorResponse> {
  if (isBodyTooLarge(req.body)) return payloadTooLarge();
  let ctx: RequestContext;
  try {
    ctx = new RequestContext(env, await env.ready, req);
  } catch (e) {
    const body = JSON.stringify(oryError(500, { reason: e instanceof Error ? e.message : String(e) }).body());
    return { status: 500, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
  }
  try {
    ctx.res.header('cache-control', 'private, no-cache, no-store, must-revalidate');
    if (ctx.service === 'kratosPublic') {
      ctx.res.header('vary', 'Cookie');
      if (!CSRF_IGNORED.some((re) => re.test(ctx.path))) ctx.csrf.ensure();
    }
    const r = resolve(routes, ctx.service, ctx.method, ctx.path);
    if (!r.route) {
      if (r.allowed.length) {
        ctx.res.header('allow', [...new Set(r.allowed)].join(', '));
        return ctx.res.raw(405, 'text/plain; charset=utf-8', 'Method Not Allowed\n');
      }
      return ctx.res.raw(404, 'text/plain; charset=utf-8', '404 page not found\n');
    }
    return await r.route.handler(ctx, r.params);
  } catch (e) {
    try {
      return internalError(ctx, e);
    } catch {
      return { status: 500, headers: {}, body: 'internal error' };
    }
  }
}
