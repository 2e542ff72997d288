import type { RequestContext } from '../../context.ts';
import { obj, str, type JsonObject } from '../../http/body.ts';
import { inputNode, scriptNode, submitNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import type { UiText } from '../../../nodes/types.ts';
import { base64, base64url, fromBase64, hex, utf8 } from '../../util/encoding.ts';
import { randomBytes } from '../../util/random.ts';
import { rfc3339 } from '../../util/clock.ts';
import { appendPath } from '../../http/url.ts';
import { oryError } from '../../errors.ts';
import { ensureCsrf, uiWithFlow } from '../flows/common.ts';
import { needsReAuth } from '../flows/settings-errors.ts';
import type { AnyFlow, LoginFlow } from '../flows/types.ts';
import { applyTraits, countFirstFactors, findByIdentifier, setCredential } from '../identity/identities.ts';
import { listPaths } from '../identity/schema.ts';
import type { IdentityRecord, WebAuthnKey } from '../identity/types.ts';
import { validationError } from '../identity/validate.ts';
import { addMessage, appendNode, resetMessages, setCsrf, upsertNode } from '../ui/container.ts';
import { schemaNodes } from '../ui/schema-nodes.ts';
import { completedLoginFor } from '../session/sessions.ts';
import { restoreTraits, structuredCloneIdentity } from './password.ts';
import { Completed, NOT_RESPONSIBLE, type LoginStrategy, type RegistrationStrategy, type SettingsStrategy } from './types.ts';
import { verifyAssertion, verifyAttestation } from './webauthn-verify.ts';

// WebAuthn nodes exactly as Kratos v0.11 builds them (script, trigger button with the v0alpha2
// `onclick` string, hidden result input), with the options as v0.11 marshals them: standard padded
// base64 (go-webauthn's `Challenge` and `[]byte` fields), while results come back unpadded base64url.
// The challenge issued is kept with the flow, and results are checked as far as the emulator can
// (webauthn-verify.ts), so a wrong encoding fails here as on Kratos. `webauthn.passwordless` switches
// between passwordless sign-in and registration (true) and a second factor at aal2 (false), as in Kratos.

const CHALLENGE = 'webauthn_challenge';

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

/** A new challenge for the options (standard base64), kept with the flow as clientDataJSON carries it (base64url). */
function issueChallenge(f: AnyFlow): string {
  const challenge = randomBytes(32);
  f.internal[CHALLENGE] = base64url(challenge);
  return base64(challenge);
}

/** A stored credential id's bytes (stored base64url, from rawId). */
const idBytes = (k: WebAuthnKey) => fromBase64(k.id) ?? utf8(k.id);
/** The id as the options carry it (standard base64), and as `webauthn_remove` names it (Kratos' `%x`). */
const optionId = (k: WebAuthnKey) => base64(idBytes(k));
const removeValue = (k: WebAuthnKey) => hex(idBytes(k));

function issuedChallenge(f: AnyFlow): string {
  const c = f.internal[CHALLENGE];
  if (typeof c !== 'string') throw oryError(500, { reason: 'Expected WebAuthN in internal context to be an object.' });
  return c;
}

/** go-webauthn's CredentialCreation as Kratos v0.11 marshals it (placeholder user). */
function registrationOptions(ctx: RequestContext, f: AnyFlow, userId: string, exclude: WebAuthnKey[]): string {
  const { rpId, rpName } = ctx.env.options.webauthn;
  return JSON.stringify({
    publicKey: {
      challenge: issueChallenge(f),
      rp: { name: rpName, id: rpId },
      user: { name: 'placeholder', icon: 'https://via.placeholder.com/128', displayName: 'placeholder', id: base64(uuidBytes(userId)) },
      pubKeyCredParams: ALGS.map((alg) => ({ type: 'public-key', alg })),
      // Kratos v0.11 asks the same of every authenticator, passwordless or not (config.WebAuthnConfig).
      authenticatorSelection: { userVerification: 'discouraged' },
      timeout: 60000,
      ...(exclude.length ? { excludeCredentials: exclude.map((k) => ({ type: 'public-key', id: optionId(k) })) } : {}),
    },
  });
}

/** go-webauthn's CredentialAssertion. */
function loginOptions(ctx: RequestContext, f: AnyFlow, keys: WebAuthnKey[]): string {
  return JSON.stringify({
    publicKey: {
      challenge: issueChallenge(f),
      timeout: 60000,
      rpId: ctx.env.options.webauthn.rpId,
      allowCredentials: keys.map((k) => ({ type: 'public-key', id: optionId(k) })),
      userVerification: 'discouraged',
    },
  });
}

/** The trigger, its hidden result and the script, for signing in with `keys`. */
function populateLoginTrigger(ctx: RequestContext, f: LoginFlow, identity: IdentityRecord, keys: WebAuthnKey[], label: UiText): void {
  const identifier = identity.credentials.get('webauthn')?.identifiers[0];
  if (identifier) upsertNode(f.ui, inputNode('identifier', 'default', 'hidden', { value: identifier }));
  setCsrf(f.ui, ctx.csrf.token());
  upsertNode(f.ui, script(ctx));
  upsertNode(f.ui, inputNode('webauthn_login_trigger', 'webauthn', 'button', { value: '', onclick: `window.__oryWebAuthnLogin(${loginOptions(ctx, f, keys)})`, label }));
  upsertNode(f.ui, inputNode('webauthn_login', 'webauthn', 'hidden', { value: '' }));
}

/** The keys that sign in at this level: passwordless keys at aal1, the others at aal2. */
const keysFor = (identity: IdentityRecord, aal: 'aal1' | 'aal2') => webauthnKeys(identity).filter((k) => k.is_passwordless === (aal === 'aal1'));

export const webauthnLogin: LoginStrategy = {
  id: 'webauthn',
  group: 'webauthn',
  populate(ctx, f, active) {
    if (f.type !== 'browser') return;
    if (ctx.env.options.webauthn.passwordless && f.requestedAal === 'aal1') {
      setCsrf(f.ui, ctx.csrf.token());
      upsertNode(f.ui, inputNode('identifier', 'default', 'text', { value: '', required: true, label: text.nodeID() }));
      appendNode(f.ui, submitNode('method', 'webauthn', 'webauthn', text.loginPasswordlessWebAuthn()));
      return;
    }
    if (ctx.env.options.webauthn.passwordless || f.requestedAal !== 'aal2' || !active) return;
    const keys = keysFor(active.identity, 'aal2');
    if (keys.length) populateLoginTrigger(ctx, f, active.identity, keys, text.loginWebAuthn());
  },
  login(ctx, f, body, active) {
    const raw = str(body, 'webauthn_login');
    if (f.type !== 'browser' || (!raw && str(body, 'method') !== 'webauthn')) return NOT_RESPONSIBLE;
    const passwordless = ctx.env.options.webauthn.passwordless;
    if (passwordless ? f.requestedAal !== 'aal1' : f.requestedAal !== 'aal2') return NOT_RESPONSIBLE;
    try {
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      let identity: IdentityRecord | undefined;
      if (passwordless) {
        const identifier = str(body, 'identifier');
        if (!identifier) throw oryError(400, { reason: 'identifier is required' });
        identity = findByIdentifier(ctx.env, 'webauthn', identifier);
        if (!identity || !keysFor(identity, 'aal1').length) throw validationError('', text.noSuchWebAuthnUser());
        if (!raw) return continueWithKey(ctx, f, identity);
      } else {
        identity = active?.identity;
        if (!identity || !keysFor(identity, 'aal2').length) throw validationError('', text.noWebAuthnDevice());
      }
      const keys = keysFor(identity, passwordless ? 'aal1' : 'aal2');
      verifyAssertion(ctx, raw, issuedChallenge(f), keys.map((k) => k.id), () => validationError('', text.totpVerifierWrong()));
      delete f.internal[CHALLENGE];
      f.active = 'webauthn';
      return { identity, method: 'webauthn', aal: passwordless ? 'aal1' : 'aal2' };
    } catch (e) {
      if (f.type === 'browser') setCsrf(f.ui, ctx.csrf.token());
      throw e;
    }
  },
};

/** Passwordless, first step: the identifier is known; show the key trigger (Kratos redirects to the UI). */
function continueWithKey(ctx: RequestContext, f: LoginFlow, identity: IdentityRecord): Completed {
  f.ui.nodes = [];
  populateLoginTrigger(ctx, f, identity, keysFor(identity, 'aal1'), text.loginContinue());
  resetMessages(f.ui);
  addMessage(f.ui, text.loginWebAuthnPasswordless());
  const to = uiWithFlow(ctx.env, 'login', f.id);
  if (!ctx.isJSON()) return new Completed(ctx.redirect(to));
  const err = oryError(
    422,
    { id: 'browser_location_change_required', reason: `In order to complete this flow please redirect the browser to: ${to}`, message: 'browser location change required' },
    { redirect_browser_to: to },
  );
  return new Completed(ctx.json(422, err.body()));
}

/** Passwordless registration (Kratos registers with a key only when `passwordless` is on). */
export const webauthnRegistration: RegistrationStrategy = {
  id: 'webauthn',
  group: 'webauthn',
  populate(ctx, f) {
    if (f.type !== 'browser' || !ctx.env.options.webauthn.passwordless) return;
    const schema = ctx.env.options.identitySchemas[0]!;
    for (const n of schemaNodes(listPaths(schema.schema), 'default')) upsertNode(f.ui, n);
    const userId = ctx.env.newId();
    f.internal['webauthn_user_id'] = userId;
    upsertNode(f.ui, script(ctx));
    upsertNode(f.ui, inputNode('webauthn_register_displayname', 'webauthn', 'text', { value: '', label: text.settingsWebAuthnDisplayName() }));
    upsertNode(f.ui, inputNode('webauthn_register', 'webauthn', 'hidden', { value: '' }));
    upsertNode(
      f.ui,
      inputNode('webauthn_register_trigger', 'webauthn', 'button', {
        value: '',
        onclick: `window.__oryWebAuthnRegistration(${registrationOptions(ctx, f, userId, [])})`,
        label: text.registrationRegisterWebAuthn(),
      }),
    );
    setCsrf(f.ui, ctx.csrf.token());
  },
  register(ctx, f, body, identity) {
    if (f.type !== 'browser' || !ctx.env.options.webauthn.passwordless) return NOT_RESPONSIBLE;
    const raw = str(body, 'webauthn_register');
    if (!raw) return NOT_RESPONSIBLE;
    const traits = obj(body, 'traits') ?? {};
    try {
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      const id = verifyAttestation(ctx, raw, issuedChallenge(f));
      applyTraits(ctx.env, identity, traits);
      const key: WebAuthnKey = { id, display_name: str(body, 'webauthn_register_displayname'), added_at: rfc3339(ctx.now), is_passwordless: true };
      const identifiers = identity.credentials.get('webauthn')?.identifiers ?? [];
      setCredential(ctx.env, identity, 'webauthn', identifiers, { credentials: [key] as unknown as JsonObject[], user_handle: String(f.internal['webauthn_user_id'] ?? identity.id) });
      if (!identifiers.length) throw validationError('', text.noSuchWebAuthnUser());
      delete f.internal[CHALLENGE];
    } catch (e) {
      restoreTraits(f, traits);
      setCsrf(f.ui, ctx.csrf.token());
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
          value: removeValue(k),
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
        onclick: `window.__oryWebAuthnRegistration(${registrationOptions(ctx, f, identity.id, [])})`,
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
        const left = keys.filter((k) => removeValue(k) !== remove);
        if (left.length === keys.length) throw oryError(400, { reason: 'You tried to remove a WebAuthn credential which does not exist.' });
        setCredential(ctx.env, updated, 'webauthn', identifiers, { credentials: left as unknown as JsonObject[], user_handle: updated.id });
        return updated;
      }
      const id = verifyAttestation(ctx, register, issuedChallenge(f));
      delete f.internal[CHALLENGE];
      const key: WebAuthnKey = {
        id,
        display_name: str(body, 'webauthn_register_displayname'),
        added_at: rfc3339(ctx.now),
        is_passwordless: ctx.env.options.webauthn.passwordless,
      };
      setCredential(ctx.env, updated, 'webauthn', identifiers, { credentials: [...keys, key] as unknown as JsonObject[], user_handle: updated.id });
      // Adding the key authenticated it (SessionAddAuthenticationMethods): aal2 unless passwordless.
      completedLoginFor(ctx.env, a.session, 'webauthn', key.is_passwordless ? 'aal1' : 'aal2');
      return updated;
    } catch (e) {
      resetMessages(f.ui);
      setCsrf(f.ui, ctx.csrf.token());
      throw e;
    }
  },
};
