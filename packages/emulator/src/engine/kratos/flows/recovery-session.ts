import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { oryError } from '../../errors.ts';
import { queryParam, withQuery } from '../../http/url.ts';
import { text } from '../../../nodes/text.ts';
import { uiWithFlow } from './common.ts';
import type { RecoveryFlow } from './types.ts';
import { setMessages } from '../ui/container.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { activate, completedLoginFor, issueCookie, newSession, persistSession } from '../session/sessions.ts';
import { newSettingsFlow } from './settings.ts';

/**
 * Strategy.recoveryIssueSession: a privileged session (cookie), a settings flow with the
 * "recovered" message, and the browser sent there — 422 `browser_location_change_required` for
 * JSON clients (code method), a 303 otherwise.
 */
export function issueRecoverySession(ctx: RequestContext, f: RecoveryFlow, identity: IdentityRecord, method: 'code_recovery' | 'link_recovery'): EmulatorResponse {
  const { env } = ctx;
  delete f.ui.messages;
  f.state = 'passed_challenge';
  f.csrfToken = ctx.csrf.regenerate();
  f.recoveredIdentityId = identity.id;
  const s = newSession(env, ctx);
  completedLoginFor(env, s, method, 'aal1');
  activate(env, s, identity);
  persistSession(env, s);
  issueCookie(ctx, s);
  const type = method === 'code_recovery' ? f.type : 'browser';
  const sf = newSettingsFlow(ctx, identity, type);
  sf.requestUrl = withQuery(sf.requestUrl, { return_to: queryParam(f.requestUrl, 'return_to') });
  setMessages(sf.ui, text.recoverySuccessful(ctx.now + env.options.privilegedSessionMaxAge, ctx.now));
  const to = uiWithFlow(env, 'settings', sf.id);
  if (method === 'code_recovery' && ctx.isJSON()) {
    const err = oryError(
      422,
      { id: 'browser_location_change_required', reason: `In order to complete this flow please redirect the browser to: ${to}`, message: 'browser location change required' },
      { redirect_browser_to: to },
    );
    return ctx.json(422, err.body());
  }
  return ctx.redirect(to);
}
