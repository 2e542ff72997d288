import { callWebAuthn, isWebAuthnTrigger, parseWebAuthnOnclick, resolveWebAuthnTrigger } from '../src/nodes/webauthn.ts';
import { WEBAUTHN_LOGIN_ONCLICK, WEBAUTHN_REGISTER_ONCLICK } from './fixtures/flows.ts';

const ok = (s: unknown) => {
  const r = parseWebAuthnOnclick(s);
  if (!r.ok) throw new Error(`expected ${String(s)} to parse, got ${r.reason}`);
  return r.trigger;
};
const reason = (s: unknown) => {
  const r = parseWebAuthnOnclick(s);
  if (r.ok) throw new Error(`expected ${String(s)} to be refused, got ${r.trigger.fn}`);
  return r.reason;
};

describe('parseWebAuthnOnclick: what Kratos sends', () => {
  test('v0alpha2 login trigger', () => {
    const t = ok(WEBAUTHN_LOGIN_ONCLICK);
    expect(t.fn).toBe('__oryWebAuthnLogin');
    expect(t.hasArg).toBe(true);
    expect(t.arg).toMatchObject({ publicKey: { rpId: 'localhost', timeout: 60000 } });
  });

  test('v0alpha2 registration trigger', () => {
    const t = ok(WEBAUTHN_REGISTER_ONCLICK);
    expect(t.fn).toBe('__oryWebAuthnRegistration');
    expect((t.arg as { publicKey: { pubKeyCredParams: unknown[] } }).publicKey.pubKeyCredParams).toHaveLength(10);
  });

  test('newer names, with and without window., with and without argument', () => {
    expect(ok('window.oryWebAuthnLogin({"a":1})')).toEqual({ fn: 'oryWebAuthnLogin', arg: { a: 1 }, hasArg: true });
    expect(ok('oryWebAuthnRegistration({})')).toEqual({ fn: 'oryWebAuthnRegistration', arg: {}, hasArg: true });
    expect(ok('window.oryPasskeyLogin()')).toEqual({ fn: 'oryPasskeyLogin', arg: undefined, hasArg: false });
    expect(ok('oryPasskeyRegistration()')).toEqual({ fn: 'oryPasskeyRegistration', arg: undefined, hasArg: false });
  });

  test('whitespace, a trailing semicolon, and JSON scalars are fine', () => {
    expect(ok('  window . __oryWebAuthnLogin ( {"x": [1, 2, {"y": null}]} ) ;  ').arg).toEqual({ x: [1, 2, { y: null }] });
    expect(ok('window.__oryWebAuthnLogin("str")').arg).toBe('str');
    expect(ok('window.__oryWebAuthnLogin(42)').arg).toBe(42);
    expect(ok('window.__oryWebAuthnLogin(null)').arg).toBe(null);
  });

  test('parentheses and quotes inside JSON strings', () => {
    expect(ok('window.__oryWebAuthnLogin({"a":")","b":"(","c":"); alert(1); (","d":"\\"quoted\\""})').arg).toEqual({
      a: ')',
      b: '(',
      c: '); alert(1); (',
      d: '"quoted"',
    });
  });

  test('nested parentheses in nested objects', () => {
    expect(ok('window.__oryWebAuthnLogin({"a":{"b":{"c":"((()))"}}})').arg).toEqual({ a: { b: { c: '((()))' } } });
  });

  test('unicode in the argument', () => {
    const t = ok('window.__oryWebAuthnRegistration({"user":{"displayName":"Zoë 👩‍💻 \\u00e9 日本"}})');
    expect((t.arg as { user: { displayName: string } }).user.displayName).toBe('Zoë 👩‍💻 é 日本');
  });
});

describe('parseWebAuthnOnclick: refuses everything else, never executes', () => {
  test.each([
    ['window.__oryWebAuthnLogin({}); alert(1)', 'syntax'],
    ['window.__oryWebAuthnLogin({});alert(1);', 'syntax'],
    ['window.__oryWebAuthnLogin({}) && alert(1)', 'syntax'],
    ['window.__oryWebAuthnLogin({}), alert(1)', 'syntax'],
  ])('trailing code: %s', (src) => {
    // Anything after the call means the text between the parentheses is not one JSON value.
    expect(['syntax', 'trailing_code', 'invalid_json']).toContain(reason(src));
    void src;
  });

  test.each([
    'window.__oryWebAuthnLogin({}); alert(1)',
    'window.__oryWebAuthnLogin({}) ; fetch("//evil")',
    'window.__oryWebAuthnLogin({}, alert(1))',
    'window.__oryWebAuthnLogin(alert(1))',
    'window.__oryWebAuthnLogin({"a":1}); window.__oryWebAuthnLogin({"b":2})',
    'window.__oryWebAuthnLogin({}))(alert(1)',
    'window.__oryWebAuthnLogin(function(){alert(1)}())',
    'window.__oryWebAuthnLogin({a:1})',
    "window.__oryWebAuthnLogin({'a':1})",
    'window.__oryWebAuthnLogin({"a":1,})',
    'window.__oryWebAuthnLogin(/*x*/{})',
    'window.__oryWebAuthnLogin({"a":`x`})',
    'window.__oryWebAuthnLogin(...[{}])',
    'window.__oryWebAuthnLogin({"a":1}',
  ])('refuses injection %s', (src) => {
    const r = parseWebAuthnOnclick(src);
    expect(r.ok).toBe(false);
  });

  test.each([
    'alert(1)',
    'window.alert(1)',
    'eval("1")',
    'window.eval("1")',
    'Function("alert(1)")()',
    'window.location.assign("//evil")',
    'window["__oryWebAuthnLogin"]({})',
    'window.__oryWebAuthnLoginX({})',
    'x__oryWebAuthnLogin({})',
    'window.__proto__({})',
    'window.constructor({})',
    'self.__oryWebAuthnLogin({})',
    'globalThis.__oryWebAuthnLogin({})',
    'window.window.__oryWebAuthnLogin({})',
    'document.write("x")',
  ])('refuses functions that are not allow-listed: %s', (src) => {
    const r = parseWebAuthnOnclick(src);
    expect(r.ok).toBe(false);
  });

  test('look-alike unicode names are refused', () => {
    // Cyrillic "о" in "ory", fullwidth parenthesis, zero-width joiner inside the name.
    expect(parseWebAuthnOnclick('window.__\u043eryWebAuthnLogin({})').ok).toBe(false);
    expect(parseWebAuthnOnclick('window.__oryWebAuthnLogin\uff08{})').ok).toBe(false);
    expect(parseWebAuthnOnclick('window.__ory\u200dWebAuthnLogin({})').ok).toBe(false);
  });

  test('not a string, empty, or bare name', () => {
    expect(reason(undefined)).toBe('empty');
    expect(reason(42)).toBe('empty');
    expect(reason({})).toBe('empty');
    expect(reason('')).toBe('empty');
    expect(reason('   ')).toBe('empty');
    expect(reason('window.__oryWebAuthnLogin')).toBe('syntax');
    expect(reason('__oryWebAuthnLogin')).toBe('syntax');
    expect(reason('javascript:window.__oryWebAuthnLogin({})')).toBe('syntax');
  });

  test('a huge argument is parsed, not evaluated', () => {
    const big = JSON.stringify({ publicKey: { allowCredentials: Array.from({ length: 2000 }, (_, i) => ({ type: 'public-key', id: `id${i}` })) } });
    expect((ok(`window.__oryWebAuthnLogin(${big})`).arg as { publicKey: { allowCredentials: unknown[] } }).publicKey.allowCredentials).toHaveLength(2000);
  });
});

describe('resolveWebAuthnTrigger', () => {
  test('onclick only', () => {
    const r = resolveWebAuthnTrigger({ onclick: 'window.__oryWebAuthnLogin({"a":1})' });
    expect(r).toEqual({ ok: true, trigger: { fn: '__oryWebAuthnLogin', arg: { a: 1 }, hasArg: true } });
  });

  test('onclick and a matching onclickTrigger', () => {
    const r = resolveWebAuthnTrigger({ onclick: 'window.oryWebAuthnLogin({"a":1})', onclickTrigger: 'oryWebAuthnLogin' });
    expect(r.ok && r.trigger.fn).toBe('oryWebAuthnLogin');
  });

  test('mismatching names are refused', () => {
    expect(resolveWebAuthnTrigger({ onclick: 'window.oryWebAuthnLogin({})', onclickTrigger: 'oryPasskeyLogin' })).toEqual({ ok: false, reason: 'mismatch' });
  });

  test('onclickTrigger only: argument from a JSON value, else none', () => {
    expect(resolveWebAuthnTrigger({ onclickTrigger: 'oryPasskeyLogin' })).toEqual({ ok: true, trigger: { fn: 'oryPasskeyLogin', arg: undefined, hasArg: false } });
    expect(resolveWebAuthnTrigger({ onclickTrigger: 'oryWebAuthnRegistration', value: '{"publicKey":{}}' })).toEqual({
      ok: true,
      trigger: { fn: 'oryWebAuthnRegistration', arg: { publicKey: {} }, hasArg: true },
    });
    expect(resolveWebAuthnTrigger({ onclickTrigger: 'oryWebAuthnRegistration', value: '{broken' }).ok).toBe(false);
    expect(resolveWebAuthnTrigger({ onclickTrigger: 'alert' })).toEqual({ ok: false, reason: 'unknown_function' });
    expect(resolveWebAuthnTrigger({ onclickTrigger: 'window.oryPasskeyLogin' })).toEqual({ ok: false, reason: 'unknown_function' });
  });

  test('isWebAuthnTrigger', () => {
    expect(isWebAuthnTrigger({ onclick: 'x' })).toBe(true);
    expect(isWebAuthnTrigger({ onclickTrigger: 'y' })).toBe(true);
    expect(isWebAuthnTrigger({ onclick: '  ' })).toBe(false);
    expect(isWebAuthnTrigger({})).toBe(false);
  });
});

describe('callWebAuthn', () => {
  test('calls the allow-listed function on the given window with the parsed argument', () => {
    const fn = vi.fn();
    const win = { PublicKeyCredential: function PublicKeyCredential() {}, __oryWebAuthnLogin: fn };
    expect(callWebAuthn({ fn: '__oryWebAuthnLogin', arg: { a: 1 }, hasArg: true }, win)).toBe('called');
    expect(fn).toHaveBeenCalledWith({ a: 1 });
    expect(fn.mock.contexts[0]).toBe(win);
  });

  test('calls without an argument when there was none', () => {
    const fn = vi.fn();
    callWebAuthn({ fn: 'oryPasskeyLogin', arg: undefined, hasArg: false }, { PublicKeyCredential: {}, oryPasskeyLogin: fn });
    expect(fn).toHaveBeenCalledWith();
  });

  test('unavailable when the script has not defined it; unsupported without WebAuthn; no window at all', () => {
    expect(callWebAuthn({ fn: '__oryWebAuthnLogin', arg: {}, hasArg: true }, { PublicKeyCredential: {} })).toBe('unavailable');
    expect(callWebAuthn({ fn: '__oryWebAuthnLogin', arg: {}, hasArg: true }, { PublicKeyCredential: {}, __oryWebAuthnLogin: 'not a function' })).toBe('unavailable');
    expect(callWebAuthn({ fn: '__oryWebAuthnLogin', arg: {}, hasArg: true }, { __oryWebAuthnLogin: vi.fn() })).toBe('unsupported');
    expect(callWebAuthn({ fn: '__oryWebAuthnLogin', arg: {}, hasArg: true }, undefined)).toBe('unavailable');
  });
});
