import type { RequestContext } from '../../context.ts';
import { str, type JsonObject } from '../../http/body.ts';
import { inputNode, scriptNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import { base64, base64url, hex, utf8 } from '../../util/encoding.ts';
import { randomBytes } from '../../util/random.ts';
import { rfc3339 } from '../../util/clock.ts';
import { appendPath } from '../../http/url.ts';
import { oryError } from '../../errors.ts';
import { ensureCsrf } from '../flows/common.ts';
import { needsReAuth } from '../flows/settings-errors.ts';
import { countFirstFactors, setCredential } from '../identity/identities.ts';
import type { IdentityRecord, WebAuthnKey } from '../identity/types.ts';
import { validationError } from '../identity/validate.ts';
import { appendNode, resetMessages, setCsrf, upsertNode } from '../ui/container.ts';
import { structuredCloneIdentity } from './password.ts';
import { NOT_RESPONSIBLE, type LoginStrategy, type SettingsStrategy } from './types.ts';

// WebAuthn nodes exactly as Kratos v0.11 builds them (script, trigger button with the v0alpha2
// `onclick` string, hidden result input). The ceremony itself is not verified: any well-formed
// result registers a key, and a result naming a registered key id signs in.

export function webauthnKeys(identity: IdentityRecord): WebAuthnKey[] {
  const list = identity.credentials.get('webauthn')?.config['credentials'];
  return Array.isArray(list) ? (list as unknown as WebAuthnKey[]) : [];
}

function script(ctx: RequestContext) {
  const src = appendPath(ctx.env.options.urls.kratosPublic, '/.well-known/ory/webauthn.js');
  return scriptNode('webauthn_script', src, 'webauthn', { integrity: ctx.prepared.webauthn.integrity, nonce: ctx.env.newId() });
}

const ALGS = [-7, -35, -36, -257, -258, -259, -37, -38, -39, -8];

/** A UUID's 16 bytes. */
function uuidBytes(id: string): Uint8Array {
  const h = id.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(h.slice(i * 2, i * 2 + 2), 16) || 0);
}

/** go-webauthn's CredentialCreation as Kratos v0.11 marshals it (placeholder user, base64 std). */
function registrationOptions(ctx: RequestContext, identity: IdentityRecord): string {
  const { rpId, rpName } = ctx.env.options.webauthn;
  return JSON.stringify({
    publicKey: {
      challenge: base64(randomBytes(32)),
      rp: { name: rpName, id: rpId },
      user: { name: 'placeholder', icon: 'https://via.placeholder.com/128', displayName: 'placeholder', id: base64(uuidBytes(identity.id)) },
      pubKeyCredParams: ALGS.map((alg) => ({ type: 'public-key', alg })),
      authenticatorSelection: { userVerification: 'discouraged' },
      timeout: 60000,
    },
  });
}

/** go-webauthn's CredentialAssertion. */
function loginOptions(ctx: RequestContext, keys: WebAuthnKey[]): string {
  return JSON.stringify({
    publicKey: {
      challenge: base64(randomBytes(32)),
      timeout: 60000,
      rpId: ctx.env.options.webauthn.rpId,
      allowCredentials: keys.map((k) => ({ type: 'public-key', id: k.id })),
      userVerification: 'discouraged',
    },
  });
}

function parseResult(raw: string): JsonObject {
  try {
    const v = JSON.parse(raw) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as JsonObject;
  } catch {
    /* fall through */
  }
  throw oryError(400, { reason: 'Unable to parse WebAuthn response.' });
}

export const webauthnLogin: LoginStrategy = {
  id: 'webauthn',
  group: 'webauthn',
  populate(ctx, f, active) {
    if (f.type !== 'browser' || f.requestedAal !== 'aal2' || !active) return;
    const keys = webauthnKeys(active.identity).filter((k) => !k.is_passwordless);
    if (!keys.length) return;
    const identifier = active.identity.credentials.get('webauthn')?.identifiers[0];
    if (identifier) upsertNode(f.ui, inputNode('identifier', 'default', 'hidden', { value: identifier }));
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, script(ctx));
    upsertNode(
      f.ui,
      inputNode('webauthn_login_trigger', 'webauthn', 'button', {
        value: '',
        onclick: `window.__oryWebAuthnLogin(${loginOptions(ctx, keys)})`,
        label: text.loginWebAuthn(),
      }),
    );
    upsertNode(f.ui, inputNode('webauthn_login', 'webauthn', 'hidden', { value: '' }));
  },
  login(ctx, f, body, active) {
    const raw = str(body, 'webauthn_login');
    if (f.requestedAal !== 'aal2' || (!raw && str(body, 'method') !== 'webauthn')) return NOT_RESPONSIBLE;
    try {
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      const keys = active ? webauthnKeys(active.identity) : [];
      if (!active || !keys.length) throw validationError('', text.noWebAuthnDevice());
      const result = parseResult(raw);
      const id = str(result, 'id') || str(result, 'rawId');
      if (!keys.some((k) => k.id === id)) throw validationError('', text.totpVerifierWrong());
      f.active = 'webauthn';
      return { identity: active.identity, method: 'webauthn', aal: 'aal2' };
    } catch (e) {
      if (f.type === 'browser') setCsrf(f.ui, ctx.csrf.token());
      throw e;
    }
  },
};

export const webauthnSettings: SettingsStrategy = {
  id: 'webauthn',
  group: 'webauthn',
  populate(ctx, f, identity) {
    if (f.type !== 'browser') return;
    setCsrf(f.ui, ctx.csrf.token());
    const firstFactors = countFirstFactors(identity);
    for (const k of webauthnKeys(identity)) {
      if (k.is_passwordless && firstFactors < 2) continue;
      appendNode(
        f.ui,
        inputNode('webauthn_remove', 'webauthn', 'submit', {
          value: hex(utf8(k.id)),
          label: text.settingsRemoveWebAuthn(k.display_name || 'unnamed', Date.parse(k.added_at)),
        }),
      );
    }
    upsertNode(f.ui, script(ctx));
    upsertNode(f.ui, inputNode('webauthn_register_displayname', 'webauthn', 'text', { value: '', label: text.settingsWebAuthnDisplayName() }));
    upsertNode(
      f.ui,
      inputNode('webauthn_register_trigger', 'webauthn', 'button', {
        value: '',
        onclick: `window.__oryWebAuthnRegistration(${registrationOptions(ctx, identity)})`,
        label: text.settingsRegisterWebAuthn(),
      }),
    );
    upsertNode(f.ui, inputNode('webauthn_register', 'webauthn', 'hidden', { value: '' }));
  },
  settings(ctx, f, body, a) {
    const register = str(body, 'webauthn_register');
    const remove = str(body, 'webauthn_remove');
    if (!register && !remove) return NOT_RESPONSIBLE;
    try {
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      if (a.session.authenticatedAt + ctx.env.options.privilegedSessionMaxAge < ctx.now) throw needsReAuth();
      const updated = structuredCloneIdentity(a.identity);
      const keys = webauthnKeys(updated);
      const identifiers = updated.credentials.get('webauthn')?.identifiers ?? [];
      if (remove) {
        const left = keys.filter((k) => hex(utf8(k.id)) !== remove);
        if (left.length === keys.length) throw oryError(400, { reason: 'You tried to remove a WebAuthn credential which does not exist.' });
        setCredential(ctx.env, updated, 'webauthn', identifiers, { credentials: left as unknown as JsonObject[], user_handle: updated.id });
        return updated;
      }
      const result = parseResult(register);
      const id = str(result, 'id') || str(result, 'rawId') || base64url(randomBytes(16));
      const key: WebAuthnKey = { id, display_name: str(body, 'webauthn_register_displayname'), added_at: rfc3339(ctx.now), is_passwordless: false };
      setCredential(ctx.env, updated, 'webauthn', identifiers, { credentials: [...keys, key] as unknown as JsonObject[], user_handle: updated.id });
      return updated;
    } catch (e) {
      resetMessages(f.ui);
      setCsrf(f.ui, ctx.csrf.token());
      throw e;
    }
  },
};
