import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { defaultError } from '../../errors.ts';
import { rfc3339 } from '../../util/clock.ts';
import { writeError } from './common.ts';
import { notFound } from '../identity/identities.ts';

const ZERO_TIME = '0001-01-01T00:00:00Z';

/** GET /self-service/errors?id= (also `?error=`), with Kratos' `stub:500`. */
export function getSelfServiceError(ctx: RequestContext): EmulatorResponse {
  const id = ctx.query.get('error') || ctx.query.get('id') || '';
  if (id === 'stub:500') {
    return ctx.json(200, {
      id: ctx.env.newId(),
      error: defaultError(500, { reason: 'This is a stub error.' }) as unknown as Record<string, string>,
      created_at: ZERO_TIME,
      updated_at: ZERO_TIME,
    });
  }
  const stub = /^stub:(\d{3})$/.exec(id);
  if (stub) {
    const code = Number(stub[1]);
    return ctx.json(200, { id: ctx.env.newId(), error: defaultError(code, { reason: 'This is a stub error.' }) as unknown as Record<string, string>, created_at: ZERO_TIME, updated_at: ZERO_TIME });
  }
  const e = ctx.env.state.kratos.errors.get(id.toLowerCase());
  if (!e) return writeError(ctx, notFound());
  return ctx.json(200, { id: e.id, error: e.error, created_at: rfc3339(e.createdAt), updated_at: rfc3339(e.updatedAt) });
}
