// A person's whole life with an account, in one browser (plus a second device at the end):
// sign up → verify the address with the emailed code → sign out → sign in → change the password →
// enable an authenticator app → sign in at aal2 with it → create backup codes and sign in with one →
// recover the account by emailed code → revoke the other device's session.
import { describe, expect } from 'vitest';
import { strongPassword, uniqueEmail, useHarness, steps, type Person } from '../harness.ts';
import { HomePage } from '../pages/home.ts';
import { LoginPage } from '../pages/login.ts';
import { RegistrationPage } from '../pages/registration.ts';
import { RecoveryPage, VerificationPage } from '../pages/code-flow.ts';
import { SettingsPage } from '../pages/settings.ts';
import { SessionsPage } from '../pages/sessions.ts';
import { totpAt } from '../totp.ts';

describe('account journey', () => {
  const h = useHarness();
  const step = steps(h);
  const email = uniqueEmail('journey');
  let password = strongPassword();
  let person: Person;
  let totpSecret = '';
  let backupCodes: string[] = [];

  /** The code an authenticator app shows now (by the server's clock), not about to roll over. */
  const freshTotp = () => totpAt(totpSecret, () => h.serverNow());

  const signOut = async () => {
    await new HomePage(person.page).open();
    await new HomePage(person.page).signOut();
  };

  step('signs up with email, name and password', async () => {
    person = await h.newPerson();
    const registration = new RegistrationPage(person.page);
    await registration.open();
    await expect.poll(() => registration.heading.innerText()).toMatch(/create an account|sign up/i);
    await registration.signUp({ email, password, first: 'Ada', last: 'Lovelace' });

    const home = new HomePage(person.page);
    await home.welcome.waitFor();
    expect(await home.welcome.innerText()).toContain('Ada');
    expect(await home.traits()).toEqual({ email, name: { first: 'Ada', last: 'Lovelace' } });
    expect(await home.assuranceLevel()).toBe('aal1');
    // The address is not verified yet, and the home page says so.
    await person.page.getByText(/not verified yet/).waitFor();
  });

  step('verifies the address by the link in the email, without pressing a button', async () => {
    const since = Date.now() - 60_000;
    await person.page.getByRole('link', { name: 'Verify now' }).click();
    const verification = new VerificationPage(person.page);
    await verification.waitForPath('/verification');
    await person.page.getByRole('main').locator('form button[type=submit]').first().waitFor();
    // Signed in: "Verify now" has the person's address filled in already.
    await expect.poll(() => verification.field(/^E-?mail( \*)?$/i).inputValue()).toBe(email);
    await verification.requestCode(email);
    // The email's link (Kratos' own URL, on the demo's origin): it opens the flow with the code in it,
    // and the page sends it by itself.
    const link = await h.courier.readLink(email, { since, match: /verif/i });
    await person.page.goto(link);
    await person.page.getByText(/has been verified/i).waitFor({ timeout: 15_000 });

    await new HomePage(person.page).open();
    await new HomePage(person.page).welcome.waitFor();
    expect(await person.page.getByText(/not verified yet/).count()).toBe(0);
  });

  step('signs out and signs in again', async () => {
    await signOut();
    const login = new LoginPage(person.page);
    await login.waitForForm();
    await login.signIn(email, password);
    const home = new HomePage(person.page);
    await home.welcome.waitFor();
    expect(await home.methods()).toMatch(/Password/);
  });

  step('changes the password', async () => {
    const settings = new SettingsPage(person.page);
    await settings.open();
    password = strongPassword();
    await settings.changePassword(password);
    await settings.saved.waitFor();

    // The new password works, the old one is gone.
    await signOut();
    await new LoginPage(person.page).signIn(email, password);
    await new HomePage(person.page).welcome.waitFor();
  });

  step('enables an authenticator app with the secret shown', async () => {
    const settings = new SettingsPage(person.page);
    await settings.open();
    totpSecret = await settings.totpSecret();
    expect(totpSecret).toMatch(/^[A-Z2-7]{16,}=*$/);
    await settings.enableTotp(await freshTotp());
    await settings.saved.waitFor();
    await settings.totpUnlinkButton.waitFor();
  });

  step('signs in with the password, then the authenticator app at aal2', async () => {
    await signOut();
    const login = new LoginPage(person.page);
    await login.signIn(email, password);
    // The first factor is not enough any more: the app asks for the second one.
    await person.page.getByRole('link', { name: /second factor/i }).or(person.page.getByLabel(/Authentication code/i)).first().waitFor();
    if (await login.path() !== '/login') await person.page.getByRole('link', { name: /second factor/i }).click();
    await login.waitForForm();
    await login.submitTotp(await freshTotp());
    const home = new HomePage(person.page);
    await home.welcome.waitFor();
    expect(await home.assuranceLevel()).toBe('aal2');
    expect(await home.methods()).toMatch(/Authenticator app/);
  });

  step('creates backup codes, then signs in with one of them', async () => {
    const settings = new SettingsPage(person.page);
    await settings.open();
    backupCodes = await settings.revealLookupSecrets();
    expect(backupCodes.length).toBeGreaterThanOrEqual(8);
    await settings.confirmLookupSecrets();
    await settings.saved.waitFor();

    await signOut();
    const login = new LoginPage(person.page);
    await login.signIn(email, password);
    await login.open({ aal: 'aal2' });
    await login.submitLookupSecret(backupCodes[0]!);
    const home = new HomePage(person.page);
    await home.welcome.waitFor();
    expect(await home.assuranceLevel()).toBe('aal2');
    expect(await home.methods()).toMatch(/Backup code/);
  });

  step('recovers the account with the emailed code and sets a new password', async () => {
    await signOut();
    await new RecoveryPage(person.page).recoverWith(h.courier, email);

    // Recovery signs the person in and sends them to settings; with an authenticator app linked, the
    // settings ask for the second factor first.
    const settings = new SettingsPage(person.page);
    const login = new LoginPage(person.page);
    const totpField = login.field(/^Authentication code( \*)?$/i);
    await settings.section(/Profile/).or(totpField).first().waitFor({ timeout: 15_000 });
    // The header follows at once (the session the code created), without another navigation.
    await expect.poll(() => person.page.getByRole('banner').getByRole('link', { name: /^Sign in$/ }).count()).toBe(0);
    if (await totpField.isVisible()) {
      await login.submitTotp(await freshTotp());
      // The step-up login may come back to the settings, or (without `return_to`) to the home page.
      await person.page.waitForURL((url) => url.pathname !== '/login');
      if ((await settings.path()) !== '/settings') await settings.open();
      await settings.waitForForm();
    }
    password = strongPassword();
    await settings.changePassword(password);
    await settings.saved.waitFor();

    await signOut();
    await login.signIn(email, password);
    await login.open({ aal: 'aal2' });
    await login.submitTotp(await freshTotp());
    await new HomePage(person.page).welcome.waitFor();
  });

  step('revokes the session of another device', async () => {
    const other = await h.newPerson();
    const login = new LoginPage(other.page);
    await login.open();
    await login.signIn(email, password);
    await login.open({ aal: 'aal2' });
    await login.submitTotp(await freshTotp());
    await new HomePage(other.page).welcome.waitFor();

    const sessions = new SessionsPage(person.page);
    await sessions.open();
    await expect.poll(() => sessions.otherCount()).toBe(1);
    await sessions.revokeFirstOther();
    await expect.poll(() => sessions.otherCount()).toBe(0);

    // The other device is signed out.
    await other.page.reload();
    await other.page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    // This one is not.
    await new HomePage(person.page).open();
    await new HomePage(person.page).welcome.waitFor();
    expect(other.problems).toEqual([]);
  });

  step('saw no CSP violation and no uncaught error', async () => {
    expect(person.problems).toEqual([]);
  });
});
