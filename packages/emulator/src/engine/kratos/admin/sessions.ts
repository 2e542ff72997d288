import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { oryError } from '../../errors.ts';
import { appendPath } from '../../http/url.ts';
import { paginate } from '../../http/pagination.ts';
import { writeError } from '../flows/common.ts';
import { isActive, serializeSession } from '../session/sessions.ts';
import { parseUuidParam } from './identities.ts';

/** GET /admin/identities/{id}/sessions */
export function listIdentitySessions(ctx: RequestContext, id: string): EmulatorResponse {
  try {
    const iid = parseUuidParam(id);
    const raw = ctx.query.get('active');
    if (raw !== null && raw !== '' && !['true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False'].includes(raw)) {
      throw oryError(400, { message: 'could not parse parameter active' });
    }
    const want = raw === null || raw === '' ? undefined : ['true', '1', 't', 'TRUE', 'True'].includes(raw);
    const list = [...ctx.env.state.kratos.sessions.values()].filter(
      (s) => s.identityId === iid && (want === undefined || isActive(ctx.env, s) === want),
    );
    const page = paginate(ctx, list, appendPath(ctx.env.options.urls.kratosAdmin, '/sessions'));
    return ctx.json(200, page.map((s) => serializeSession(ctx.env, s)));
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** DELETE /admin/identities/{id}/sessions */
export function deleteIdentitySessions(ctx: RequestContext, id: string): EmulatorResponse {
  try {
    const iid = parseUuidParam(id);
    const { sessions } = ctx.env.state.kratos;
    for (const [sid, s] of sessions) if (s.identityId === iid) sessions.delete(sid);
    return ctx.empty(204);
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** PATCH /admin/sessions/{id}/extend */
export function extendSession(ctx: RequestContext, id: string): EmulatorResponse {
  try {
    const sid = parseUuidParam(id);
    const s = ctx.env.state.kratos.sessions.get(sid);
    if (!s) throw oryError(404, { message: 'Unable to locate the resource' });
    // Kratos' default session.earliest_possible_extend is the whole lifespan: extending is always possible.
    s.expiresAt = ctx.now + ctx.env.options.sessionLifespan;
    return ctx.json(200, serializeSession(ctx.env, s));
  } catch (e) {
    return writeError(ctx, e);
  }
}
