// The demo's OAuth2 pages with JavaScript off: Hydra's login, consent and logout requests are read and
// answered on the server (route loaders and form actions), so a person without JavaScript signs in to a
// third-party app, grants it scopes and signs out of it. The app is played by this test: it registers a client
// through the demo's guarded admin prefix, builds Hydra's authorization URL and exchanges the code itself.
import { describe, expect } from 'vitest';
import { steps, strongPassword, uniqueEmail, useHarness, type Person } from '../harness.ts';
import { ConsentPage } from '../pages/oauth2.ts';
import { LoginPage } from '../pages/login.ts';
import { RegistrationPage } from '../pages/registration.ts';

interface Client {
  client_id: string;
  client_secret: string;
}

describe('OAuth2 with JavaScript off', () => {
  const h = useHarness();
  const step = steps(h);
  const email = uniqueEmail('oauth2-nojs');
  const password = strongPassword();
  const callback = `${h.baseURL}/oauth2/callback`;
  const afterLogout = `${h.baseURL}/oauth2/client`;
  let person: Person;
  let client: Client;
  let identityId = '';
  let idToken = '';

  /** A call to Hydra's admin API through the demo's guarded prefix, with the run's secret (loopback only). */
  const hydraAdmin = async (path: string, init: RequestInit = {}) => {
    const { token } = (await (await fetch(`${h.baseURL}/.orykit/admin-token`)).json()) as { token: string };
    return fetch(`${h.baseURL}/.ory/hydra/admin${path}`, { ...init, headers: { 'Content-Type': 'application/json', 'x-orykit-admin-token': token, ...init.headers } });
  };

  /** Hydra's authorization URL, as the app would send the browser there. */
  const authorize = (scope: string, state: string) => {
    const url = new URL(`${h.baseURL}/.ory/hydra/public/oauth2/auth`);
    for (const [name, value] of Object.entries({ client_id: client.client_id, response_type: 'code', redirect_uri: callback, scope, state })) url.searchParams.set(name, value);
    return url.href;
  };

  /** The page is the server's HTML: no script ran. */
  const serverRendered = async () => expect(await person.page.locator('html[data-hydrated]').count()).toBe(0);

  /** Where Hydra sent the browser back to the app: the callback's query. */
  const callbackQuery = async () => {
    await person.page.waitForURL((url) => url.pathname === '/oauth2/callback', { timeout: 15_000 });
    return new URL(person.page.url()).searchParams;
  };

  step('a person with an account, signed out, and an app registered with Hydra', async () => {
    person = await h.newPerson({ javaScript: false });
    await new RegistrationPage(person.page).open();
    await new RegistrationPage(person.page).signUp({ email, password, first: 'Grace', last: 'Hopper' });
    await person.page.waitForURL((url) => url.pathname === '/');
    const whoami = await person.page.request.get('/.ory/kratos/public/sessions/whoami', { headers: { Accept: 'application/json' } });
    identityId = ((await whoami.json()) as { identity: { id: string } }).identity.id;
    await person.context.clearCookies();

    const created = await hydraAdmin('/admin/clients', {
      method: 'POST',
      body: JSON.stringify({
        client_name: 'No-script app',
        redirect_uris: [callback],
        post_logout_redirect_uris: [afterLogout],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        scope: 'openid email profile',
        token_endpoint_auth_method: 'client_secret_basic',
      }),
    });
    expect(created.status).toBe(201);
    client = (await created.json()) as Client;
  });

  step('signs in on the app’s login page: the Kratos form in the card carries Hydra’s challenge', async () => {
    await person.page.goto(authorize('openid email profile', 'state-signin-1'));
    await person.page.waitForURL((url) => url.pathname === '/oauth2/login');
    await serverRendered();
    await expect.poll(() => person.page.getByRole('main').innerText()).toMatch(/No-script app/);
    const login = new LoginPage(person.page);
    await login.waitForForm();
    await login.signIn(email, password);
  });

  step('grants the scopes it leaves ticked; openid stays required; the app gets a code', async () => {
    const consent = new ConsentPage(person.page);
    await consent.waitForRequest();
    await serverRendered();
    expect(await person.page.getByRole('main').innerText()).toContain(`Signed in as ${email}`);
    expect(await consent.scope('openid').isDisabled()).toBe(true);
    expect(await consent.scope('openid').isChecked()).toBe(true);
    await consent.scope('profile').setChecked(false);
    await consent.allow({ remember: false });

    const query = await callbackQuery();
    expect(query.get('state')).toBe('state-signin-1');
    expect(query.get('scope')).toBe('openid email');
    const code = query.get('code') ?? '';
    expect(code).toMatch(/.{10,}/);

    // The app exchanges the code: the ID token names the person, with the claims the granted scopes allow.
    const token = await fetch(`${h.baseURL}/.ory/hydra/public/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${btoa(`${encodeURIComponent(client.client_id)}:${encodeURIComponent(client.client_secret)}`)}` },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: callback }),
    });
    expect(token.status).toBe(200);
    idToken = ((await token.json()) as { id_token: string }).id_token;
    const claims = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(claims['sub']).toBe(identityId);
    expect(claims['email']).toBe(email);
    expect(claims['name']).toBeUndefined();
  });

  step('signed in already: the login is answered for the session; denying the consent tells the app', async () => {
    await person.page.goto(authorize('openid email', 'state-deny-2'));
    await person.page.waitForURL((url) => url.pathname === '/oauth2/consent' || url.pathname === '/oauth2/login');
    // Hydra remembers the login (skip, answered by the server at once), or the card offers "Continue".
    if (new URL(person.page.url()).pathname === '/oauth2/login') await person.page.getByRole('main').getByRole('button', { name: /^Continue/ }).click();
    const consent = new ConsentPage(person.page);
    await consent.waitForRequest();
    await consent.denyButton.click();
    const query = await callbackQuery();
    expect(query.get('error')).toBe('access_denied');
    expect(query.get('state')).toBe('state-deny-2');
  });

  step('signing out of the app through Hydra’s logout ends the demo’s own session too', async () => {
    const logout = new URL(`${h.baseURL}/.ory/hydra/public/oauth2/sessions/logout`);
    logout.search = new URLSearchParams({ id_token_hint: idToken, post_logout_redirect_uri: afterLogout, state: 'state-logout-3' }).toString();
    await person.page.goto(logout.href);
    await person.page.waitForURL((url) => url.pathname === '/oauth2/logout');
    await serverRendered();
    await person.page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    await person.page.waitForURL((url) => url.pathname === '/oauth2/client', { timeout: 15_000 });
    expect(new URL(person.page.url()).searchParams.get('state')).toBe('state-logout-3');
    const whoami = await person.page.request.get('/.ory/kratos/public/sessions/whoami', { headers: { Accept: 'application/json' } });
    expect(whoami.status()).toBe(401);
  });

  step('a consent form posted from another site is refused', async () => {
    const form = { consent_challenge: 'x', consent_action: 'accept' };
    // A foreign Origin: React Router refuses the action itself (400); a cross-site post the route's own check (403).
    const foreign = await person.page.request.post('/oauth2/consent', { headers: { Origin: 'https://evil.example' }, form });
    expect(foreign.status()).toBe(400);
    const crossSite = await person.page.request.post('/oauth2/consent', { headers: { 'Sec-Fetch-Site': 'cross-site' }, form });
    expect(crossSite.status()).toBe(403);
  });

  step('saw no CSP violation and no uncaught error', async () => {
    expect(person.problems).toEqual([]);
  });
});
