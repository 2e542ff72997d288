import type { RequestContext } from '../../context.ts';
import type { EmulatorResponse } from '../../types.ts';
import { oryError } from '../../errors.ts';
import { escapeHtml } from '../../http/response.ts';
import { text } from '../../../nodes/text.ts';
import { forwardError, publicUrl, secureRedirectTo, uiUrl, uiWithFlow } from './common.ts';
import type { LoginFlow, RegistrationFlow, SettingsFlow } from './types.ts';
import { blankIdentity, findByIdentifier, applyTraits, storeIdentity } from '../identity/identities.ts';
import { oidcLinks, setOidcLinks } from '../methods/oidc.ts';
import { structuredCloneIdentity } from '../methods/password.ts';
import { activate, completedLoginFor, issueCookie, newSession, persistSession, trySession } from '../session/sessions.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { sendVerificationForNewAddresses } from './verification.ts';
import { addMessage } from '../ui/container.ts';
import { acceptHydraLoginForKratos } from '../../hydra/kratos-bridge.ts';

// A stand-in OpenID Connect provider: its "sign-in page" is a tiny HTML form on the Kratos public
// URL. Submitting it plays the provider's callback, which signs in (or signs up) the identity linked
// to `<provider>:<subject>`.

/** GET /self-service/methods/oidc/fake/:provider?state= */
export function oidcProviderPage(ctx: RequestContext, provider: string): EmulatorResponse {
  const state = ctx.query.get('state') ?? '';
  const pending = ctx.env.state.kratos.oidc.get(state);
  if (!pending || pending.provider !== provider) return forwardError(ctx, oryError(400, { reason: 'The OpenID Connect state parameter is invalid or has expired.' }));
  const action = publicUrl(ctx.env, `/self-service/methods/oidc/callback/${provider}`);
  const label = ctx.env.options.oidcProviders.find((p) => p.id === provider)?.label ?? provider;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(label)} (emulated)</title></head>
<body>
<h1>Sign in with ${escapeHtml(label)}</h1>
<p>This is the orykit emulator's stand-in for an OpenID Connect provider.</p>
<form method="POST" action="${escapeHtml(action)}">
<input type="hidden" name="state" value="${escapeHtml(state)}">
<label>Email <input type="email" name="email" value="${escapeHtml(provider)}-user@example.com" required></label>
<label>Subject <input type="text" name="subject" placeholder="defaults to the email"></label>
<button type="submit">Continue</button>
</form>
</body></html>
`;
  return ctx.res.raw(200, 'text/html; charset=utf-8', html);
}

async function signIn(ctx: RequestContext, identity: IdentityRecord, returnTo: string, challenge: string | undefined): Promise<EmulatorResponse> {
  const existing = trySession(ctx);
  const s = existing && existing.identity.id === identity.id ? existing.session : newSession(ctx.env, ctx);
  completedLoginFor(ctx.env, s, 'oidc', 'aal1');
  activate(ctx.env, s, identity);
  persistSession(ctx.env, s);
  issueCookie(ctx, s);
  const to = challenge ? await acceptHydraLoginForKratos(ctx.env, challenge, identity.id, s, ctx.prepared) : returnTo;
  return ctx.redirect(to);
}

/** GET|POST /self-service/methods/oidc/callback/:provider */
export async function oidcCallback(ctx: RequestContext, provider: string): Promise<EmulatorResponse> {
  let params: Record<string, unknown> = Object.fromEntries(ctx.query);
  try {
    if (ctx.method === 'POST') params = { ...params, ...ctx.body().data };
  } catch (e) {
    return forwardError(ctx, e);
  }
  const state = String(params['state'] ?? '');
  const pending = ctx.env.state.kratos.oidc.get(state);
  ctx.env.state.kratos.oidc.delete(state);
  if (!pending || pending.provider !== provider || pending.expiresAt < ctx.now) {
    return forwardError(ctx, oryError(400, { reason: 'The OpenID Connect state parameter is invalid or has expired.' }));
  }
  const email = String(params['email'] ?? '').trim();
  const subject = String(params['subject'] ?? '').trim() || email;
  const { kratos } = ctx.env.state;
  try {
    if (pending.flowKind === 'settings') {
      const f = kratos.settings.get(pending.flowId) as SettingsFlow | undefined;
      const identity = f ? kratos.identities.get(f.identityId) : undefined;
      if (!f || !identity) throw oryError(404, { message: 'Unable to locate the resource' });
      const updated = structuredCloneIdentity(identity);
      setOidcLinks(ctx, updated, [...oidcLinks(updated).filter((l) => l.provider !== provider), { provider, subject }]);
      storeIdentity(ctx.env, updated);
      f.state = 'success';
      addMessage(f.ui, text.settingsUpdateSuccess());
      return ctx.redirect(uiWithFlow(ctx.env, 'settings', f.id));
    }
    const f = (pending.flowKind === 'login' ? kratos.login.get(pending.flowId) : kratos.registration.get(pending.flowId)) as LoginFlow | RegistrationFlow | undefined;
    if (!f) throw oryError(404, { message: 'Unable to locate the resource' });
    const returnTo = secureRedirectTo(ctx.env, { defaultReturnTo: uiUrl(ctx.env, 'defaultReturn'), returnTo: f.returnTo ?? '', sourceUrl: f.requestUrl });
    const linked = findByIdentifier(ctx.env, 'oidc', `${provider}:${subject}`);
    if (linked) return await signIn(ctx, linked, returnTo, f.oauth2LoginChallenge);
    const identity = blankIdentity(ctx.env);
    applyTraits(ctx.env, identity, { email });
    setOidcLinks(ctx, identity, [{ provider, subject }]);
    storeIdentity(ctx.env, identity);
    sendVerificationForNewAddresses(ctx, f, identity);
    return await signIn(ctx, identity, returnTo, f.oauth2LoginChallenge);
  } catch (e) {
    return forwardError(ctx, e);
  }
}
