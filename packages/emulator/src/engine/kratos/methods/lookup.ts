import { bool, str, type JsonObject } from '../../http/body.ts';
import { inputNode, submitNode, textNode } from '../../../nodes/builders.ts';
import { text } from '../../../nodes/text.ts';
import type { UiText } from '../../../nodes/types.ts';
import { alphabets, randomString } from '../../util/random.ts';
import { oryError } from '../../errors.ts';
import { ensureCsrf } from '../flows/common.ts';
import { needsReAuth } from '../flows/settings-errors.ts';
import { persistUpdate, setCredential } from '../identity/identities.ts';
import type { IdentityRecord } from '../identity/types.ts';
import { validationError } from '../identity/validate.ts';
import { appendNode, removeNodes, resetMessages, resetNodes, setCsrf, upsertNode } from '../ui/container.ts';
import { completedLoginFor } from '../session/sessions.ts';
import { checkPayload } from './payload.ts';
import { structuredCloneIdentity } from './password.ts';
import { NOT_RESPONSIBLE, RETURN_TO_UI, type LoginStrategy, type SettingsStrategy } from './types.ts';

interface RecoveryCode {
  code: string;
  used_at?: string;
}

const NUM_CODES = 12;
const REGENERATED = 'lookup_secret_regenerated';
const ALL_NODES = ['lookup_secret_regenerate', 'lookup_secret_reveal', 'lookup_secret_disable', 'lookup_secret_codes', 'lookup_secret_confirm'];

export function lookupCodes(identity: IdentityRecord): RecoveryCode[] {
  const codes = identity.credentials.get('lookup_secret')?.config['recovery_codes'];
  return Array.isArray(codes) ? (codes as unknown as RecoveryCode[]) : [];
}

/** CredentialsConfig.ToNode: the codes as a text node (1050015) with one message per code. */
function codesNode(codes: RecoveryCode[]) {
  const messages: UiText[] = [];
  const formatted: string[] = [];
  for (const c of codes) {
    if (c.used_at) {
      messages.push(text.settingsLookupSecretUsed(Date.parse(c.used_at)));
      formatted.push('used');
    } else {
      messages.push(text.settingsLookupSecret(c.code));
      formatted.push(c.code);
    }
  }
  return textNode('lookup_secret_codes', text.settingsLookupSecretList(formatted, messages), 'lookup_secret', text.settingsLookupSecretsLabel());
}

const revealNode = () => inputNode('lookup_secret_reveal', 'lookup_secret', 'submit', { value: 'true', label: text.settingsRevealLookup() });
const regenerateNode = () => inputNode('lookup_secret_regenerate', 'lookup_secret', 'submit', { value: 'true', label: text.settingsRegenerateLookup() });
const disableNode = () => inputNode('lookup_secret_disable', 'lookup_secret', 'submit', { value: 'true', label: text.settingsDisableLookup() });
const confirmNode = () => inputNode('lookup_secret_confirm', 'lookup_secret', 'submit', { value: 'true', label: text.settingsLookupConfirm() });

export const lookupLogin: LoginStrategy = {
  id: 'lookup_secret',
  group: 'lookup_secret',
  populate(ctx, f, active) {
    if (f.requestedAal !== 'aal2' || !active || !lookupCodes(active.identity).length) return;
    setCsrf(f.ui, ctx.csrf.token());
    upsertNode(f.ui, inputNode('lookup_secret', 'lookup_secret', 'text', { value: '', required: true, label: text.loginLookupLabel() }));
    appendNode(f.ui, submitNode('method', 'lookup_secret', 'lookup_secret', text.loginLookup()));
  },
  login(ctx, f, body, active) {
    if (f.requestedAal !== 'aal2' || str(body, 'method') !== 'lookup_secret') return NOT_RESPONSIBLE;
    try {
      checkPayload(body, { lookup_secret: { required: true }, method: { required: true } });
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      const codes = active ? lookupCodes(active.identity) : [];
      if (!active || !codes.length) throw validationError('', text.noLookup());
      const entered = str(body, 'lookup_secret');
      const hit = codes.find((c) => c.code === entered);
      if (!hit) throw validationError('', text.lookupInvalid());
      if (hit.used_at) throw validationError('', text.lookupAlreadyUsed());
      hit.used_at = new Date(Math.round(ctx.now / 1000) * 1000).toISOString().replace('.000Z', 'Z');
      persistUpdate(ctx.env, active.identity);
      f.active = 'lookup_secret';
      return { identity: active.identity, method: 'lookup_secret', aal: 'aal2' };
    } catch (e) {
      resetNodes(f.ui, 'lookup_secret');
      if (f.type === 'browser') setCsrf(f.ui, ctx.csrf.token());
      throw e;
    }
  },
};

export const lookupSettings: SettingsStrategy = {
  id: 'lookup_secret',
  group: 'lookup_secret',
  populate(ctx, f, identity) {
    setCsrf(f.ui, ctx.csrf.token());
    if (lookupCodes(identity).length) {
      upsertNode(f.ui, revealNode());
      upsertNode(f.ui, disableNode());
    } else {
      upsertNode(f.ui, regenerateNode());
    }
  },
  settings(ctx, f, body: JsonObject, a) {
    const reveal = bool(body, 'lookup_secret_reveal');
    const regenerate = bool(body, 'lookup_secret_regenerate');
    const confirm = bool(body, 'lookup_secret_confirm');
    const disable = bool(body, 'lookup_secret_disable');
    if (!reveal && !regenerate && !confirm && !disable) return NOT_RESPONSIBLE;
    try {
      ensureCsrf(ctx, f.type, str(body, 'csrf_token'));
      if (a.session.authenticatedAt + ctx.env.options.privilegedSessionMaxAge < ctx.now) throw needsReAuth();
      if (confirm) {
        const pending = f.internal[REGENERATED];
        if (!Array.isArray(pending) || pending.length !== NUM_CODES) {
          throw oryError(400, { reason: 'You must (re-)generate recovery backup codes before you can save them.' });
        }
        const updated = structuredCloneIdentity(a.identity);
        setCredential(ctx.env, updated, 'lookup_secret', [updated.id], { recovery_codes: pending.map((c) => ({ code: String((c as JsonObject)['code']) })) });
        delete f.internal[REGENERATED];
        completedLoginFor(ctx.env, a.session, 'lookup_secret', 'aal2');
        return updated;
      }
      if (reveal) {
        const codes = lookupCodes(a.identity);
        if (!codes.length) throw oryError(400, { reason: 'Can not reveal lookup codes because you have none.' });
        removeNodes(f.ui, ...ALL_NODES);
        upsertNode(f.ui, codesNode(codes));
        upsertNode(f.ui, disableNode());
        upsertNode(f.ui, regenerateNode());
        return RETURN_TO_UI;
      }
      if (disable) {
        const updated = structuredCloneIdentity(a.identity);
        updated.credentials.delete('lookup_secret');
        removeNodes(f.ui, ...ALL_NODES);
        upsertNode(f.ui, regenerateNode());
        f.internal[REGENERATED] = {};
        return updated;
      }
      const codes = Array.from({ length: NUM_CODES }, () => ({ code: randomString(8, alphabets.alphaLowerNum) }));
      removeNodes(f.ui, ...ALL_NODES);
      upsertNode(f.ui, codesNode(codes));
      upsertNode(f.ui, confirmNode());
      f.internal[REGENERATED] = codes;
      return RETURN_TO_UI;
    } catch (e) {
      resetMessages(f.ui);
      setCsrf(f.ui, ctx.csrf.token());
      throw e;
    }
  },
};
