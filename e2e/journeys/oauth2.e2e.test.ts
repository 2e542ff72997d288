// OAuth2 / OpenID Connect with Hydra: a third-party app (the demo's sample client) signs a person in with the
// authorization-code flow (PKCE): Hydra → the demo's /oauth2/login (Kratos sign-in) → /oauth2/consent
// (grant, remembered) → the app's callback exchanges the code for tokens and reads /userinfo. A second
// authorization skips the consent screen.
import { describe, expect } from 'vitest';
import { steps, strongPassword, uniqueEmail, useHarness, type Person } from '../harness.ts';
import { LoginPage } from '../pages/login.ts';
import { RegistrationPage } from '../pages/registration.ts';
import { CallbackPage, ConsentPage, SampleClientPage } from '../pages/oauth2.ts';

describe('OAuth2 authorization-code journey', () => {
  const h = useHarness();
  const step = steps(h);
  const email = uniqueEmail('oauth2');
  const password = strongPassword();
  let person: Person;
  let identityId = '';

  step('a person with an account, signed out', async () => {
    person = await h.newPerson();
    const registration = new RegistrationPage(person.page);
    await registration.open();
    await registration.signUp({ email, password, first: 'Grace', last: 'Hopper' });
    identityId = await person.page.evaluate(async () => {
      const response = await fetch('/.ory/kratos/public/sessions/whoami', { headers: { Accept: 'application/json' } });
      return ((await response.json()) as { identity: { id: string } }).identity.id;
    });
    await person.context.clearCookies();
  });

  step('the app starts the flow; the person signs in and grants the scopes (remembered)', async () => {
    const app = new SampleClientPage(person.page);
    await app.open();
    await app.ensureRegistered();
    await app.start({ scopes: ['openid', 'offline_access', 'email', 'profile'] });

    // Hydra sends the browser to the demo's login page, which embeds the Kratos sign-in.
    await person.page.waitForURL((url) => url.pathname === '/oauth2/login');
    const login = new LoginPage(person.page);
    await login.waitForForm();
    await login.signIn(email, password);

    const consent = new ConsentPage(person.page);
    await consent.waitForRequest();
    await expect.poll(() => consent.page.getByRole('main').innerText()).toMatch(/orykit sample app/);
    await consent.allow({ remember: true });

    const callback = new CallbackPage(person.page);
    await callback.waitForTokens();
    expect(await callback.grantedScope()).toBe('openid offline_access email profile');
    const claims = await callback.idTokenClaims();
    expect(claims['sub']).toBe(identityId);
    expect(claims['email']).toBe(email);
    const userinfo = await callback.userinfo();
    expect(userinfo['sub']).toBe(identityId);
  });

  step('a second authorization skips the consent screen', async () => {
    const app = new SampleClientPage(person.page);
    const consent = new ConsentPage(person.page);
    const callback = new CallbackPage(person.page);
    const tokens = person.page.getByTestId('access-token');

    // The worst order for the consent page: the session check (for the ID token claims) answers after
    // Hydra's consent request. Hold it until the consent screen is up, and note whether that screen asks.
    // (The hold ends after the default timeout when the page shows neither, e.g. a bare "Redirecting…".)
    let askedWhileSessionLoads = false;
    const whoami = /\/sessions\/whoami(\?|$)/;
    await person.page.route(whoami, async (route) => {
      if ((await consent.path()) === '/oauth2/consent') {
        await consent.allowButton.or(tokens).first().waitFor().catch(() => undefined);
        // The page may be gone by now (the test moved on): a held request then just ends.
        askedWhileSessionLoads ||= await consent.pressableAllowButton.isVisible().catch(() => false);
      }
      await route.continue().catch(() => undefined);
    });

    await app.open();
    await app.start({ scopes: ['openid', 'email'] });

    // Hydra remembers the login: the demo offers "Continue" (skip) or accepts for the Kratos session.
    await person.page.waitForURL((url) => url.pathname !== '/oauth2/client');
    const continueButton = person.page.getByRole('main').getByRole('button', { name: /^Continue/ });
    await continueButton.or(tokens).first().waitFor({ timeout: 15_000 });
    if (await continueButton.isVisible()) await continueButton.first().click();

    // Hydra remembers the consent too: nobody is asked to allow access again, the app just gets its tokens.
    await consent.pressableAllowButton.or(tokens).first().waitFor({ timeout: 15_000 });
    expect(await consent.pressableAllowButton.isVisible(), 'the consent screen asked again').toBe(false);
    await callback.waitForTokens();
    await person.page.unroute(whoami);
    expect(askedWhileSessionLoads, 'the consent screen asked while the session loaded').toBe(false);

    expect(await callback.grantedScope()).toBe('openid email');
    expect((await callback.idTokenClaims())['sub']).toBe(identityId);
  });

  step('the consent named the person by email and kept openid required (seen on the first grant)', async () => {
    // Checked here on a fresh authorization with prompt=consent, so the remembered grant does not skip it.
    const app = new SampleClientPage(person.page);
    await app.open();
    await app.start({ scopes: ['openid', 'email'], prompt: 'consent' });
    const consent = new ConsentPage(person.page);
    await consent.waitForRequest();
    const main = await consent.page.getByRole('main').innerText();
    expect(main).toContain(`Signed in as ${email}`);
    expect(main).not.toContain(identityId);
    expect(await consent.scope('openid').isDisabled()).toBe(true);
    expect(await consent.scope('openid').isChecked()).toBe(true);
    await consent.allow({ remember: false });
    await new CallbackPage(person.page).waitForTokens();
  });

  step("signing out of the app through Hydra's logout ends the demo's own session too", async () => {
    const app = new SampleClientPage(person.page);
    await app.open();
    await person.page.getByRole('link', { name: 'Sign out of the sample client' }).click();
    await person.page.waitForURL((url) => url.pathname === '/oauth2/logout');
    await person.page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    await person.page.waitForURL((url) => url.pathname !== '/oauth2/logout', { timeout: 15_000 });
    const status = await person.page.evaluate(async () => (await fetch('/.ory/kratos/public/sessions/whoami', { headers: { Accept: 'application/json' } })).status);
    expect(status).toBe(401);
  });

  step('saw no CSP violation and no uncaught error', async () => {
    expect(person.problems).toEqual([]);
  });
});
