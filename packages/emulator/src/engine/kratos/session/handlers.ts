import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { oryError, OryError } from '../../errors.ts';
import { isUuid } from '../../util/random.ts';
import { writeError } from '../flows/common.ts';
import { assertAal, fetchFromRequest, isActive, serializeSession, type ActiveSession } from './sessions.ts';
import { isAalError } from './errors.ts';
import { paginate } from '../../http/pagination.ts';

function unauthorized(cause: unknown): OryError {
  void cause;
  return oryError(401, { reason: 'No valid session cookie found.' });
}

function authenticated(ctx: RequestContext): ActiveSession {
  try {
    return fetchFromRequest(ctx);
  } catch (e) {
    throw unauthorized(e);
  }
}

/** /sessions/whoami */
export function whoami(ctx: RequestContext): EmulatorResponse {
  let a: ActiveSession;
  try {
    a = authenticated(ctx);
    assertAal(ctx.env, a);
  } catch (e) {
    if (isAalError(e)) return writeError(ctx, e);
    return writeError(ctx, e instanceof OryError ? e : oryError(401, { reason: 'Unable to determine AAL.' }));
  }
  ctx.res.header('x-kratos-authenticated-identity-id', a.identity.id);
  return ctx.json(200, serializeSession(ctx.env, a.session, a.identity));
}

/** GET /sessions: the identity's other active sessions. */
export function listMySessions(ctx: RequestContext): EmulatorResponse {
  try {
    const a = authenticated(ctx);
    const list = [...ctx.env.state.kratos.sessions.values()].filter((s) => s.identityId === a.identity.id && s.id !== a.session.id && isActive(ctx.env, s));
    const page = paginate(ctx, list, ctx.env.options.urls.kratosAdmin + '/sessions');
    return ctx.json(200, page.map((s) => serializeSession(ctx.env, s)));
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** DELETE /sessions: revokes all other sessions. */
export function revokeMySessions(ctx: RequestContext): EmulatorResponse {
  try {
    const a = authenticated(ctx);
    let count = 0;
    for (const s of ctx.env.state.kratos.sessions.values()) {
      if (s.identityId === a.identity.id && s.id !== a.session.id && s.active) {
        s.active = false;
        count++;
      }
    }
    return ctx.json(200, { count });
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** DELETE /sessions/{id} */
export function revokeMySession(ctx: RequestContext, id: string): EmulatorResponse {
  if (id === 'whoami') return whoami(ctx);
  try {
    const a = authenticated(ctx);
    if (!isUuid(id)) throw oryError(400, { message: `uuid: incorrect UUID length ${id.length} in string "${id}"`, debug: 'could not parse UUID' });
    if (id === a.session.id) throw oryError(400, { message: 'cannot revoke current session', debug: 'use the logout flow instead' });
    const s = ctx.env.state.kratos.sessions.get(id);
    if (!s || s.identityId !== a.identity.id) throw oryError(404, { message: 'Unable to locate the resource' });
    s.active = false;
    return ctx.empty(204);
  } catch (e) {
    return writeError(ctx, e);
  }
}
