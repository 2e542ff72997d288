import { describe, expect, it } from 'vitest';
import { agreesWithCatalog } from './agrees.ts';
import { createTranslator, en, loadMessages } from './index.ts';
import { kratosIdsV0111 } from './ids-v0.11.1.ts';
import { kratosTexts } from './kratos-texts.ts';
import type { UiNode, UiText } from './types.ts';

const NOW = new Date('2023-01-14T12:00:00Z');
const message = (id: number, text: string, type: string, context?: object) => ({ id, text, type, ...(context ? { context } : {}) }) as unknown as UiText;
// Every Kratos text, as on a page with every flow component (each brings its ids' texts).
const de = createTranslator({ messages: await loadMessages('de'), locale: 'de', now: () => NOW, timeZone: 'UTC', kratosTexts });
const english = createTranslator({ messages: en, now: () => NOW, timeZone: 'UTC', kratosTexts });

// A v0.6-era verification flow: the same id, another meaning (v0.11 uses 1070001 for the "Password" label).
const V06_SENT = message(1070001, 'An email containing a verification link has been sent to the email address you provided.', 'info');

describe('a message whose id means something else in the catalog shows its own text', () => {
  it("a v0.6 server's 1070001 (verification email sent) is not shown as \"Password\"", () => {
    expect(english.text(V06_SENT)).toBe(V06_SENT.text);
    expect(de.text(V06_SENT)).toBe(V06_SENT.text);
  });

  it('a type of the other family (an error sent with an info id, or the reverse) keeps the server text', () => {
    expect(de.text(message(1070001, 'Password', 'error'))).toBe('Password');
    const webhook = message(4000006, 'Welcome back! We sent you a sign-in link.', 'info');
    expect(de.text(webhook)).toBe(webhook.text);
  });

  it('a text of another shape keeps the server text, even with the same words around', () => {
    // 1080001 is the verification link; a recovery sentence under its id is not translated as one.
    const recovery = message(1080001, 'An email containing a recovery link has been sent to the email address you provided.', 'info');
    expect(de.text(recovery)).toBe(recovery.text);
  });
});

describe('messages of Kratos v0.9–v0.11 still translate', () => {
  it.each([
    ['a label', message(1070001, 'Password', 'info'), 'Passwort'],
    ['lengths as run-time arguments (4000003)', message(4000003, 'Length must be >= 8, but got 3.', 'error', { expected_length: 8, actual_length: 3 }), 'Die Länge muss mindestens 8 betragen, beträgt aber 3.'],
    ['a success of v0.11 (1050001)', message(1050001, 'Your changes have been saved!', 'success'), 'Ihre Änderungen wurden gespeichert.'],
    ['the same message as info, as v0.10 sent it', message(1050001, 'Your changes have been saved!', 'info'), 'Ihre Änderungen wurden gespeichert.'],
    ['a long error', message(4000006, 'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.', 'error'), 'Die Anmeldedaten sind ungültig. Prüfen Sie Ihr Passwort und Ihren Benutzernamen, Ihre E-Mail-Adresse oder Telefonnummer auf Tippfehler.'],
    ['a password policy reason (4000005)', message(4000005, 'The password can not be used because password length must be at least 8 characters but only got 3.', 'error', { reason: 'password length must be at least 8 characters but only got 3' }), 'Das Passwort muss mindestens 8 Zeichen lang sein; es hat 3.'],
  ])('%s', (_name, text, translated) => {
    expect(de.text(text)).toBe(translated);
  });

  it('a time as a run-time argument (1060001): minutes in the text, the time in context', () => {
    const text = 'You successfully recovered your account. Please change your password or set up an alternative login method (e.g. social sign in) within the next 15.00 minutes.';
    const out = de.text(message(1060001, text, 'success', { privilegedSessionExpiresAt: '2023-01-14T12:15:00Z' }));
    expect(out).not.toBe(text);
    expect(out).toContain('Sie haben Ihr Konto wiederhergestellt.');
  });

  it('the variants of a shared id (1010001, 1070007) are checked against their own text', () => {
    const webauthn = { type: 'input', group: 'webauthn', attributes: { node_type: 'input', name: 'method', type: 'submit' }, messages: [], meta: {} } as unknown as UiNode;
    expect(de.text(message(1010001, 'Sign in with security key', 'info'), webauthn)).toBe('Mit Sicherheitsschlüssel anmelden');
    const resend = { type: 'input', group: 'code', attributes: { node_type: 'input', name: 'email', type: 'submit' }, messages: [], meta: {} } as unknown as UiNode;
    expect(de.text(message(1070007, 'Resend code', 'info'), resend)).toBe('Code erneut senden');
  });

  it("a newer server's text that adds a sentence (Kratos v1) still translates", () => {
    const v1 = message(1080001, 'An email containing a verification link has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.', 'info');
    expect(de.text(v1)).toBe('Wir haben eine E-Mail mit einem Bestätigungslink an die angegebene Adresse gesendet.');
  });

  it('quoting, case and spacing do not matter; words do', () => {
    expect(agreesWithCatalog(message(1050018, 'Remove security key “YubiKey 5”', 'info'), '1050018', kratosTexts)).toBe(true);
    expect(agreesWithCatalog(message(1070001, '  password ', 'info'), '1070001', kratosTexts)).toBe(true);
    expect(agreesWithCatalog(message(1070001, 'Passwords', 'info'), '1070001', kratosTexts)).toBe(false);
    expect(agreesWithCatalog(message(1070001, 'Passwordless sign-in', 'info'), '1070001', kratosTexts)).toBe(false);
    // Kratos v1.3 sends 4000004 for a pattern, not a format: not the catalog's "is not a valid {format}".
    expect(agreesWithCatalog(message(4000004, 'does not match pattern "^[a-z]+$"', 'error'), '4000004', kratosTexts)).toBe(false);
    expect(agreesWithCatalog(message(4000004, '"foo" is not valid "email"', 'error'), '4000004', kratosTexts)).toBe(true);
  });

  it('gives the benefit of the doubt to what it cannot judge: no text, no type, a text that is all run-time value', () => {
    expect(agreesWithCatalog({ id: 1070001 } as UiText, '1070001', kratosTexts)).toBe(true);
    expect(agreesWithCatalog({ id: 1070001, text: 'Password' } as UiText, '1070001', kratosTexts)).toBe(true);
    expect(agreesWithCatalog(message(1070002, 'E-Mail', 'info'), '1070002', kratosTexts)).toBe(true);
    expect(agreesWithCatalog(message(4000001, 'does not match pattern "^[a-z]+$"', 'error'), '4000001', kratosTexts)).toBe(true);
  });

  it('knows the text of every id Kratos v0.11 sends, except those whose text is a run-time value', () => {
    const runtime = [1050006, 1050009, 1050015, 1070002, 4000001, 5000001];
    const sent = kratosIdsV0111.filter((k) => k.status === 'sent').map((k) => k.id);
    expect(sent.filter((id) => !runtime.includes(id) && !Object.hasOwn(kratosTexts, String(id)))).toEqual([]);
  });
});
