import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { OryError } from '../../errors.ts';
import { text } from '../../../nodes/text.ts';
import { secureRedirectTo, uiWithFlow } from './common.ts';
import type { SettingsFlow } from './types.ts';
import { serializeFlow } from './serialize.ts';
import { addMessage, resetMessages } from '../ui/container.ts';
import { persistUpdate } from '../identity/identities.ts';
import { serializeIdentity } from '../identity/serialize.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { validationError } from '../identity/validate.ts';
import { issueCookie, type ActiveSession } from '../session/sessions.ts';
import { newSettingsFlow } from './settings.ts';
import { sendVerificationForNewAddresses } from './verification.ts';

/** settings.HookExecutor.PostSettingsHook: store the identity, show a fresh form with a success message. */
export async function postSettings(ctx: RequestContext, f: SettingsFlow, a: ActiveSession, updated: IdentityRecord): Promise<EmulatorResponse> {
  const { env } = ctx;
  const returnTo = secureRedirectTo(env, { defaultReturnTo: uiWithFlow(env, 'settings', f.id), sourceUrl: f.requestUrl });
  try {
    persistUpdate(env, updated);
  } catch (e) {
    if (e instanceof OryError && e.status === 409) throw validationError('', text.duplicateCredentials());
    throw e;
  }
  f.state = 'success';
  const next = newSettingsFlow(ctx, updated, f.type);
  f.ui = next.ui;
  resetMessages(f.ui);
  addMessage(f.ui, text.settingsUpdateSuccess());
  f.updatedAt = ctx.now;
  sendVerificationForNewAddresses(ctx, f, updated);
  if (f.type === 'api') return ctx.json(200, serializeFlow(env, f));
  issueCookie(ctx, a.session);
  if (ctx.isJSON()) return ctx.json(200, serializeFlow(env, f));
  return ctx.acceptsJSON() ? ctx.json(200, serializeIdentity(updated, env.options.urls.kratosPublic)) : ctx.redirect(returnTo);
}
