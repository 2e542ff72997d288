import type { RequestContext } from '../context.ts';
import type { EmulatorResponse } from '../types.ts';
import { fromBase64, fromUtf8 } from '../util/encoding.ts';
import { oryError } from '../errors.ts';
import { writeError } from './flows/common.ts';
import { paginate } from '../http/pagination.ts';

/** GET /schemas */
export function listSchemas(ctx: RequestContext): EmulatorResponse {
  const all = ctx.env.options.identitySchemas.map((s) => ({ id: s.id, schema: s.schema }));
  return ctx.json(200, paginate(ctx, all, ctx.env.options.urls.kratosPublic + '/schemas'));
}

/** GET /schemas/{id}: the id as is, or base64url-encoded as in `schema_url`. */
export function getSchema(ctx: RequestContext, id: string): EmulatorResponse {
  const { identitySchemas } = ctx.env.options;
  let s = identitySchemas.find((x) => x.id === id);
  if (!s) {
    const decoded = fromBase64(id);
    if (decoded) {
      const name = fromUtf8(decoded);
      s = identitySchemas.find((x) => x.id === name);
    }
  }
  if (!s) return writeError(ctx, oryError(404, { reason: `Identity schema "${id}" could not be found.` }));
  return ctx.json(200, s.schema);
}

/** GET /.well-known/ory/webauthn.js */
export function webauthnJs(ctx: RequestContext): EmulatorResponse {
  return ctx.res.raw(200, 'text/javascript; charset=UTF-8', ctx.prepared.webauthn.source);
}
