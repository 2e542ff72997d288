import type { RequestContext } from '../../context.ts';
import { str, type JsonObject } from '../../http/body.ts';
import { submitNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import { oryError } from '../../errors.ts';
import { withQuery } from '../../http/url.ts';
import { alphabets, randomString } from '../../util/random.ts';
import { publicUrl } from '../flows/common.ts';
import type { LoginFlow, RegistrationFlow, SettingsFlow } from '../flows/types.ts';
import { setCredential } from '../identity/identities.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { appendNode, setCsrf } from '../ui/container.ts';
import { structuredCloneIdentity } from './password.ts';
import { Completed, NOT_RESPONSIBLE, type LoginStrategy, type RegistrationStrategy, type SettingsStrategy } from './types.ts';

export interface OidcLink {
  provider: string;
  subject: string;
}

export function oidcLinks(identity: IdentityRecord): OidcLink[] {
  const p = identity.credentials.get('oidc')?.config['providers'];
  return Array.isArray(p) ? (p as unknown as OidcLink[]) : [];
}

export function setOidcLinks(ctx: RequestContext, identity: IdentityRecord, links: OidcLink[]): void {
  if (!links.length) {
    identity.credentials.delete('oidc');
    return;
  }
  setCredential(ctx.env, identity, 'oidc', links.map((l) => `${l.provider}:${l.subject}`), { providers: links as unknown as JsonObject[] });
}

function providerLabel(ctx: RequestContext, id: string): string {
  const p = ctx.env.options.oidcProviders.find((x) => x.id === id);
  return p?.label || id;
}

/** Sends the browser to the fake provider's sign-in page (422 for JSON clients, as Kratos does). */
function redirectToProvider(ctx: RequestContext, f: LoginFlow | RegistrationFlow | SettingsFlow, provider: string): Completed {
  if (!ctx.env.options.oidcProviders.some((p) => p.id === provider)) {
    throw oryError(500, { reason: `OpenID Connect Provider "${provider}" is unknown or has not been configured` });
  }
  const state = randomString(32, alphabets.alphaNum);
  ctx.env.state.kratos.oidc.set(state, { state, provider, flowKind: f.kind, flowId: f.id, expiresAt: ctx.now + 30 * 60_000 });
  f.active = 'oidc';
  const to = withQuery(publicUrl(ctx.env, `/self-service/methods/oidc/fake/${provider}`), { state });
  if (ctx.isJSON()) {
    const err = oryError(
      422,
      { id: 'browser_location_change_required', reason: `In order to complete this flow please redirect the browser to: ${to}`, message: 'browser location change required' },
      { redirect_browser_to: to },
    );
    return new Completed(ctx.json(422, err.body()));
  }
  return new Completed(ctx.redirect(to));
}

function providerButtons(ctx: RequestContext, f: LoginFlow | RegistrationFlow, label: (p: string) => ReturnType<typeof text.loginWith>): void {
  setCsrf(f.ui, ctx.csrf.token());
  for (const p of ctx.env.options.oidcProviders) appendNode(f.ui, submitNode('provider', p.id, 'oidc', label(p.label || p.id)));
}

export const oidcLogin: LoginStrategy = {
  id: 'oidc',
  group: 'oidc',
  populate(ctx, f) {
    if (f.requestedAal !== 'aal1') return;
    providerButtons(ctx, f, text.loginWith);
  },
  login(ctx, f, body) {
    const provider = str(body, 'provider') || ctx.query.get('provider') || '';
    if (f.requestedAal !== 'aal1' || !provider) return NOT_RESPONSIBLE;
    return redirectToProvider(ctx, f, provider);
  },
};

export const oidcRegistration: RegistrationStrategy = {
  id: 'oidc',
  group: 'oidc',
  populate(ctx, f) {
    providerButtons(ctx, f, text.registrationWith);
  },
  register(ctx, f, body) {
    const provider = str(body, 'provider') || ctx.query.get('provider') || '';
    if (!provider) return NOT_RESPONSIBLE;
    return redirectToProvider(ctx, f, provider);
  },
};

export const oidcSettings: SettingsStrategy = {
  id: 'oidc',
  group: 'oidc',
  populate(ctx, f, identity) {
    setCsrf(f.ui, ctx.csrf.token());
    const linked = oidcLinks(identity);
    const canUnlink = linked.length > 1 || typeof identity.credentials.get('password')?.config['hashed_password'] === 'string';
    for (const p of ctx.env.options.oidcProviders) {
      if (linked.some((l) => l.provider === p.id)) {
        if (canUnlink) appendNode(f.ui, submitNode('unlink', p.id, 'oidc', text.settingsUnlinkOidc(providerLabel(ctx, p.id))));
      } else {
        appendNode(f.ui, submitNode('link', p.id, 'oidc', text.settingsLinkOidc(providerLabel(ctx, p.id))));
      }
    }
  },
  settings(ctx, f, body, a) {
    const link = str(body, 'link');
    const unlink = str(body, 'unlink');
    if (!link && !unlink) return NOT_RESPONSIBLE;
    if (link) return redirectToProvider(ctx, f, link);
    const updated = structuredCloneIdentity(a.identity);
    const links = oidcLinks(updated);
    if (!links.some((l) => l.provider === unlink)) throw oryError(400, { reason: 'can not unlink non-existing OpenID Connect connection' });
    setOidcLinks(ctx, updated, links.filter((l) => l.provider !== unlink));
    return updated;
  },
};
