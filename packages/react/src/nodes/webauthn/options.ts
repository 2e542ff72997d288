import type { WebAuthnTrigger } from '../webauthn.ts';
import { decodeBase64Url } from './codec.ts';

// What a trigger asks for, as data the browser API takes: which ceremony, which hidden field gets the
// result, and the public-key options with their binary fields decoded. The options come from the
// call's argument (v0.11's `onclick`) or from the node's `value` (newer servers' `onclickTrigger`).

export type WebAuthnCeremony = 'create' | 'get';

/** A ceremony ready to run: `navigator.credentials[ceremony]({ publicKey })`, result into `resultName`. */
export type WebAuthnRequest =
  | { ceremony: 'create'; resultName: string; publicKey: PublicKeyCredentialCreationOptions }
  | { ceremony: 'get'; resultName: string; publicKey: PublicKeyCredentialRequestOptions };

export type WebAuthnOptionsResult = { ok: true; request: WebAuthnRequest } | { ok: false; reason: 'no_options' | 'invalid_options' };

/** The ceremony and result field of each trigger function (Kratos' names, v0.11 and newer). */
const ACTIONS: Record<WebAuthnTrigger['fn'], { ceremony: WebAuthnCeremony; resultName: string }> = {
  __oryWebAuthnLogin: { ceremony: 'get', resultName: 'webauthn_login' },
  oryWebAuthnLogin: { ceremony: 'get', resultName: 'webauthn_login' },
  __oryWebAuthnRegistration: { ceremony: 'create', resultName: 'webauthn_register' },
  oryWebAuthnRegistration: { ceremony: 'create', resultName: 'webauthn_register' },
  oryPasskeyLogin: { ceremony: 'get', resultName: 'passkey_login' },
  oryPasskeyLoginAutocompleteInit: { ceremony: 'get', resultName: 'passkey_login' },
  oryPasskeyRegistration: { ceremony: 'create', resultName: 'passkey_register' },
  oryPasskeySettingsRegistration: { ceremony: 'create', resultName: 'passkey_settings_register' },
};

/**
 * The ceremony a trigger function starts and the hidden field its result goes into.
 * @example
 * ```ts
 * webAuthnAction('__oryWebAuthnLogin'); // { ceremony: 'get', resultName: 'webauthn_login' }
 * ```
 */
export function webAuthnAction(fn: WebAuthnTrigger['fn']): { ceremony: WebAuthnCeremony; resultName: string } {
  return ACTIONS[fn];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{ publicKey: {...} }` as Kratos wraps it, or the bare `publicKey` object. */
function publicKeyOf(arg: unknown): Json | undefined {
  if (isObject(arg) && isObject(arg['publicKey'])) return arg['publicKey'];
  if (isObject(arg) && 'challenge' in arg) return arg;
  return undefined;
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** Credential descriptors with decoded ids; `undefined` when one id is not base64url. */
function descriptors(list: unknown): PublicKeyCredentialDescriptor[] | undefined {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) return undefined;
  const out: PublicKeyCredentialDescriptor[] = [];
  for (const d of list) {
    const id = isObject(d) ? decodeBase64Url(d['id']) : undefined;
    if (!id || !isObject(d)) return undefined;
    out.push({ ...(d as object), type: 'public-key', id } as PublicKeyCredentialDescriptor);
  }
  return out;
}

/**
 * Decodes Kratos' JSON options (base64url challenge, user id and credential ids) into the objects
 * `navigator.credentials` takes. The parsed JSON is copied, never changed.
 * @example
 * ```ts
 * const r = decodeWebAuthnOptions('get', 'webauthn_login', { publicKey: { challenge: 'AQID', rpId: 'localhost' } });
 * // r.ok && r.request.publicKey.challenge is Uint8Array [1, 2, 3]
 * ```
 */
export function decodeWebAuthnOptions(ceremony: WebAuthnCeremony, resultName: string, arg: unknown): WebAuthnOptionsResult {
  const pk = publicKeyOf(arg);
  if (!pk) return { ok: false, reason: 'no_options' };
  const challenge = decodeBase64Url(pk['challenge']);
  if (!challenge) return { ok: false, reason: 'invalid_options' };
  if (ceremony === 'get') {
    const allowCredentials = descriptors(pk['allowCredentials']);
    if (!allowCredentials) return { ok: false, reason: 'invalid_options' };
    const publicKey = { ...pk, challenge, allowCredentials } as PublicKeyCredentialRequestOptions;
    return { ok: true, request: { ceremony, resultName, publicKey } };
  }
  const user = pk['user'];
  const userId = isObject(user) ? decodeBase64Url(user['id']) : undefined;
  const excludeCredentials = descriptors(pk['excludeCredentials']);
  if (!isObject(user) || !userId || !excludeCredentials || !isObject(pk['rp'])) return { ok: false, reason: 'invalid_options' };
  const publicKey = { ...pk, challenge, user: { ...user, id: userId }, excludeCredentials } as unknown as PublicKeyCredentialCreationOptions;
  return { ok: true, request: { ceremony, resultName, publicKey } };
}

/**
 * The ceremony a trigger node asks for: options from the call's argument, else from the node's `value`.
 * @example
 * ```ts
 * const t = resolveWebAuthnTrigger(node.attributes);
 * const r = t.ok ? webAuthnRequestOf(t.trigger, node.attributes.value) : undefined;
 * ```
 */
export function webAuthnRequestOf(trigger: WebAuthnTrigger, value: unknown): WebAuthnOptionsResult {
  const { ceremony, resultName } = webAuthnAction(trigger.fn);
  const fromArg = trigger.hasArg ? decodeWebAuthnOptions(ceremony, resultName, trigger.arg) : undefined;
  if (fromArg?.ok) return fromArg;
  const fromValue = decodeWebAuthnOptions(ceremony, resultName, parseJson(value));
  if (fromValue.ok || !fromArg) return fromValue;
  return fromArg.reason === 'invalid_options' ? fromArg : fromValue;
}
