import { bool, str } from '../../http/body.ts';
import { imageNode, inputNode, submitNode, textNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import { base32Encode } from '../../../totp/base32.ts';
import { qrDataUri } from '../../../totp/qr-image.ts';
import { verifyTotp } from '../../../totp/totp.ts';
import { randomBytes } from '../../util/random.ts';
import { goEscape } from '../../http/url.ts';
import { ensureCsrf } from '../flows/common.ts';
import { needsReAuth } from '../flows/settings-errors.ts';
import { findSchema, setCredential } from '../identity/identities.ts';
import { extractIdentifiers, validationError } from '../identity/validate.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { appendNode, resetMessages, resetNodes, setCsrf, upsertNode } from '../ui/container.ts';
import { completedLoginFor } from '../session/sessions.ts';
import { checkPayload } from './payload.ts';
import { structuredCloneIdentity } from './password.ts';
import { NOT_RESPONSIBLE, type LoginStrategy, type SettingsStrategy } from './types.ts';

const INTERNAL_KEY = 'totp_url';

export function totpUrl(identity: IdentityRecord): string | undefined {
  const u = identity.credentials.get('totp')?.config['totp_url'];
  return typeof u === 'string' ? u : undefined;
}

/** The base32 secret of an otpauth:// URL. */
export function secretOf(url: string): string {
  return new URL(url).searchParams.get('secret') ?? '';
}

/** pquerna/otp's totp.Generate: 20 random bytes, SHA1, 6 digits, 30 s. */
function newKeyUrl(issuer: string, account: string): string {
  const secret = base32Encode(randomBytes(20));
  const q = [
    ['algorithm', 'SHA1'],
    ['digits', '6'],
    ['issuer', issuer],
    ['period', '30'],
    ['secret', secret],
  ]
    .map(([k, v]) => `${k}=${goEscape(v!)}`)
    .join('&');
  return `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}?${q}`;
}

export const totpLogin: LoginStrategy = {
  id: 'totp',
  group: 'totp',
  populate(ctx, f, active) {
    if (f.requestedAal !== 'aal2' || !active || !totpUrl(active.identity)) return;
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, inputNode('totp_code', 'totp', 'text', { value: '', required: true, label: text.loginTOTPLabel() }));
    appendNode(f.ui, submitNode('method', 'totp', 'totp', text.loginTOTP()));
  },
  login(ctx, f, body, active) {
    if (f.requestedAal !== 'aal2' || str(body, 'method') !== 'totp') return NOT_RESPONSIBLE;
    try {
      checkPayload(body, { totp_code: { required: true, minLength: 6 }, method: { required: true } });
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      const url = active ? totpUrl(active.identity) : undefined;
      if (!active || !url) throw validationError('', text.noTOTPDevice());
      if (!verifyTotp(secretOf(url), str(body, 'totp_code'), ctx.now)) throw validationError('', text.totpVerifierWrong());
      f.active = 'totp';
      return { identity: active.identity, method: 'totp', aal: 'aal2' };
    } catch (e) {
      resetNodes(f.ui, 'totp_code');
      if (f.type === 'browser') setCsrf(f.ui, ctx.csrf.token());
      throw e;
    }
  },
};

export const totpSettings: SettingsStrategy = {
  id: 'totp',
  group: 'totp',
  populate(ctx, f, identity) {
    setCsrf(f.ui, ctx.csrf.token());
    if (totpUrl(identity)) {
      upsertNode(f.ui, inputNode('totp_unlink', 'totp', 'submit', { value: 'true', required: true, label: text.settingsUnlinkTOTP() }));
      return;
    }
    const schema = findSchema(ctx.env, identity.schemaId);
    const account = (schema && extractIdentifiers(schema.schema, identity.traits).totpAccountName) || identity.id;
    const url = newKeyUrl(ctx.env.options.totpIssuer, account);
    f.internal[INTERNAL_KEY] = url;
    const secret = secretOf(url);
    upsertNode(f.ui, textNode('totp_secret_key', text.settingsTOTPSecret(secret), 'totp', text.settingsTOTPSecretLabel()));
    upsertNode(f.ui, imageNode('totp_qr', qrDataUri(url), 'totp', { width: 256, height: 256 }, text.settingsTOTPQRCode()));
    upsertNode(f.ui, inputNode('totp_code', 'totp', 'text', { required: true, label: text.nodeVerifyOTP() }));
    appendNode(f.ui, submitNode('method', 'totp', 'totp', text.nodeSave()));
  },
  settings(ctx, f, body, a) {
    const unlink = bool(body, 'totp_unlink');
    if (!unlink && str(body, 'method') !== 'totp') return NOT_RESPONSIBLE;
    try {
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      if (a.session.authenticatedAt + ctx.env.options.privilegedSessionMaxAge < ctx.now) throw needsReAuth();
      const updated = structuredCloneIdentity(a.identity);
      if (totpUrl(a.identity)) {
        if (unlink) updated.credentials.delete('totp');
        return updated;
      }
      const url = f.internal[INTERNAL_KEY];
      if (typeof url !== 'string') throw new Error('Could not find they TOTP key in the internal context.');
      const code = str(body, 'totp_code');
      if (!code) throw validationError('totp_code', text.validationRequired('totp_code'));
      if (!verifyTotp(secretOf(url), code, ctx.now)) throw validationError('totp_code', text.totpVerifierWrong());
      setCredential(ctx.env, updated, 'totp', [updated.id], { totp_url: url });
      delete f.internal[INTERNAL_KEY];
      completedLoginFor(ctx.env, a.session, 'totp', 'aal2');
      return updated;
    } catch (e) {
      resetMessages(f.ui);
      setCsrf(f.ui, ctx.csrf.token());
      throw e;
    }
  },
};
