import type { RequestContext } from '../../context.ts';
import { str, type JsonObject } from '../../http/body.ts';
import { anchorNode, inputNode, submitNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import { alphabets, randomString } from '../../util/random.ts';
import { withQuery } from '../../http/url.ts';
import { oryError } from '../../errors.ts';
import { ensureCsrf, flowAction, publicUrl, secureRedirectTo, uiUrl, uiWithFlow, writeError } from '../flows/common.ts';
import type { RecoveryFlow, VerificationFlow } from '../flows/types.ts';
import { ExpiredRecovery, recoveryAlreadyLoggedIn, redirectOnAuthenticated, retryRecoveryWithError, retryRecoveryWithMessage } from '../flows/recovery.ts';
import { ExpiredVerification, retryVerificationWithMessage } from '../flows/verification.ts';
import { issueRecoverySession } from '../flows/recovery-session.ts';
import { findByAddress } from '../identity/identities.ts';
import { validationError } from '../identity/validate.ts';
import type { IdentityRecord, VerifiableAddressRecord } from '../identity/types.ts';
import { templates } from '../courier/templates.ts';
import { appendNode, newContainer, resetMessages, setCsrf, setMessages, upsertNode } from '../ui/container.ts';
import { trySession } from '../session/sessions.ts';
import { createSecret, deleteSecretsOfFlow, consumeSecret } from './secrets.ts';
import { NOT_RESPONSIBLE } from './types.ts';
import type { RecoveryStrategy, VerificationStrategy } from './recovery-types.ts';

const generateCode = (): string => randomString(6, alphabets.numeric);

const emailNode = (value?: unknown) =>
  inputNode('email', 'code', 'email', { ...(value !== undefined ? { value } : {}), required: true, label: text.nodeInputEmail() });

/** code.Strategy.HandleRecoveryError / handleVerificationError: the email field back, with its value. */
function restoreEmail(ctx: RequestContext, f: RecoveryFlow | VerificationFlow, email: string): void {
  setCsrf(f.ui, ctx.csrf.token());
  upsertNode(f.ui, emailNode(email));
}

function sendRecoveryCode(ctx: RequestContext, f: RecoveryFlow, to: string): void {
  const { env } = ctx;
  const identity = findByAddress(env, 'recovery', to);
  if (!identity) {
    env.outbox.add({ recipient: to, ...templates.recoveryCodeInvalid(), data: {} });
    return;
  }
  const code = generateCode();
  createSecret(env, { kind: 'recovery', method: 'code', secret: code, flowId: f.id, identityId: identity.id, address: to, expiresAt: env.now() + env.options.codeLifespan });
  env.outbox.add({ recipient: to, ...templates.recoveryCodeValid(code), data: { code } });
}

export const codeRecovery: RecoveryStrategy = {
  id: 'code',
  group: 'code',
  populate(ctx, f) {
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, emailNode());
    appendNode(f.ui, submitNode('method', 'code', 'code', text.nodeSubmit()));
  },
  recover(ctx, f, body) {
    if (f.active !== 'code') return NOT_RESPONSIBLE;
    const email = str(body, 'email');
    if (!f.skipCsrf) {
      try {
        ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      } catch (e) {
        return retryRecoveryWithError(ctx, 'browser', e).response;
      }
    }
    resetMessages(f.ui);
    if (f.state !== 'choose_method' && !email) return redeemCode(ctx, f, str(body, 'code'));
    if (trySession(ctx)) return ctx.isJSON() ? writeError(ctx, recoveryAlreadyLoggedIn()) : redirectOnAuthenticated(ctx);
    if (str(body, 'method') !== 'code') return NOT_RESPONSIBLE;
    if (f.expiresAt < ctx.now) throw new ExpiredRecovery(f.expiresAt);
    if (f.state === 'passed_challenge') return retryRecoveryWithMessage(ctx, f.type, text.recoveryRetrySuccess()).response;
    try {
      if (!email) throw validationError('email', text.validationRequired('email'));
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
    } catch (e) {
      restoreEmail(ctx, f, email);
      throw e;
    }
    deleteSecretsOfFlow(ctx.env, 'recovery', f.id);
    sendRecoveryCode(ctx, f, email);
    f.ui = newContainer(flowAction(ctx.env, 'recovery', f.id));
    setCsrf(f.ui, ctx.csrf.token());
    f.active = 'code';
    f.state = 'sent_email';
    setMessages(f.ui, text.recoveryEmailWithCodeSent());
    appendNode(f.ui, inputNode('code', 'code', 'text', { required: true, label: text.nodeVerifyOTP() }));
    appendNode(f.ui, inputNode('method', 'code', 'hidden', { value: 'code' }));
    appendNode(f.ui, submitNode('method', 'code', 'code', text.nodeSubmit()));
    appendNode(f.ui, inputNode('email', 'code', 'submit', { value: email, label: text.nodeResendOTP() }));
    return undefined;
  },
};

function redeemCode(ctx: RequestContext, f: RecoveryFlow, code: string) {
  const secret = consumeSecret(ctx.env, 'recovery', f.id, code);
  if (!secret) {
    setMessages(f.ui, text.recoveryCodeInvalid());
    return undefined;
  }
  const identity = ctx.env.state.kratos.identities.get(secret.identityId);
  if (!identity) return retryRecoveryWithError(ctx, f.type, oryError(404, { message: 'Unable to locate the resource' })).response;
  if (secret.address) markVerified(ctx, identity, secret.address);
  return issueRecoverySession(ctx, f, identity, 'code_recovery');
}

function markVerified(ctx: RequestContext, identity: IdentityRecord, value: string): void {
  const a = identity.verifiableAddresses.find((x) => x.value === value);
  if (a && !a.verified) {
    a.verified = true;
    a.verifiedAt = ctx.now;
    a.status = 'completed';
    a.updatedAt = ctx.now;
  }
}

/** The link in verification emails: `<public>/self-service/verification?code=…&flow=…`. */
function verificationLink(ctx: RequestContext, flowId: string, code: string): string {
  return withQuery(publicUrl(ctx.env, '/self-service/verification'), { flow: flowId, code });
}

function codeForm(ctx: RequestContext, f: VerificationFlow, code: string | undefined, email?: string): void {
  f.ui = newContainer(flowAction(ctx.env, 'verification', f.id));
  appendNode(f.ui, inputNode('code', 'code', 'text', { ...(code !== undefined ? { value: code } : {}), required: true, label: text.nodeVerifyOTP() }));
  appendNode(f.ui, inputNode('method', 'code', 'hidden', { value: 'code' }));
  appendNode(f.ui, submitNode('method', 'code', 'code', text.nodeSubmit()));
  if (email !== undefined) appendNode(f.ui, inputNode('email', 'code', 'submit', { value: email, label: text.nodeResendOTP() }));
}

function sendVerificationCode(ctx: RequestContext, f: VerificationFlow, identity: IdentityRecord, address: VerifiableAddressRecord): void {
  const { env } = ctx;
  const code = generateCode();
  createSecret(env, { kind: 'verification', method: 'code', secret: code, flowId: f.id, identityId: identity.id, address: address.value, expiresAt: env.now() + env.options.codeLifespan });
  const url = verificationLink(ctx, f.id, code);
  env.outbox.add({ recipient: address.value, ...templates.verificationCodeValid(code, url), data: { code, url } });
  address.status = 'sent';
  address.updatedAt = env.now();
}

export const codeVerification: VerificationStrategy = {
  id: 'code',
  group: 'code',
  populate(ctx, f) {
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, emailNode());
    appendNode(f.ui, submitNode('method', 'code', 'code', text.nodeSubmit()));
  },
  send: sendVerificationCode,
  verify(ctx, f, body: JsonObject) {
    const email = str(body, 'email');
    const code = str(body, 'code');
    const method = str(body, 'method') || (code ? 'code' : '');
    try {
      if (method !== 'code') throw validationError('', text.verificationNoStrategy());
      if (f.expiresAt < ctx.now) throw new ExpiredVerification(f.expiresAt);
    } catch (e) {
      restoreEmail(ctx, f, email);
      throw e;
    }
    if (f.state === 'passed_challenge') return retryVerificationWithMessage(ctx, f.type, text.verificationRetrySuccess()).response;
    if (code) {
      if (ctx.method === 'GET') {
        codeForm(ctx, f, code);
        f.csrfToken = ctx.csrf.regenerate();
        setCsrf(f.ui, f.csrfToken);
        return ctx.redirect(uiWithFlow(ctx.env, 'verification', f.id));
      }
      return redeemVerificationCode(ctx, f, code);
    }
    try {
      if (!email) throw validationError('email', text.validationRequired('email'));
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
    } catch (e) {
      restoreEmail(ctx, f, email);
      throw e;
    }
    deleteSecretsOfFlow(ctx.env, 'verification', f.id);
    const identity = findByAddress(ctx.env, 'verification', email);
    const address = identity?.verifiableAddresses.find((a) => a.value === email);
    if (identity && address) sendVerificationCode(ctx, f, identity, address);
    else ctx.env.outbox.add({ recipient: email, ...templates.verificationCodeInvalid(), data: {} });
    f.state = 'sent_email';
    codeForm(ctx, f, undefined, email);
    setMessages(f.ui, text.verificationEmailWithCodeSent());
    setCsrf(f.ui, ctx.csrf.token());
    return undefined;
  },
};

function redeemVerificationCode(ctx: RequestContext, f: VerificationFlow, code: string) {
  const secret = consumeSecret(ctx.env, 'verification', f.id, code);
  if (!secret) {
    setMessages(f.ui, text.verificationCodeInvalid());
    return undefined;
  }
  const identity = ctx.env.state.kratos.identities.get(secret.identityId);
  if (identity && secret.address) markVerified(ctx, identity, secret.address);
  let returnTo = uiUrl(ctx.env, 'defaultReturn');
  try {
    returnTo = secureRedirectTo(ctx.env, { defaultReturnTo: returnTo, sourceUrl: f.requestUrl });
  } catch {
    /* default */
  }
  f.ui = newContainer(returnTo, 'GET');
  f.state = 'passed_challenge';
  if (f.type === 'browser') f.csrfToken = ctx.csrf.token();
  setMessages(f.ui, text.verificationSuccessful());
  appendNode(f.ui, anchorNode('continue', returnTo, 'code', text.nodeContinue(), text.nodeContinue()));
  return undefined;
}
