import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { BodyParseError, type JsonObject } from '../../http/body.ts';
import { oryError, OryError } from '../../errors.ts';
import { text } from '../../../nodes/text.ts';
import { serializeFlow } from './serialize.ts';
import { expiredError, expiredOnFetch, flowBase, flowIdParam, forwardError, isExpired, publicUrl, touch, uiUrl, uiWithFlow, writeError } from './common.ts';
import type { FlowType, SettingsFlow } from './types.ts';
import { addMessage, parseError } from '../ui/container.ts';
import { sortNodes } from '../ui/sort.ts';
import { keysInOrder } from '../identity/schema.ts';
import { schemaOf } from '../identity/identities.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { settingsStrategies } from '../methods/registry.ts';
import { Completed, NOT_RESPONSIBLE, RETURN_TO_UI } from '../methods/types.ts';
import { validationError } from '../identity/validate.ts';
import { assertAal, fetchFromRequest, type ActiveSession } from '../session/sessions.ts';
import { isAalError, isNoSession, noActiveSession } from '../session/errors.ts';
import { isNeedsReAuth } from './settings-errors.ts';
import { postSettings } from './settings-hook.ts';
import { withQuery } from '../../http/url.ts';

const SETTINGS_GROUPS = ['default', 'profile', 'password', 'oidc', 'lookup_secret', 'webauthn', 'totp'] as const;
const SETTINGS_KEYS = [
  'lookup_secret_reveal',
  'lookup_secret_regenerate',
  'lookup_secret_codes',
  'lookup_secret_confirm',
  'webauthn_remove',
  'webauthn_register_displayname',
  'webauthn_register',
  'totp_qr',
  'totp_secret_key',
  'totp_unlink',
  'totp_code',
];

export function sortSettingsNodes(ctx: RequestContext, f: SettingsFlow, identity: IdentityRecord): void {
  const keys = [...keysInOrder(schemaOf(ctx.env, identity).schema), ...SETTINGS_KEYS];
  f.ui.nodes = sortNodes(f.ui.nodes, { groups: [...SETTINGS_GROUPS], keys });
}

/** settings.Handler.NewFlow */
export function newSettingsFlow(ctx: RequestContext, identity: IdentityRecord, type: FlowType): SettingsFlow {
  const f: SettingsFlow = { kind: 'settings', ...flowBase(ctx, 'settings', type), identityId: identity.id, state: 'show_form' };
  for (const s of settingsStrategies(ctx.env)) s.populate(ctx, f, identity);
  sortSettingsNodes(ctx, f, identity);
  ctx.env.state.kratos.settings.set(f.id, f);
  return f;
}

/** settings.OnUnauthenticated: 401 JSON, or the browser goes to the login UI. */
function onUnauthenticated(ctx: RequestContext): EmulatorResponse {
  if (ctx.isJSON()) return writeError(ctx, oryError(401, { reason: 'A valid Ory Session Cookie or Ory Session Token is missing.' }));
  return ctx.redirect(uiUrl(ctx.env, 'login'), 302);
}

function session(ctx: RequestContext): ActiveSession | undefined {
  try {
    return fetchFromRequest(ctx);
  } catch {
    return undefined;
  }
}

/** GET /self-service/settings/browser */
export function initBrowserSettings(ctx: RequestContext): EmulatorResponse {
  const a = session(ctx);
  if (!a) {
    if (ctx.isJSON()) return writeError(ctx, noActiveSession());
    const returnTo = ctx.query.get('return_to');
    const login = publicUrl(ctx.env, '/self-service/login/browser');
    return ctx.redirect(returnTo ? withQuery(login, { return_to: returnTo }) : login);
  }
  try {
    assertAal(ctx.env, a);
  } catch (e) {
    return settingsFlowError(ctx, undefined, undefined, e);
  }
  let f: SettingsFlow;
  try {
    f = newSettingsFlow(ctx, a.identity, 'browser');
  } catch (e) {
    return forwardError(ctx, e);
  }
  return ctx.acceptsJSON() ? ctx.json(200, serializeFlow(ctx.env, f)) : ctx.redirect(uiWithFlow(ctx.env, 'settings', f.id));
}

/** GET /self-service/settings/api */
export function initApiSettings(ctx: RequestContext): EmulatorResponse {
  const a = session(ctx);
  if (!a) return writeError(ctx, noActiveSession('This endpoint can only be accessed with a valid session. Please log in and try again.'));
  try {
    assertAal(ctx.env, a);
    return ctx.json(200, serializeFlow(ctx.env, newSettingsFlow(ctx, a.identity, 'api')));
  } catch (e) {
    return writeError(ctx, e);
  }
}

/** GET /self-service/settings/flows?id= */
export function getSettingsFlow(ctx: RequestContext): EmulatorResponse {
  const a = session(ctx);
  if (!a) return onUnauthenticated(ctx);
  const f = ctx.env.state.kratos.settings.get((ctx.query.get('id') ?? '').toLowerCase());
  if (!f) return writeError(ctx, oryError(404, { message: 'Unable to locate the resource' }));
  if (f.identityId !== a.identity.id) {
    return writeError(ctx, oryError(403, { id: 'security_identity_mismatch', reason: 'The request was made for another identity and has been blocked for security reasons.' }));
  }
  try {
    assertAal(ctx.env, a);
  } catch (e) {
    return writeError(ctx, e);
  }
  if (isExpired(ctx, f)) return writeError(ctx, expiredOnFetch(ctx.env, 'settings', f));
  return ctx.json(200, serializeFlow(ctx.env, f));
}

class ExpiredSettings extends Error {}

/** settings.ErrorHandler.WriteFlowError */
export function settingsFlowError(ctx: RequestContext, f: SettingsFlow | undefined, identity: IdentityRecord | undefined, err: unknown): EmulatorResponse {
  const json = ctx.isJSON() || f?.type === 'api';
  if (isNoSession(err)) return json ? writeError(ctx, err) : ctx.redirect(publicUrl(ctx.env, '/self-service/login/browser'));
  if (isAalError(err)) return json ? writeError(ctx, err) : ctx.redirect(publicUrl(ctx.env, '/self-service/login/browser', { aal: 'aal2' }));
  if (!f) return forward(ctx, f, err);
  if (err instanceof ExpiredSettings) {
    if (!identity) return forward(ctx, f, err);
    const next = newSettingsFlow(ctx, identity, f.type);
    next.requestUrl = f.requestUrl;
    addMessage(next.ui, text.settingsFlowExpired(f.expiresAt, ctx.now));
    if (f.type === 'api' || ctx.isJSON()) return writeError(ctx, expiredError(ctx, f.expiresAt, next.id));
    return ctx.redirect(uiWithFlow(ctx.env, 'settings', next.id));
  }
  if (err === RETURN_TO_UI) {
    touch(ctx, f);
    return json ? ctx.json(200, serializeFlow(ctx.env, f)) : ctx.redirect(uiWithFlow(ctx.env, 'settings', f.id));
  }
  if (isNeedsReAuth(err)) {
    const self = publicUrl(ctx.env, ctx.path, Object.fromEntries(ctx.query));
    const to = withQuery(publicUrl(ctx.env, '/self-service/login/browser'), { refresh: 'true', return_to: self });
    if (f.type === 'api' || ctx.isJSON()) return writeError(ctx, new OryError(err.error, { redirect_browser_to: to }));
    return ctx.redirect(to);
  }
  if (!parseError(f.ui, err)) return forward(ctx, f, err);
  if (identity) sortSettingsNodes(ctx, f, identity);
  touch(ctx, f);
  if (f.type === 'browser' && !ctx.isJSON()) return ctx.redirect(uiWithFlow(ctx.env, 'settings', f.id));
  return ctx.json(err instanceof OryError ? err.status : 400, serializeFlow(ctx.env, f));
}

function forward(ctx: RequestContext, f: SettingsFlow | undefined, err: unknown): EmulatorResponse {
  if (!f) return ctx.isJSON() ? writeError(ctx, err) : forwardError(ctx, err);
  return f.type === 'api' || ctx.isJSON() ? writeError(ctx, err) : forwardError(ctx, err);
}

/** GET|POST /self-service/settings?flow= */
export async function submitSettings(ctx: RequestContext): Promise<EmulatorResponse> {
  if (!session(ctx)) return onUnauthenticated(ctx);
  let id: string;
  try {
    id = flowIdParam(ctx);
  } catch (e) {
    return settingsFlowError(ctx, undefined, undefined, e);
  }
  const f = ctx.env.state.kratos.settings.get(id);
  if (!f) return settingsFlowError(ctx, undefined, undefined, oryError(404, { reason: 'The settings request could not be found. Please restart the flow.' }));
  const a = session(ctx);
  if (!a) return settingsFlowError(ctx, f, undefined, noActiveSession());
  try {
    assertAal(ctx.env, a);
  } catch (e) {
    return settingsFlowError(ctx, f, undefined, e);
  }
  if (isExpired(ctx, f)) return settingsFlowError(ctx, f, a.identity, new ExpiredSettings());
  if (f.identityId !== a.identity.id) {
    return settingsFlowError(
      ctx,
      f,
      a.identity,
      oryError(400, { id: 'security_identity_mismatch', reason: 'You must restart the flow because the resumable session was initiated by another person.' }),
    );
  }
  let body: JsonObject;
  try {
    body = ctx.body().data;
  } catch (e) {
    return settingsFlowError(ctx, f, a.identity, e instanceof BodyParseError ? oryError(400, { reason: e.reason }) : e);
  }
  for (const s of settingsStrategies(ctx.env)) {
    let r;
    try {
      r = s.settings(ctx, f, body, a);
    } catch (e) {
      return settingsFlowError(ctx, f, a.identity, e);
    }
    if (r === NOT_RESPONSIBLE) continue;
    if (r === RETURN_TO_UI) return settingsFlowError(ctx, f, a.identity, r);
    if (r instanceof Completed) return r.response;
    try {
      return await postSettings(ctx, f, a, r);
    } catch (e) {
      return settingsFlowError(ctx, f, a.identity, e);
    }
  }
  return settingsFlowError(ctx, f, a.identity, validationError('', text.settingsNoStrategy()));
}

