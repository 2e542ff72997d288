// apps/next (Next.js App Router, Cache Components, a production build): a person's journeys with JavaScript
// on and off. Every page is rendered on the server from a flow fetched there, so with JavaScript off the forms
// in the HTML post to Kratos (through the app's /.ory proxy) and Kratos' redirects bring the next page; with
// JavaScript on the same HTML hydrates into the managed components, which submit with fetch in place.
// Runs on the emulator and, with E2E_BACKEND=real, on a Kratos + Hydra pair configured for this app.
// Every page is served under the app's strict CSP (script-src 'self' plus the request's nonce, no Kratos
// origin), and every step ends with no CSP violation.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { chromiumLaunchOptions } from '../chromium.ts';
import { kratosAdminCourier, type Courier } from '../courier.ts';
import { backend } from '../env.ts';
import { steps, strongPassword, uniqueEmail, watchCspViolations } from '../harness.ts';
import { buildNextApp, startNextApp, staticSize, type NextApp } from '../next-app.ts';
import { withoutJavaScript } from '../pages/base.ts';
import { LoginPage } from '../pages/login.ts';
import { RecoveryPage, VerificationPage, type CodeFlowPage } from '../pages/code-flow.ts';
import { RegistrationPage } from '../pages/registration.ts';
import { SettingsPage } from '../pages/settings.ts';

let app: NextApp;
let browser: Browser;
let courier: Courier;

beforeAll(async () => {
  const seconds = buildNextApp();
  console.log(`[next] ${seconds ? `next build took ${seconds.toFixed(0)} s` : 'reused the build of these sources'}; .next/static ${(staticSize() / 1024).toFixed(1)} kB`);
  app = await startNextApp(backend());
  courier = kratosAdminCourier(app.kratosAdminUrl, async () => ({}));
  browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The app's policy: scripts from this origin or with the page's nonce only; nothing inline or evaluated otherwise. */
const strictPolicy = (csp: string) =>
  /(^|;)\s*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'\s*(;|$)/.test(csp) && /(^|;)\s*style-src 'self'\s*(;|$)/.test(csp) && !/unsafe-|\*/.test(csp);

/** True once React has hydrated the page's first form (its props are attached to the DOM node). */
const hydrated = (page: Page) => page.locator('main form').first().evaluate((form) => Object.keys(form).some((key) => key.startsWith('__reactProps')));

describe.each([
  ['JavaScript on', true],
  ['JavaScript off', false],
])('apps/next with %s', (_mode, javaScriptEnabled) => {
  const journeyStep = steps();
  /** A journey step that also ends with no CSP violation and every page it loaded under the strict policy. */
  const step = (title: string, body: () => Promise<void>) =>
    journeyStep(title, async () => {
      await body();
      expect({ violations: violations.splice(0), pagesWithoutStrictPolicy: pagesWithoutStrictPolicy.splice(0) }).toEqual({ violations: [], pagesWithoutStrictPolicy: [] });
    });
  const email = uniqueEmail(javaScriptEnabled ? 'next-js' : 'next-nojs');
  const password = strongPassword();
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const violations: string[] = [];
  const pagesWithoutStrictPolicy: string[] = [];
  let pagesWithPolicy = 0;

  /** With JavaScript, waits for hydration, so what follows runs in the managed components (not a native post). */
  const ready = async () => {
    if (javaScriptEnabled) await expect.poll(() => hydrated(page), { timeout: 15_000 }).toBe(true);
  };
  const session = () => page.getByTestId('session').innerText();

  beforeAll(async () => {
    context = await browser.newContext({ baseURL: app.url, javaScriptEnabled, locale: 'en-US', timezoneId: 'UTC' });
    context.setDefaultTimeout(15_000);
    if (!javaScriptEnabled) withoutJavaScript.add(context);
    page = await watchCspViolations(context, violations);
    // Every page of the app (a document from its origin) carries the policy.
    page.on('response', (response) => {
      const request = response.request();
      if (request.resourceType() !== 'document' || !response.url().startsWith(app.url) || response.status() >= 300) return;
      if (strictPolicy(response.headers()['content-security-policy'] ?? '')) pagesWithPolicy += 1;
      else pagesWithoutStrictPolicy.push(`${response.url()}: ${response.headers()['content-security-policy'] ?? 'no policy'}`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // The server's HTML and the browser's first render must agree (React reports a mismatch on the console).
    page.on('console', (message) => {
      if (message.type() === 'error' && /hydrat/i.test(message.text())) errors.push(message.text());
    });
  });
  afterAll(() => context?.close());

  step('the server renders a real form: it posts to Kratos through the app’s proxy', async () => {
    const response = await page.request.get('/login', { maxRedirects: 5 });
    const html = await response.text();
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(strictPolicy(policy)).toBe(true);
    // Next stamps its inline scripts with the policy's nonce (and no script runs without it).
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
    expect(html).toMatch(new RegExp(`<form[^>]+action="${app.url}/\\.ory/self-service/login\\?flow=[^"]+"[^>]+method="post"`));
    expect(html).toMatch(/name="csrf_token" value="[^"]+"/);
  });

  step('registers', async () => {
    const registration = new RegistrationPage(page);
    await registration.open();
    await ready();
    await registration.signUp({ email, password, first: 'Ada', last: 'Lovelace' });
    await page.waitForURL((url) => url.pathname === '/');
    expect(await session()).toBe(`Signed in as ${email}.`);
  });

  step('signs out', async () => {
    await page.goto('/logout');
    await page.getByRole('main').getByRole('link', { name: /^Sign out$/ }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto('/');
    expect(await session()).toBe('You are not signed in.');
  });

  step('signs in', async () => {
    const login = new LoginPage(page);
    await login.open();
    await ready();
    await login.signIn(email, password);
    await page.waitForURL((url) => url.pathname === '/');
    expect(await session()).toBe(`Signed in as ${email}.`);
  });

  step('saves the profile in settings', async () => {
    const settings = new SettingsPage(page);
    await settings.open();
    await ready();
    // With JavaScript the managed component saves with fetch: the document stays the same one.
    await page.evaluate(() => ((window as { orykitMarker?: number }).orykitMarker = 1)).catch(() => undefined);
    await settings.updateName('Grace', 'Hopper');
    await expect.poll(() => settings.saved.count()).toBeGreaterThan(0);
    await expect.poll(() => settings.section(/Profile/).getByLabel(/^First name/).inputValue()).toBe('Grace');
    if (javaScriptEnabled) expect(await page.evaluate(() => (window as { orykitMarker?: number }).orykitMarker)).toBe(1);
  });

  /** Asks for a code by email, reads it from the courier and enters it. */
  const enterCodeFromEmail = async (flow: CodeFlowPage, match: RegExp) => {
    const since = Date.now() - 1_000;
    await flow.open();
    await ready();
    await flow.requestCode(email);
    const code = await courier.readCode(email, { since, match });
    await ready();
    await flow.submitCode(code);
  };

  step('verifies the address with the code from the email', async () => {
    await enterCodeFromEmail(new VerificationPage(page), /verif/i);
    // Kratos' message 1080002: the address is verified.
    await expect.poll(() => page.locator('main [data-message-id="1080002"]').count()).toBeGreaterThan(0);
  });

  step('recovers the account with the code from the email (signed out)', async () => {
    await context.clearCookies();
    await enterCodeFromEmail(new RecoveryPage(page), /recover/i);
    // Kratos signs the person in and sends them to settings to choose a new password.
    await page.waitForURL((url) => url.pathname === '/settings');
    await new SettingsPage(page).section(/password/i).getByLabel(/^Password( \*)?$/).waitFor();
  });

  const redirectUri = () => `${app.url}/callback`;
  let authorize: URL;
  let state = '';

  /** Hydra's consent screen, allowed; then Hydra sends the browser to the app's callback with a code. */
  const allowAndReturn = async () => {
    await page.waitForURL((url) => url.pathname === '/oauth2/consent');
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toMatch(/Next journey app/);
    await main.getByRole('button', { name: /^Allow/ }).click();
    await page.waitForURL((url) => url.pathname === '/callback');
    const callback = new URL(page.url());
    expect(callback.searchParams.get('state')).toBe(state);
    expect(callback.searchParams.get('code')).toMatch(/.{10,}/);
    expect(callback.searchParams.get('scope')).toBe('openid email');
  };

  step('allows an OAuth2 app (Hydra’s consent, answered on the server)', async () => {
    const created = await fetch(`${app.hydraAdminUrl}/admin/clients`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_name: 'Next journey app', redirect_uris: [redirectUri()], grant_types: ['authorization_code'], response_types: ['code'], scope: 'openid email' }),
    });
    expect(created.status).toBe(201);
    const { client_id } = (await created.json()) as { client_id: string };
    state = `state-${Math.random().toString(36).slice(2, 12)}`;
    authorize = new URL(`${app.url}/.ory/oauth2/auth`);
    for (const [name, value] of Object.entries({ client_id, response_type: 'code', scope: 'openid email', redirect_uri: redirectUri(), state })) authorize.searchParams.set(name, value);

    // Signed in already: the app's /oauth2/login accepts for the Kratos session; Hydra then asks for consent.
    await page.goto(authorize.href);
    await allowAndReturn();
  });

  step('signs in for an OAuth2 app (Kratos’ login flow carries Hydra’s challenge)', async () => {
    await context.clearCookies();
    await page.goto(authorize.href);
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.has('flow'));
    const login = new LoginPage(page);
    await login.waitForForm();
    await ready();
    // A login flow with Hydra's challenge posts natively (JavaScript or not): only then does Kratos answer Hydra.
    await login.signIn(email, password);
    await allowAndReturn();
  });

  step('an unknown error id gets a sentence, not a blank page', async () => {
    await page.goto('/error?id=00000000-0000-4000-8000-000000000000');
    const heading = page.getByRole('main').getByRole('heading', { level: 1 }).first();
    await expect.poll(() => heading.innerText()).toMatch(/\w{3,}/);
    await expect.poll(() => page.getByRole('main').getByRole('link').count()).toBeGreaterThan(0);
  });

  step('a consent challenge Hydra does not know gets a sentence, not a crash', async () => {
    const response = await page.goto('/oauth2/consent?consent_challenge=not-a-challenge');
    expect(response?.status()).toBe(200);
    // Hydra's 404, said in words (the kit's sentence for a request that is gone), with a way to start over.
    await expect.poll(() => page.getByRole('main').innerText()).toMatch(/couldn.t find what you were looking for|expired/i);
  });

  step('saw no uncaught error and no hydration mismatch, and every page under the strict policy', async () => {
    expect(errors).toEqual([]);
    expect(pagesWithPolicy).toBeGreaterThan(10);
  });
});
