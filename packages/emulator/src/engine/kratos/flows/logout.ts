import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { BodyParseError, str } from '../../http/body.ts';
import { oryError } from '../../errors.ts';
import { forwardError, publicUrl, secureRedirectTo, uiUrl, writeError } from './common.ts';
import { clearCookie, fetchFromRequest, revokeSession } from '../session/sessions.ts';

/** GET /self-service/logout/browser */
export function createLogoutUrl(ctx: RequestContext): EmulatorResponse {
  try {
    const { session } = fetchFromRequest(ctx);
    return ctx.json(200, {
      logout_url: publicUrl(ctx.env, '/self-service/logout', { token: session.logoutToken }),
      logout_token: session.logoutToken,
    });
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** GET /self-service/logout?token= */
export function submitLogout(ctx: RequestContext): EmulatorResponse {
  const token = ctx.query.get('token') ?? '';
  if (!token) return forwardError(ctx, oryError(400, { reason: 'Please include a token in the URL query.' }));
  let active;
  try {
    active = fetchFromRequest(ctx);
  } catch (e) {
    return forwardError(ctx, e);
  }
  if (active.session.logoutToken !== token) {
    return forwardError(ctx, oryError(403, { reason: 'Unable to log out because the logout token in the URL query does not match the session cookie.' }));
  }
  revokeSession(active.session);
  clearCookie(ctx);
  ctx.csrf.regenerate();
  let to: string;
  try {
    to = secureRedirectTo(ctx.env, { defaultReturnTo: uiUrl(ctx.env, 'afterLogout'), sourceUrl: ctx.requestUrl });
  } catch (e) {
    return forwardError(ctx, e);
  }
  return ctx.isJSON() ? ctx.empty(204) : ctx.redirect(to);
}

/** DELETE /self-service/logout/api */
export function submitApiLogout(ctx: RequestContext): EmulatorResponse {
  let token: string;
  try {
    const body = ctx.body();
    if (body.kind === 'form') throw oryError(415, { reason: 'HTTP Request Header Content-Type must be application/json.' });
    token = str(body.data, 'session_token');
  } catch (e) {
    return writeError(ctx, e instanceof BodyParseError ? oryError(400, { reason: e.reason }) : e);
  }
  const s = [...ctx.env.state.kratos.sessions.values()].find((x) => x.token === token);
  if (!token || !s) {
    return writeError(ctx, oryError(403, { reason: 'The provided Ory Session Token could not be found, is invalid, or otherwise malformed.' }));
  }
  revokeSession(s);
  return ctx.empty(204);
}
