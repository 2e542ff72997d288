import { describe, expect, it } from 'vitest';
import { createTranslator, en, messageKey, withEnglish, type Messages, type Translator } from './index.ts';
import { enCore } from './messages/en/core.ts';
import { enSettings } from './messages/en/settings.ts';
import { kratosSettings } from './kratos-texts/settings.ts';

const settingsPart = { english: enSettings, kratos: kratosSettings };
import type { UiNode, UiText } from './types.ts';

const NOW = new Date('2023-01-14T12:00:00Z');
const now = () => NOW;

/** A message as Kratos sends it: 1xxxxxx ids inform, 4xxxxxx and 5xxxxxx are errors. */
function msg(id: number, text: string, context?: object, type = id >= 4000000 ? 'error' : 'info'): UiText {
  return { id, text, type, ...(context ? { context } : {}) } as unknown as UiText;
}
function input(group: string, name: string, type: string, label?: UiText): UiNode {
  return {
    type: 'input',
    group,
    attributes: { node_type: 'input', name, type, disabled: false },
    messages: [],
    meta: label ? { label } : {},
  } as unknown as UiNode;
}

const t = createTranslator({ messages: en, now, timeZone: 'UTC' });

describe('text(): context interpolation', () => {
  it('computes "expired … minutes ago" from context.expired_at against now', () => {
    const text = msg(4010001, 'The login flow expired 5.00 minutes ago, please try again.', { expired_at: '2023-01-14T11:55:00Z' }, 'error');
    expect(t.text(text)).toBe('The sign-in form expired 5 minutes ago. Please try again.');
    expect(t.text(msg(4060005, 'The recovery flow expired 12.00 minutes ago, please try again.', { expired_at: '2023-01-14T11:48:00.123456Z' }))).toBe('The recovery form expired 12 minutes ago. Please try again.');
    // a later clock gives a later text: nothing is frozen at the server's time
    const later = createTranslator({ messages: en, now: () => new Date('2023-01-14T12:20:00Z') });
    expect(later.text(msg(4040001, 'The registration flow expired 25.00 minutes ago, please try again.', { expired_at: '2023-01-14T11:55:00Z' }))).toBe('The sign-up form expired 25 minutes ago. Please try again.');
  });

  it('reads privilegedSessionExpiresAt (camelCase) for 1060001', () => {
    const out = t.text(msg(1060001, 'You successfully recovered your account. Please change your password or set up an alternative login method (e.g. social sign in) within the next 15.00 minutes.', { privilegedSessionExpiresAt: '2023-01-14T12:15:00+00:00' }, 'success'));
    expect(out).toContain('ends in 15 minutes');
  });

  it('fills provider, property, lengths and display names', () => {
    expect(t.text(msg(1010002, 'Sign in with github', { provider: 'github' }))).toBe('Sign in with github');
    expect(t.text(msg(1050003, 'Unlink google', { provider: 'google' }))).toBe('Unlink google');
    expect(t.text(msg(4000002, 'Property email is missing.', { property: 'email' }))).toBe('The field “email” is required.');
    expect(t.text(msg(4000003, 'Length must be >= 8, but got 3.', { expected_length: 8, actual_length: 3 }))).toBe('This must be at least 8 long, but it is 3.');
    expect(t.text(msg(1050018, 'Remove security key "YubiKey"', { display_name: 'YubiKey', added_at: '2023-01-01T00:00:00Z' }))).toBe('Remove security key “YubiKey”');
  });

  it('formats dates with Intl.DateTimeFormat in the translator locale', () => {
    const de = createTranslator({ messages: { '1050014': 'Verwendet am {used_at, datetime}' }, locale: 'de', now, timeZone: 'UTC' });
    expect(de.text(msg(1050014, 'Secret was used at …', { used_at: '2023-01-10T08:00:00Z' }))).toBe('Verwendet am 10.01.2023, 08:00');
  });

  it('reads the secret of 1050006 from context.secret, and rebuilds the 1050015 list from context.secrets', () => {
    expect(t.text(msg(1050006, 'JBSWY3DP', { secret: 'JBSWY3DP' }))).toBe('JBSWY3DP');
    const list = msg(1050015, 'abcd, used, efgh', {
      secrets: [
        { id: 1050009, text: 'abcd', type: 'info', context: { secret: 'abcd' } },
        { id: 1050014, text: 'Secret was used at …', type: 'info', context: { used_at: '2023-01-10T08:00:00Z' } },
        { id: 1050009, text: 'efgh', type: 'info', context: { secret: 'efgh' } },
      ],
    });
    expect(t.text(list)).toBe('abcd, used, efgh');
    const ja = createTranslator({ messages: { 'ui.lookup_secrets.used': '使用済み' }, fallback: en, now });
    expect(ja.text(list)).toBe('abcd, 使用済み, efgh');
  });

  it('translates password policy reasons of 4000005 (min length parsed from the reason)', () => {
    const reason = (r: string) => t.text(msg(4000005, `The password can not be used because ${r}.`, { reason: r }, 'error'));
    expect(reason('password length must be at least 8 characters but only got 3')).toBe('The password must be at least 8 characters long; it has 3.');
    expect(reason('the password is too similar to the user identifier')).toMatch(/too similar to your identifier/);
    expect(reason('the password has been found in data breaches and must no longer be used')).toMatch(/data breach/);
    expect(reason('the password has been found in at least 12 data breaches and must no longer be used.')).toMatch(/data breach/);
    expect(reason('it is the name of a cat')).toBe('This password cannot be used because it is the name of a cat.');
  });
});

describe('text(): the two ids with two texts', () => {
  it('1010001 is "Sign in", and "Sign in with security key" on the webauthn button', () => {
    const signIn = msg(1010001, 'Sign in');
    const withKey = msg(1010001, 'Sign in with security key');
    expect(messageKey(signIn, input('password', 'method', 'submit', signIn))).toBe('1010001');
    expect(messageKey(withKey, input('webauthn', 'method', 'submit', withKey))).toBe('1010001.webauthn');
    expect(t.text(withKey, input('webauthn', 'method', 'submit', withKey))).toBe('Sign in with security key');
    const de = createTranslator({ messages: { '1010001': 'Anmelden', '1010001.webauthn': 'Mit Sicherheitsschlüssel anmelden' } });
    expect(de.text(signIn, input('password', 'method', 'submit'))).toBe('Anmelden');
    expect(de.text(withKey, input('webauthn', 'method', 'submit'))).toBe('Mit Sicherheitsschlüssel anmelden');
    // without a node, the server's English text tells them apart
    expect(messageKey(withKey)).toBe('1010001.webauthn');
    expect(messageKey(signIn)).toBe('1010001');
  });

  it('1070007 is "Email" on the email input, and "Resend code" on the code flows\' submit button named email', () => {
    const email = msg(1070007, 'Email');
    const resend = msg(1070007, 'Resend code');
    expect(messageKey(email, input('code', 'email', 'email'))).toBe('1070007');
    expect(messageKey(email, input('link', 'email', 'email'))).toBe('1070007');
    expect(messageKey(resend, input('code', 'email', 'submit'))).toBe('1070007.resend');
    expect(t.text(resend, input('code', 'email', 'submit'))).toBe('Resend code');
    const fr = createTranslator({ messages: { '1070007': 'E-mail', '1070007.resend': 'Renvoyer le code' } });
    expect(fr.text(email, input('code', 'email', 'email'))).toBe('E-mail');
    expect(fr.text(resend, input('code', 'email', 'submit'))).toBe('Renvoyer le code');
    expect(messageKey(resend)).toBe('1070007.resend');
  });

  it('leaves other ids as they are', () => {
    expect(messageKey(msg(4000006, 'x'))).toBe('4000006');
    expect(messageKey(msg(4000005, 'x'))).toBe('4000005');
    expect(messageKey(msg(4000005, 'x', { reason: 'the password is too similar to the user identifier' }))).toBe('4000005.similar');
  });
});

describe('text(): falling back to the server text', () => {
  it('for unknown ids (e.g. injected by a webhook)', () => {
    expect(t.text(msg(4000999, 'Your company requires a longer password.'))).toBe('Your company requires a longer password.');
    expect(t.text(msg(1234567, 'Hello from a hook'))).toBe('Hello from a hook');
  });

  it('for ids whose text is a run-time argument', () => {
    expect(t.text(msg(4000001, 'does not match pattern "^[a-z]+$"'))).toBe('does not match pattern "^[a-z]+$"');
    expect(t.text(msg(5000001, 'An error occured, please use the new flow.'))).toBe('An error occured, please use the new flow.');
    expect(t.text(msg(1070002, 'E-Mail'), input('default', 'traits.email', 'email'))).toBe('E-Mail');
    expect(t.text(msg(1050009, 'abcd'))).toBe('abcd');
  });

  it('translates schema titles (1070002) through the titles map, by node name first, then by title', () => {
    const titled = createTranslator({ messages: en, titles: { 'traits.email': 'Courriel', 'First name': 'Prénom' } });
    expect(titled.text(msg(1070002, 'E-Mail'), input('default', 'traits.email', 'email'))).toBe('Courriel');
    expect(titled.text(msg(1070002, 'First name'), input('profile', 'traits.name.first', 'text'))).toBe('Prénom');
    expect(titled.text(msg(1070002, 'Last name'), input('profile', 'traits.name.last', 'text'))).toBe('Last name');
  });

  it('when the context is missing or unusable', () => {
    expect(t.text(msg(4010001, 'The login flow expired 5.00 minutes ago, please try again.'))).toBe('The login flow expired 5.00 minutes ago, please try again.');
    expect(t.text(msg(4010001, 'server', { expired_at: 'yesterday' }))).toBe('server');
    expect(t.text(msg(1010002, 'server', { provider: { nested: true } }))).toBe('server');
    expect(t.text(msg(4000005, 'server', 'not an object' as never))).toBe('server');
    expect(t.text(msg(4000003, 'server', { expected_length: 8 }))).toBe('server');
  });

  it('when a formatter throws or returns nothing', () => {
    const broken: Messages = {
      '4000006': () => {
        throw new Error('boom');
      },
      '4000007': () => undefined,
      '4000008': (() => 42) as never,
    };
    const bt = createTranslator({ messages: broken });
    expect(bt.text(msg(4000006, 'The provided credentials are invalid'))).toBe('The provided credentials are invalid');
    expect(bt.text(msg(4000007, 'An account with the same identifier exists already.'))).toBe('An account with the same identifier exists already.');
    expect(bt.text(msg(4000008, 'The provided authentication code is invalid'))).toBe('The provided authentication code is invalid');
  });

  it('never throws, whatever it is given', () => {
    const weird = [null, undefined, {}, { id: 'x' }, { id: 1010001 }, { id: 4010001, text: 5 }, { id: 1050015, text: 'a', context: { secrets: 'nope' } }];
    for (const w of weird) expect(() => t.text(w as never)).not.toThrow();
    expect(t.text({ id: 1050015, text: 'a, b', context: { secrets: [null] } } as never)).toBe('a, b');
    const badClock = createTranslator({ messages: en, now: () => { throw new Error('no clock'); } });
    const expired = 'The login flow expired 5.00 minutes ago, please try again.';
    expect(badClock.text(msg(4010001, expired))).toBe(expired);
    const badLocale = createTranslator({ messages: en, locale: 'not a locale!!', now });
    expect(badLocale.locale).toBe('en');
    expect(badLocale.text(msg(4010001, expired, { expired_at: '2023-01-14T11:55:00Z' }))).toBe('The sign-in form expired 5 minutes ago. Please try again.');
  });
});

describe('overrides, messages, fallback', () => {
  it('overrides win over the locale and the fallback, for server messages and UI keys', () => {
    const o = createTranslator({
      messages: { '4000006': 'Falsche Zugangsdaten.', 'ui.retry': 'Nochmal' },
      overrides: { '4000006': 'Wrong email or password.', 'ui.retry': 'Retry now', '1010002': (ctx) => `Continue with ${String(ctx.provider).toUpperCase()}` },
    });
    expect(o.text(msg(4000006, 'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.'))).toBe('Wrong email or password.');
    expect(o.t('ui.retry')).toBe('Retry now');
    expect(o.text(msg(1010002, 'Sign in with github', { provider: 'github' }))).toBe('Continue with GITHUB');
  });

  it('t(): override → messages → fallback (en by default) → the key itself', () => {
    const d = createTranslator({ messages: { 'ui.copy': 'Kopieren' } });
    expect(d.t('ui.copy')).toBe('Kopieren');
    expect(d.t('ui.retry')).toBe('Try again');
    expect(d.t('ui.some.future.key')).toBe('ui.some.future.key');
    const noFallback = createTranslator({ messages: { 'ui.copy': 'Kopieren' }, fallback: {} });
    expect(noFallback.t('ui.retry')).toBe('ui.retry');
    expect(noFallback.text(msg(4000006, 'server'))).toBe('server');
  });

  it('t() interpolates variables and keeps a placeholder it has no value for', () => {
    expect(t.t('ui.oidc.sign_in_with', { provider: 'GitHub' })).toBe('Sign in with GitHub');
    expect(t.t('ui.consent.title', { client: 'Acme' })).toBe('Acme wants to access your account');
    expect(t.t('ui.consent.title')).toBe('{client} wants to access your account');
    expect(t.t('ui.sessions.last_active', { time: '2023-01-14T11:57:00Z' })).toBe('Last active 3 minutes ago');
  });

  it('t() skips a broken entry and does not read the prototype', () => {
    const b = createTranslator({ messages: { 'ui.retry': () => { throw new Error('x'); } } });
    expect(b.t('ui.retry')).toBe('Try again');
    expect(t.t('constructor')).toBe('constructor');
    expect(t.t('__proto__')).toBe('__proto__');
    expect(t.t('toString')).toBe('toString');
    expect(t.text(msg(0, 'zero'))).toBe('zero');
  });

  it('exposes the canonical locale', () => {
    expect(createTranslator({ messages: en, locale: 'pt-br' }).locale).toBe('pt-BR');
    expect(createTranslator({ messages: en }).locale).toBe('en');
  });
});

describe('withEnglish: a component brings its part of the English catalog', () => {
  const saved = msg(1050001, 'Your changes have been saved!');

  it('alone, a translator knows only the English every component carries', () => {
    const core = createTranslator({ messages: enCore });
    expect(core.t('ui.login.title')).toBe('Sign in');
    expect(core.t('ui.settings.title')).toBe('ui.settings.title');
    expect(core.text(saved)).toBe('Your changes have been saved!');
  });

  it('with the part, its keys and message ids translate, in the same way the whole catalog does', () => {
    const settings = withEnglish(createTranslator({ messages: enCore, now, timeZone: 'UTC' }), settingsPart);
    expect(settings.t('ui.settings.title')).toBe('Account settings');
    expect(settings.text(saved)).toBe('Your changes have been saved.');
    const used = msg(1050014, 'Secret was used at …', { used_at: '2023-01-10T08:00:00Z' });
    expect(settings.text(used)).toBe(t.text(used));
  });

  it('the active catalog, the overrides and an app fallback still win over the part', () => {
    const de = withEnglish(createTranslator({ messages: { 'ui.settings.title': 'Kontoeinstellungen' }, overrides: { '1050001': 'Gespeichert.' } }), settingsPart);
    expect(de.t('ui.settings.title')).toBe('Kontoeinstellungen');
    expect(de.text(saved)).toBe('Gespeichert.');
    expect(de.t('ui.group.password')).toBe('Change password');
    const british = withEnglish(createTranslator({ messages: {}, fallback: { 'ui.settings.title': 'Account preferences' } }), settingsPart);
    expect(british.t('ui.settings.title')).toBe('Account preferences');
  });

  it("Kratos' texts of the part's ids come with it: a message of another meaning keeps its own text", () => {
    // A recovery sentence sent under the settings id 1050001 (a webhook's, an older server's).
    const other = msg(1050001, 'An email containing a recovery link has been sent to the email address you provided.');
    const de = createTranslator({ messages: { '1050001': 'Ihre Änderungen wurden gespeichert.' } });
    expect(withEnglish(de, settingsPart).text(other)).toBe(other.text);
    expect(withEnglish(de, settingsPart).text(saved)).toBe('Ihre Änderungen wurden gespeichert.');
  });

  it('gives the same translator for the same inputs (components memoize on it)', () => {
    const base = createTranslator({ messages: enCore });
    expect(withEnglish(base, settingsPart)).toBe(withEnglish(base, settingsPart));
  });

  it("answers what an app's own translator leaves untranslated", () => {
    const own: Translator = { locale: 'en', t: (key) => (key === 'ui.retry' ? 'Once more' : key), text: (uiText) => String(uiText.text) };
    const settings = withEnglish(own, settingsPart);
    expect(settings.t('ui.retry')).toBe('Once more');
    expect(settings.t('ui.settings.title')).toBe('Account settings');
    expect(settings.text(saved)).toBe('Your changes have been saved.');
  });
});
