// The demo with JavaScript off: every page comes from the server (React Router renders it from a flow it
// fetched there), every form posts to Kratos through the demo's origin, and Kratos' redirects bring the
// person back to a page rendered again on the server. Sign up → verify by emailed code → sign out → sign in
// → save the profile and a new password → recover by emailed code → sign in with the new password; and a
// self-service error page.
// Then, with JavaScript on, the same server-rendered form hydrates into the managed component.
import { describe, expect } from 'vitest';
import { steps, strongPassword, uniqueEmail, useHarness, type Person } from '../harness.ts';
import { RecoveryPage, VerificationPage } from '../pages/code-flow.ts';
import { HomePage } from '../pages/home.ts';
import { LoginPage } from '../pages/login.ts';
import { RegistrationPage } from '../pages/registration.ts';
import { SettingsPage } from '../pages/settings.ts';

describe('the demo with JavaScript off', () => {
  const h = useHarness();
  const step = steps(h);
  const email = uniqueEmail('nojs');
  let password = strongPassword();
  let person: Person;

  /** The page is the server's HTML: no script ran (the root marks a hydrated page). */
  const serverRendered = async () => expect(await person.page.locator('html[data-hydrated]').count()).toBe(0);

  /** Signs out from the header: its link opens the logout page, whose link is Kratos' logout URL; ends on `/login`. */
  const signOut = async () => {
    await person.page.goto('/');
    await person.page.getByRole('banner').getByRole('link', { name: 'Sign out' }).click();
    await person.page.waitForURL((url) => url.pathname === '/logout');
    await person.page.getByRole('main').getByRole('link', { name: /^Sign out$/ }).click();
    await new LoginPage(person.page).waitForPath('/login');
  };

  /** Signs out, then in with the current password; ends on the home page, rendered on the server. */
  const signInAgain = async () => {
    await signOut();
    const login = new LoginPage(person.page);
    await login.waitForForm();
    await login.signIn(email, password);
    await new HomePage(person.page).welcome.waitFor();
    await serverRendered();
  };

  step('the sign-up page is a real form that posts to Kratos on this origin', async () => {
    person = await h.newPerson({ javaScript: false });
    const registration = new RegistrationPage(person.page);
    await registration.open();
    await serverRendered();
    // The tab is named by the server's HTML, not by a script.
    expect(await person.page.title()).toBe('Create an account · orykit demo');
    const form = person.page.getByRole('main').locator('form').first();
    expect(await form.getAttribute('method')).toBe('post');
    expect(await form.getAttribute('action')).toMatch(new RegExp(`^${h.baseURL}/\\.ory/kratos/public/self-service/registration\\?flow=`));
    // The CSRF token is in the form, its cookie in the browser.
    expect(await form.locator('input[name=csrf_token]').getAttribute('value')).toBeTruthy();
    expect((await person.context.cookies()).some((c) => /csrf/i.test(c.name))).toBe(true);
  });

  step('signs up: Kratos redirects to the home page, which shows the session', async () => {
    await new RegistrationPage(person.page).signUp({ email, password, first: 'Grace', last: 'Hopper' });
    const home = new HomePage(person.page);
    await home.welcome.waitFor();
    expect(await home.welcome.innerText()).toContain('Grace');
    await serverRendered();
  });

  step('verifies the address with the code from the courier', async () => {
    const since = Date.now() - 60_000;
    const verification = new VerificationPage(person.page);
    await verification.open();
    await verification.requestCode(email);
    const code = await h.courier.readCode(email, { since, match: /verif/i });
    await verification.submitCode(code);
    await person.page.getByText(/has been verified/i).waitFor();
    await serverRendered();
  });

  step('signs out with the logout link, and signs in again', signInAgain);

  step('a wrong password: Kratos answers on the same flow, the identifier stays', async () => {
    await signOut();
    const login = new LoginPage(person.page);
    await login.waitForForm();
    await login.fillIdentifier(email);
    await login.fillPassword('not-the-password-at-all');
    await login.submitPassword();
    await expect.poll(() => login.errorText()).toMatch(/credentials are invalid|check for spelling mistakes|incorrect|wrong/i);
    expect(await login.field(/^Email/).inputValue()).toBe(email);
    await login.signIn(email, password);
    await new HomePage(person.page).welcome.waitFor();
  });

  step('saves the profile, then a new password, in the settings', async () => {
    const settings = new SettingsPage(person.page);
    await settings.open();
    await serverRendered();
    await settings.updateName('Grace', 'Brewster');
    await settings.saved.waitFor();
    expect(await settings.section(/Profile/).getByLabel(/^Last name/).inputValue()).toBe('Brewster');

    password = strongPassword();
    await settings.changePassword(password);
    await settings.saved.waitFor();

    await signInAgain();
    expect(await new HomePage(person.page).welcome.innerText()).toContain('Grace');
  });

  step('recovers the account with the emailed code and sets a new password', async () => {
    await signOut();
    await new RecoveryPage(person.page).recoverWith(h.courier, email);

    // Kratos signs the person in and sends them to the settings flow it made for the new password.
    const settings = new SettingsPage(person.page);
    await settings.waitForPath('/settings');
    await settings.waitForForm();
    password = strongPassword();
    await settings.changePassword(password);
    await settings.saved.waitFor();

    await signInAgain();
    expect(person.problems).toEqual([]);
  });

  step('shows a self-service error Kratos sends the browser to, read on the server', async () => {
    await person.page.goto('/error?id=stub:500');
    await person.page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    // Kratos' reason is in the card's technical details: the error was there when the HTML was made.
    expect(await person.page.getByRole('main').getByText('This is a stub error.').count()).toBeGreaterThan(0);
    expect(await person.page.getByRole('main').getByText(/Loading/).count()).toBe(0);
    await serverRendered();
  });

  step('with JavaScript on, the server-rendered form hydrates: no second flow, and the submit goes by fetch', async () => {
    const on = await h.newPerson();
    const flows: string[] = [];
    on.page.on('request', (request) => {
      if (/\/self-service\/login\/browser/.test(request.url())) flows.push(request.url());
    });
    const login = new LoginPage(on.page);
    await login.open();
    await on.page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    // The flow the server created is the one in the address bar (the hook adopted it, no request of its own).
    const action = await on.page.getByRole('main').locator('form').first().getAttribute('action');
    const flow = new URL(action ?? '', h.baseURL).searchParams.get('flow');
    await expect.poll(() => new URL(on.page.url()).searchParams.get('flow')).toBe(flow);
    expect(flows).toEqual([]);

    const submits: string[] = [];
    on.page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/self-service/login')) submits.push(request.resourceType());
    });
    await login.signIn(email, password);
    await new HomePage(on.page).welcome.waitFor();
    expect(submits).toEqual(['fetch']);
    expect(on.problems).toEqual([]);
  });
});
