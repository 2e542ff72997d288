// WebAuthn without eval. Kratos v0alpha2 sends trigger buttons whose `onclick` attribute is a line of
// JavaScript, e.g. `window.__oryWebAuthnLogin({"publicKey":{…}})`; newer servers also send
// `onclickTrigger: "oryWebAuthnLogin"`. We never run that string. We read it as data: an allow-listed
// function name and one JSON argument; the kit runs the ceremony itself (webauthn/ceremony.ts), or,
// when the app opts in, calls the function the server's own webauthn.js defines.

import { webAuthnAction } from './webauthn/options.ts';

/**
 * Function names the server's webauthn.js defines on `window`. Nothing else is ever called.
 * @example
 * ```ts
 * WEBAUTHN_FUNCTIONS.includes('__oryWebAuthnLogin'); // true
 * ```
 */
export const WEBAUTHN_FUNCTIONS = [
  '__oryWebAuthnLogin',
  '__oryWebAuthnRegistration',
  'oryWebAuthnLogin',
  'oryWebAuthnRegistration',
  'oryPasskeyLogin',
  'oryPasskeyRegistration',
  'oryPasskeySettingsRegistration',
  'oryPasskeyLoginAutocompleteInit',
] as const;

export type WebAuthnFunction = (typeof WEBAUTHN_FUNCTIONS)[number];

export interface WebAuthnTrigger {
  fn: WebAuthnFunction;
  /** The parsed JSON argument; `undefined` when the call had none (`window.oryPasskeyLogin()`). */
  arg: unknown;
  /** Whether an argument was present. */
  hasArg: boolean;
}

export type WebAuthnParseResult =
  | { ok: true; trigger: WebAuthnTrigger }
  | { ok: false; reason: 'empty' | 'syntax' | 'unknown_function' | 'invalid_json' | 'trailing_code' | 'mismatch' };

const isAllowed = (name: string): name is WebAuthnFunction => (WEBAUTHN_FUNCTIONS as readonly string[]).includes(name);

/**
 * Parses an `onclick` string of the form `[window.]name(<json>)` with an optional trailing `;`.
 * The name must be allow-listed; the argument, if any, must be exactly one JSON value; nothing may
 * follow the closing parenthesis. Returns a reason instead of throwing.
 * @example
 * ```ts
 * parseWebAuthnOnclick('window.__oryWebAuthnLogin({"publicKey":{}})');
 * // { ok: true, trigger: { fn: '__oryWebAuthnLogin', arg: { publicKey: {} }, hasArg: true } }
 * parseWebAuthnOnclick('window.__oryWebAuthnLogin({}); alert(1)'); // { ok: false, reason: 'trailing_code' }
 * ```
 */
export function parseWebAuthnOnclick(onclick: unknown): WebAuthnParseResult {
  if (typeof onclick !== 'string') return { ok: false, reason: 'empty' };
  const src = onclick.trim();
  if (src === '') return { ok: false, reason: 'empty' };

  const head = /^(?:window\s*\.\s*)?([A-Za-z_$][A-Za-z0-9_$]*)\s*\(/.exec(src);
  if (!head) return { ok: false, reason: 'syntax' };
  const name = head[1] ?? '';
  if (!isAllowed(name)) return { ok: false, reason: 'unknown_function' };

  // Everything after `name(` must be `<json>)` plus an optional `;` and whitespace.
  let rest = src.slice(head[0].length);
  const tail = /\)\s*;?\s*$/.exec(rest);
  if (!tail) return { ok: false, reason: 'syntax' };
  rest = rest.slice(0, tail.index);

  if (rest.trim() === '') return { ok: true, trigger: { fn: name, arg: undefined, hasArg: false } };

  // JSON.parse accepts exactly one JSON value (it rejects `{}); alert(1` and `{}, {}`): if the text
  // between the parentheses is not one JSON document, the whole string is refused.
  let arg: unknown;
  try {
    arg = JSON.parse(rest);
  } catch {
    return { ok: false, reason: rest.includes(')') ? 'trailing_code' : 'invalid_json' };
  }
  return { ok: true, trigger: { fn: name, arg, hasArg: true } };
}

/**
 * Resolves the trigger of a WebAuthn button from its `onclick` and/or `onclickTrigger` attributes.
 * With both, they must start the same action (`__oryWebAuthnLogin` and `oryWebAuthnLogin` do); an
 * `onclick` we cannot read falls back to `onclickTrigger`, which takes the JSON in `value` as its
 * argument if there is one, else none.
 * @example
 * ```ts
 * resolveWebAuthnTrigger({ onclickTrigger: 'oryPasskeyLogin' }); // { ok: true, trigger: { fn: 'oryPasskeyLogin', arg: undefined, hasArg: false } }
 * ```
 */
export function resolveWebAuthnTrigger(attrs: {
  onclick?: string | undefined;
  onclickTrigger?: string | undefined;
  value?: unknown;
}): WebAuthnParseResult {
  const trigger = typeof attrs.onclickTrigger === 'string' ? attrs.onclickTrigger.trim() : '';
  const hasOnclick = typeof attrs.onclick === 'string' && attrs.onclick.trim() !== '';
  const parsed = hasOnclick ? parseWebAuthnOnclick(attrs.onclick) : ({ ok: false, reason: 'empty' } as const);

  if (trigger === '') return parsed;
  if (!isAllowed(trigger)) return { ok: false, reason: 'unknown_function' };
  if (parsed.ok) {
    const a = webAuthnAction(parsed.trigger.fn);
    const b = webAuthnAction(trigger);
    return a.ceremony === b.ceremony && a.resultName === b.resultName ? parsed : { ok: false, reason: 'mismatch' };
  }
  if (typeof attrs.value === 'string' && /^\s*[[{]/.test(attrs.value)) {
    try {
      return { ok: true, trigger: { fn: trigger, arg: JSON.parse(attrs.value), hasArg: true } };
    } catch {
      return { ok: false, reason: 'invalid_json' };
    }
  }
  return { ok: true, trigger: { fn: trigger, arg: undefined, hasArg: false } };
}

/**
 * Whether a node looks like a WebAuthn trigger (has `onclick` or `onclickTrigger`).
 * @example
 * ```ts
 * isWebAuthnTrigger(node.attributes); // true for Kratos' *_trigger buttons
 * ```
 */
export function isWebAuthnTrigger(attrs: { onclick?: string | undefined; onclickTrigger?: string | undefined }): boolean {
  return Boolean((attrs.onclick && attrs.onclick.trim()) || (attrs.onclickTrigger && attrs.onclickTrigger.trim()));
}

export type WebAuthnCallResult = 'called' | 'unavailable' | 'unsupported';

/**
 * Calls `window[fn](arg)` if the server's script defined it. Returns `unsupported` when the browser has
 * no WebAuthn, `unavailable` when the function is not (yet) defined.
 * @example
 * ```ts
 * const parsed = resolveWebAuthnTrigger(node.attributes);
 * if (parsed.ok && callWebAuthn(parsed.trigger) !== 'called') showError();
 * ```
 */
export function callWebAuthn(trigger: WebAuthnTrigger, win: unknown = typeof window === 'undefined' ? undefined : window): WebAuthnCallResult {
  if (typeof win !== 'object' || win === null) return 'unavailable';
  const w = win as Record<string, unknown>;
  if (typeof w['PublicKeyCredential'] === 'undefined') return 'unsupported';
  const fn = w[trigger.fn];
  if (typeof fn !== 'function') return 'unavailable';
  if (trigger.hasArg) (fn as (a: unknown) => unknown).call(win, trigger.arg);
  else (fn as () => unknown).call(win);
  return 'called';
}
