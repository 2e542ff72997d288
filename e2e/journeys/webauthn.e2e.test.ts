// Security keys and passkeys with Chromium's virtual authenticator, the ceremony run by the kit (no
// webauthn.js, no alert(), nothing the strict CSP blocks):
// - passwordless off (Kratos' default): sign up with a password → add a key in settings → add a second
//   → remove one → sign out → sign in → aal2 step-up with the key; the key pulled out mid-ceremony (the
//   authenticator removed while the kit waits for it) and "Cancel" show the sentence at once, and the
//   retry with the key back completes it. (Chromium rejects a ceremony whose authenticator was removed
//   only at the options' timeout; the kit's Cancel aborts it.)
// - passwordless on (switched for this part: the emulator by a test control, the real Kratos by its
//   reloaded config): sign up with a passkey → sign out → sign in with the identifier and the passkey.
import { afterAll, describe, expect, inject } from 'vitest';
import { strongPassword, uniqueEmail, useHarness, steps, type Person } from '../harness.ts';
import { HomePage } from '../pages/home.ts';
import { LoginPage } from '../pages/login.ts';
import { RegistrationPage } from '../pages/registration.ts';
import { SettingsPage } from '../pages/settings.ts';
import { cleanKeysReport, setPasswordless, watchKeys, type KeyWatch, type VirtualAuthenticator } from '../webauthn.ts';

const CANCELLED = 'The security key request was cancelled or timed out.';
const WAITING = 'Follow the instructions of your browser to use your security key…';
const CLEAN = { alerts: [], webauthnScripts: [], problems: [], pagesSeen: true, pagesWithoutStrictCsp: [] };
/** No alert(), no webauthn.js, no CSP violation or page error, every preview page under `script-src 'self'`. */
const expectClean = (person: Person, keys: KeyWatch) => expect(cleanKeysReport(person, keys, inject('demoMode'))).toEqual(CLEAN);

describe('security keys (webauthn, passwordless off)', () => {
  const h = useHarness();
  const step = steps(h);
  const email = uniqueEmail('key');
  const password = strongPassword();
  let person: Person;
  let keys: KeyWatch;
  let authenticator: VirtualAuthenticator;

  const keySection = () => new SettingsPage(person.page).section(/Security keys/i);
  const removeButtons = () => keySection().getByRole('button', { name: /^Remove security key/ });

  async function addKey(name: string) {
    const settings = new SettingsPage(person.page);
    const before = await removeButtons().count();
    await keySection().getByLabel(/^Security key name/).fill(name);
    await keySection().getByRole('button', { name: 'Add security key' }).click();
    await expect.poll(() => removeButtons().count(), { timeout: 15_000 }).toBe(before + 1);
    await settings.saved.waitFor();
  }


  step('signs up with a password and adds a security key in settings', async () => {
    person = await h.newPerson();
    keys = await watchKeys(person);
    authenticator = await keys.addAuthenticator('security-key');
    const registration = new RegistrationPage(person.page);
    await registration.open();
    await registration.signUp({ email, password, first: 'Grace', last: 'Hopper' });
    await new HomePage(person.page).welcome.waitFor();

    await new SettingsPage(person.page).open();
    await keySection().waitFor();
    await addKey('Desk key');
    expect(await removeButtons().allInnerTexts()).toEqual([expect.stringContaining('Desk key')]);
    expectClean(person, keys);
  });

  step('adds a second key and removes the first one', async () => {
    await addKey('Travel key');
    expect(await removeButtons().count()).toBe(2);
    await removeButtons().filter({ hasText: 'Desk key' }).click();
    // The kit asks first ("Remove this security key?").
    await person.page.getByRole('alertdialog').getByRole('button', { name: 'Remove key' }).click();
    await expect.poll(() => removeButtons().allInnerTexts(), { timeout: 15_000 }).toEqual([expect.stringContaining('Travel key')]);
    expectClean(person, keys);
  });

  step('signs out, signs in with the password and steps up to aal2 with the key', async () => {
    await new HomePage(person.page).open();
    await new HomePage(person.page).signOut();
    const login = new LoginPage(person.page);
    await login.waitForForm();
    await login.fillIdentifier(email);
    await login.fillPassword(password);
    await login.submitPassword();
    // highest_available: the demo asks for the second factor the identity has.
    const useKey = person.page.getByRole('main').getByRole('button', { name: 'Use security key' });
    const secondFactor = person.page.getByRole('link', { name: /second factor/i });
    await secondFactor.or(useKey).first().waitFor({ timeout: 15_000 });
    if ((await login.path()) !== '/login') await secondFactor.click();
    await useKey.waitFor({ timeout: 15_000 });
    await useKey.click();
    await person.page.waitForURL((url) => url.pathname !== '/login', { timeout: 15_000 });
    const home = new HomePage(person.page);
    await home.welcome.waitFor();
    expect(await home.assuranceLevel()).toBe('aal2');
    expectClean(person, keys);
  });

  step('the key pulled out mid-ceremony: "Cancel" shows the sentence at once; the retry with the key completes it', async () => {
    const held = await authenticator.credentials();
    expect(held.length).toBeGreaterThan(0);
    await authenticator.remove();
    // The key is plugged in but nobody touches it: the ceremony waits for it.
    const untouched = await keys.addAuthenticator('security-key', { touched: false });
    const login = new LoginPage(person.page);
    await person.page.goto('/login?aal=aal2&refresh=true');
    const main = person.page.getByRole('main');
    const useKey = main.getByRole('button', { name: 'Use security key' });
    await useKey.waitFor({ timeout: 15_000 });
    await useKey.click();
    await main.getByText(WAITING).waitFor();
    await untouched.remove();
    await main.getByRole('button', { name: 'Cancel', exact: true }).click();
    // At once, not at the options' timeout (Kratos asks for 60 s).
    const alert = main.getByRole('alert').filter({ hasText: CANCELLED });
    await alert.waitFor({ timeout: 10_000 });
    expect(await main.getByText(WAITING).count()).toBe(0);
    expect(await login.path()).toBe('/login');
    // The flow is still usable: the key comes back, the retry signs in.
    authenticator = await keys.addAuthenticator('security-key');
    await keys.addCredentials(authenticator, held);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await person.page.waitForURL((url) => url.pathname !== '/login', { timeout: 15_000 });
    expect(await new HomePage(person.page).assuranceLevel()).toBe('aal2');
    expectClean(person, keys);
  });
});

describe('passkeys (webauthn, passwordless on)', () => {
  const h = useHarness();
  const step = steps(h);
  const email = uniqueEmail('passkey');
  let person: Person;
  let keys: KeyWatch;

  afterAll(async () => {
    await setPasswordless(h, false);
  });

  step('signs up with a passkey', async () => {
    await setPasswordless(h, true);
    person = await h.newPerson();
    keys = await watchKeys(person);
    await keys.addAuthenticator('passkey');
    const registration = new RegistrationPage(person.page);
    await registration.open();
    await registration.fillEmail(email);
    await registration.fillName('Katherine', 'Johnson');
    await registration.field(/^Security key name/).fill('Laptop');
    await registration.button('Sign up with security key').click();
    const home = new HomePage(person.page);
    await home.welcome.waitFor({ timeout: 15_000 });
    expect(await home.methods()).toMatch(/security key|webauthn/i);
    expectClean(person, keys);
  });

  step('signs out and signs in with the identifier and the passkey', async () => {
    await new HomePage(person.page).signOut();
    const login = new LoginPage(person.page);
    await login.waitForForm();
    await login.fillIdentifier(email);
    await login.button('Sign in with security key').click();
    // Kratos v0.11 labels this trigger 1010013 "Continue".
    const useKey = person.page.getByRole('main').getByRole('button', { name: 'Continue' });
    await useKey.waitFor({ timeout: 15_000 });
    await useKey.click();
    await person.page.waitForURL((url) => url.pathname !== '/login', { timeout: 15_000 });
    await new HomePage(person.page).welcome.waitFor();
    expectClean(person, keys);
  });
});
