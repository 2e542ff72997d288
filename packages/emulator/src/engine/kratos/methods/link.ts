import type { RequestContext } from '../../context.ts';
import { str, type JsonObject } from '../../http/body.ts';
import { inputNode, submitNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import { alphabets, randomString } from '../../util/random.ts';
import { withQuery } from '../../http/url.ts';
import { ensureCsrf, publicUrl, secureRedirectTo, writeError } from '../flows/common.ts';
import type { RecoveryFlow, VerificationFlow } from '../flows/types.ts';
import { ExpiredRecovery, recoveryAlreadyLoggedIn, redirectOnAuthenticated, retryRecoveryWithMessage } from '../flows/recovery.ts';
import { ExpiredVerification, retryVerificationWithMessage } from '../flows/verification.ts';
import { issueRecoverySession } from '../flows/recovery-session.ts';
import { findByAddress } from '../identity/identities.ts';
import { validationError } from '../identity/validate.ts';
import type { IdentityRecord, VerifiableAddressRecord } from '../identity/types.ts';
import { templates } from '../courier/templates.ts';
import { appendNode, setCsrf, setMessages, upsertNode } from '../ui/container.ts';
import { trySession } from '../session/sessions.ts';
import { createSecret, consumeSecret } from './secrets.ts';
import { NOT_RESPONSIBLE } from './types.ts';
import type { RecoveryStrategy, VerificationStrategy } from './recovery-types.ts';

const newToken = (): string => randomString(32, alphabets.alphaNum);

const emailNode = (value?: string) =>
  inputNode('email', 'link', 'email', { ...(value !== undefined ? { value } : {}), required: true, label: text.nodeInputEmail() });

/** `<public>/self-service/recovery?flow=…&token=…` */
export function recoveryLink(ctx: RequestContext, flowId: string, token: string): string {
  return withQuery(publicUrl(ctx.env, '/self-service/recovery'), { flow: flowId, token });
}

export function createRecoveryToken(ctx: RequestContext, f: RecoveryFlow, identity: IdentityRecord, address: string | undefined, lifespan: number): string {
  const token = newToken();
  createSecret(ctx.env, { kind: 'recovery', method: 'link', secret: token, flowId: f.id, identityId: identity.id, ...(address ? { address } : {}), expiresAt: ctx.now + lifespan });
  return token;
}

function markVerified(ctx: RequestContext, identity: IdentityRecord, value: string): void {
  const a = identity.verifiableAddresses.find((x) => x.value === value);
  if (a && !a.verified) {
    a.verified = true;
    a.verifiedAt = ctx.now;
    a.status = 'completed';
  }
}

export const linkRecovery: RecoveryStrategy = {
  id: 'link',
  group: 'link',
  populate(ctx, f) {
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, emailNode());
    appendNode(f.ui, submitNode('method', 'link', 'link', text.nodeSubmit()));
  },
  recover(ctx, f, body: JsonObject) {
    const token = str(body, 'token');
    if (token) {
      const secret = consumeSecret(ctx.env, 'recovery', f.id, token);
      if (!secret) return retryRecoveryWithMessage(ctx, 'browser', text.recoveryTokenInvalid()).response;
      const identity = ctx.env.state.kratos.identities.get(secret.identityId);
      if (!identity) return retryRecoveryWithMessage(ctx, 'browser', text.recoveryTokenInvalid()).response;
      if (secret.address) markVerified(ctx, identity, secret.address);
      return issueRecoverySession(ctx, f, identity, 'link_recovery');
    }
    if (trySession(ctx)) return ctx.isJSON() ? writeError(ctx, recoveryAlreadyLoggedIn()) : redirectOnAuthenticated(ctx);
    if (str(body, 'method') !== 'link') return NOT_RESPONSIBLE;
    if (f.expiresAt < ctx.now) throw new ExpiredRecovery(f.expiresAt);
    if (f.state === 'passed_challenge') return retryRecoveryWithMessage(ctx, f.type, text.recoveryRetrySuccess()).response;
    const email = str(body, 'email');
    try {
      if (!email) throw validationError('email', text.validationRequired('email'));
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
    } catch (e) {
      setCsrf(f.ui, ctx.csrf.token());
      upsertNode(f.ui, emailNode(email));
      throw e;
    }
    const identity = findByAddress(ctx.env, 'recovery', email);
    if (identity) {
      const url = recoveryLink(ctx, f.id, createRecoveryToken(ctx, f, identity, email, ctx.env.options.codeLifespan));
      ctx.env.outbox.add({ recipient: email, ...templates.recoveryValid(url), data: { url } });
    } else {
      ctx.env.outbox.add({ recipient: email, ...templates.recoveryInvalid(), data: {} });
    }
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, emailNode(email));
    f.active = 'link';
    f.state = 'sent_email';
    setMessages(f.ui, text.recoveryEmailSent());
    return undefined;
  },
};

function sendVerificationLink(ctx: RequestContext, f: VerificationFlow, identity: IdentityRecord, address: VerifiableAddressRecord): void {
  const token = newToken();
  createSecret(ctx.env, { kind: 'verification', method: 'link', secret: token, flowId: f.id, identityId: identity.id, address: address.value, expiresAt: ctx.now + ctx.env.options.codeLifespan });
  const url = withQuery(publicUrl(ctx.env, '/self-service/verification'), { flow: f.id, token });
  ctx.env.outbox.add({ recipient: address.value, ...templates.verificationValid(url), data: { url } });
  address.status = 'sent';
}

export const linkVerification: VerificationStrategy = {
  id: 'link',
  group: 'link',
  populate(ctx, f) {
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, emailNode());
    appendNode(f.ui, submitNode('method', 'link', 'link', text.nodeSubmit()));
  },
  send: sendVerificationLink,
  verify(ctx, f, body: JsonObject) {
    const token = str(body, 'token');
    if (token) {
      const secret = consumeSecret(ctx.env, 'verification', f.id, token);
      if (!secret) return retryVerificationWithMessage(ctx, 'browser', text.verificationTokenInvalid()).response;
      f.state = 'passed_challenge';
      f.csrfToken = ctx.csrf.token();
      setMessages(f.ui, text.verificationSuccessful());
      const identity = ctx.env.state.kratos.identities.get(secret.identityId);
      if (identity && secret.address) markVerified(ctx, identity, secret.address);
      const fallback = ctx.env.options.ui.afterVerification;
      let to = fallback;
      try {
        to = secureRedirectTo(ctx.env, { defaultReturnTo: fallback, sourceUrl: f.requestUrl });
      } catch {
        /* fallback */
      }
      return ctx.redirect(withQuery(to, { flow: f.id }));
    }
    if (str(body, 'method') !== 'link') return NOT_RESPONSIBLE;
    if (f.expiresAt < ctx.now) throw new ExpiredVerification(f.expiresAt);
    if (f.state === 'passed_challenge') return retryVerificationWithMessage(ctx, f.type, text.verificationRetrySuccess()).response;
    const email = str(body, 'email');
    try {
      if (!email) throw validationError('email', text.validationRequired('email'));
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
    } catch (e) {
      setCsrf(f.ui, ctx.csrf.token());
      upsertNode(f.ui, emailNode(email));
      throw e;
    }
    const identity = findByAddress(ctx.env, 'verification', email);
    const address = identity?.verifiableAddresses.find((a) => a.value === email);
    if (identity && address) sendVerificationLink(ctx, f, identity, address);
    else ctx.env.outbox.add({ recipient: email, ...templates.verificationInvalid(), data: {} });
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, emailNode(email));
    f.active = 'link';
    f.state = 'sent_email';
    setMessages(f.ui, text.verificationEmailSent());
    return undefined;
  },
};

