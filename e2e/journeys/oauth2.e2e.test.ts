// OAuth2 / OpenID Connect with Hydra: a third-party app (the demo's sample client) signs a person in with the
// authorization-code flow (PKCE): Hydra → the demo's /oauth2/login (Kratos sign-in) → /oauth2/consent
// (grant, remembered) → the app's callback exchanges the code for tokens and reads /userinfo. A second
// authorization skips the consent screen.
import type { Response } from 'playwright-core';
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
    // What the consent page read from Hydra (read at once: the body is gone after the next navigation).
    const consentRequests: Promise<{ skip?: boolean }>[] = [];
    const watch = (response: Response) => {
      if (/\/admin\/oauth2\/auth\/requests\/consent\?/.test(response.url()) && response.request().method() === 'GET') {
        consentRequests.push(response.json().catch(() => ({})) as Promise<{ skip?: boolean }>);
      }
    };
    person.page.on('response', watch);
    const app = new SampleClientPage(person.page);
    await app.open();
    await app.start({ scopes: ['openid', 'email'] });

    // Hydra remembers the login: the demo offers "Continue" (skip) or accepts for the Kratos session.
    await person.page.waitForURL((url) => url.pathname !== '/oauth2/client');
    const continueButton = person.page.getByRole('main').getByRole('button', { name: /^Continue/ });
    const callback = new CallbackPage(person.page);
    const tokens = person.page.getByTestId('access-token');
    await continueButton.or(tokens).first().waitFor({ timeout: 15_000 });
    if (await continueButton.isVisible()) await continueButton.first().click();
    await callback.waitForTokens();
    person.page.off('response', watch);

    expect(await callback.grantedScope()).toBe('openid email');
    expect(consentRequests.length).toBe(1);
    expect((await consentRequests[0])?.skip).toBe(true);
    expect((await callback.idTokenClaims())['sub']).toBe(identityId);
  });

  step('saw no CSP violation and no uncaught error', async () => {
    expect(person.problems).toEqual([]);
  });
});
