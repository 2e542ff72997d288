// What goes wrong, and how the person gets through it without losing what they typed:
// a wrong password, a flow that expired while the form was open, a missing CSRF cookie, and the network
// failing during a submit (then a retry).
import { describe, expect, it } from 'vitest';
import { strongPassword, uniqueEmail, useHarness } from '../harness.ts';
import { HomePage } from '../pages/home.ts';
import { LoginPage } from '../pages/login.ts';
import { RegistrationPage } from '../pages/registration.ts';

describe('error paths', () => {
  const h = useHarness();
  const email = uniqueEmail('errors');
  const password = strongPassword();

  /** A person with an account who is signed out, on the login page. */
  const onLoginPage = async () => {
    const person = await h.newPerson();
    const login = new LoginPage(person.page);
    await login.open();
    return { person, login };
  };

  const flowId = (url: string) => new URL(url).searchParams.get('flow');

  it('creates the account the error paths sign in to', async () => {
    const person = await h.newPerson();
    const registration = new RegistrationPage(person.page);
    await registration.open();
    await registration.signUp({ email, password });
    await new HomePage(person.page).welcome.waitFor();
    await person.context.close();
  });

  it('a wrong password: says so, keeps the identifier, and the right one then works', async () => {
    const { person, login } = await onLoginPage();
    await login.fillIdentifier(email);
    await login.fillPassword('not-the-password-at-all');
    await login.submitPassword();
    await expect.poll(() => login.errorText()).toMatch(/credentials are invalid|check for spelling mistakes|incorrect|wrong/i);
    expect(await login.field(/^Email/).inputValue()).toBe(email);
    // Focus moves to the problem and the password field is emptied (as Kratos does).
    expect(await login.field('Password').inputValue()).toBe('');

    await login.fillPassword(password);
    await login.submitPassword();
    await login.waitForPath('/');
    await new HomePage(person.page).welcome.waitFor();
    expect(person.problems).toEqual([]);
  });

  it.skipIf(h.backend !== 'emulator')('an expired flow: a new flow replaces it, what was typed stays, and signing in works', async () => {
    const { person, login } = await onLoginPage();
    const before = flowId(person.page.url());
    await login.fillIdentifier(email);
    await login.fillPassword(password);
    // The form stays open for longer than the flow's lifespan (1 h by default).
    await h.advanceClock(2 * 60 * 60 * 1000);
    await login.submitPassword();

    await expect.poll(() => login.errorText()).toMatch(/expired/i);
    await expect.poll(() => flowId(person.page.url())).not.toBe(before);
    // Said once, in words: not a second alert, not the 410 or the error id (those are in the collapsed details).
    const said = await login.errorText();
    expect(said.match(/expired/gi)).toHaveLength(1);
    expect(said).not.toMatch(/410|self_service_flow_expired|POST \//);
    expect(await login.field(/^Email/).inputValue()).toBe(email);

    if ((await login.field('Password').inputValue()) === '') await login.fillPassword(password);
    await login.submitPassword();
    await login.waitForPath('/');
    await new HomePage(person.page).welcome.waitFor();
    expect(person.problems).toEqual([]);
  });

  it('a missing CSRF cookie: the submit is refused, a fresh flow is offered, and signing in then works', async () => {
    const { person, login } = await onLoginPage();
    await login.fillIdentifier(email);
    await login.fillPassword(password);
    const cookies = await person.context.cookies();
    const csrf = cookies.filter((c) => /csrf/i.test(c.name));
    expect(csrf.length).toBeGreaterThan(0);
    await person.context.clearCookies({ name: csrf[0]!.name });
    await login.submitPassword();

    await expect.poll(() => login.errorText()).toMatch(/security|csrf|cross-site|request forgery|try again/i);
    expect(await login.errorText()).not.toMatch(/403|security_csrf_violation|POST \//);
    // Still signed out.
    expect(await person.page.getByRole('main').getByRole('heading', { name: /^Welcome/ }).count()).toBe(0);
    await login.waitForForm();
    expect(await login.field(/^Email/).inputValue()).toBe(email);

    if ((await login.field('Password').inputValue()) === '') await login.fillPassword(password);
    await login.submitPassword();
    await login.waitForPath('/');
    await new HomePage(person.page).welcome.waitFor();
    expect(person.problems).toEqual([]);
  });

  it('the network fails during the submit: what was typed survives and a retry signs in', async () => {
    const { person, login } = await onLoginPage();
    await login.fillIdentifier(email);
    await login.fillPassword(password);
    const submits = '**/.ory/kratos/public/self-service/login?flow=*';
    await person.page.route(submits, (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
    await login.submitPassword();

    await expect.poll(() => login.errorText()).toMatch(/network|connection|reach|offline/i);
    expect(await login.field(/^Email/).inputValue()).toBe(email);
    expect(await login.field('Password').inputValue()).toBe(password);

    await person.page.unroute(submits);
    await person.page.getByRole('main').getByRole('button', { name: /^(Try again|Retry)$/i }).click();
    await login.waitForPath('/');
    await new HomePage(person.page).welcome.waitFor();
    expect(person.problems).toEqual([]);
  });
});
