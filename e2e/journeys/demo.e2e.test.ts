// The demo itself: served under a strict Content-Security-Policy (preview), no WebAuthn server script (the
// kit runs the ceremony), the language and theme switchers reach the kit's components.
import { describe, expect, inject, it } from 'vitest';
import { strongPassword, uniqueEmail, useHarness } from '../harness.ts';
import { LoginPage } from '../pages/login.ts';
import { RegistrationPage } from '../pages/registration.ts';
import { SettingsPage } from '../pages/settings.ts';

describe('the demo app', () => {
  const h = useHarness();
  const preview = inject('demoMode') === 'preview';

  it.skipIf(!preview)('is served with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${h.baseURL}/login`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('loads no WebAuthn server script on the settings page: the kit runs the ceremony', async () => {
    const { page, problems } = await h.newPerson();
    const registration = new RegistrationPage(page);
    await registration.open();
    await registration.signUp({ email: uniqueEmail('webauthn'), password: strongPassword() });
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.section(/Security keys/i).waitFor();
    await settings.section(/Security keys/i).getByRole('button', { name: 'Add security key' }).waitFor();
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter((src) => src.includes('webauthn')));
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>)['__oryWebAuthnRegistration'])).toBe('undefined');
    expect(problems).toEqual([]);
  });

  it('opens a flow without showing a problem (also under React StrictMode in dev)', async () => {
    const { page, problems } = await h.newPerson();
    const login = new LoginPage(page);
    await login.open();
    await page.waitForLoadState('networkidle');
    expect(await login.errorText()).toBe('');
    expect(problems).toEqual([]);
  });

  it.each([
    ['/login', 'login'],
    ['/login?refresh=true&return_to=%2Fsettings', 'login'],
    ['/registration', 'registration'],
    ['/recovery', 'recovery'],
  ])('one page view of %s asks for one flow: the server creates it, the page hydrates with it', async (path, kind) => {
    const { page, problems } = await h.newPerson();
    const created: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith(`/self-service/${kind}/browser`)) created.push(url);
    });
    await page.goto(path);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.waitForURL(/[?&]flow=/);
    await page.waitForLoadState('networkidle');
    // The browser asked for none: the flow in the server's HTML is the one the page shows.
    expect(created).toHaveLength(0);
    const flowId = new URL(page.url()).searchParams.get('flow');
    const action = await page.getByRole('main').locator('form').first().getAttribute('action');
    expect(new URL(action ?? '', h.baseURL).searchParams.get('flow')).toBe(flowId);
    // The page's own options went into it (here: return_to and refresh from the page's URL).
    const flow = (await (await page.request.get(`/.ory/kratos/public/self-service/${kind}/flows?id=${flowId}`)).json()) as { return_to?: string; request_url: string };
    const asked = new URLSearchParams(path.split('?')[1]);
    if (asked.has('return_to')) expect(flow.return_to).toBe(`${h.baseURL}${asked.get('return_to')}`);
    expect(new URL(flow.request_url).searchParams.get('refresh')).toBe(asked.get('refresh'));
    expect(problems).toEqual([]);
  });

  it('an in-app navigation to a flow page asks for one flow: the request started before the page renders is the one shown', async () => {
    const { page, problems } = await h.newPerson();
    const login = new LoginPage(page);
    await login.open();
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    const created: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('/self-service/registration/browser')) created.push(url);
    });
    await page.getByRole('main').getByRole('link', { name: /sign up/i }).click();
    await page.waitForURL((url) => url.pathname === '/registration' && url.searchParams.has('flow'));
    await page.waitForLoadState('networkidle');
    expect(created).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('switches the language of the flows', async () => {
    const { page, problems } = await h.newPerson();
    const login = new LoginPage(page);
    await login.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('main').getByRole('button', { name: 'Anmelden', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    // The choice is remembered.
    await page.reload();
    await page.getByRole('main').getByRole('button', { name: 'Anmelden', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('in Arabic, the whole page reads right to left: chrome, flow and schema labels', async () => {
    const { page, problems } = await h.newPerson();
    const login = new LoginPage(page);
    await login.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await page.getByRole('main').getByRole('button', { name: 'تسجيل الدخول', exact: true }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('.ory-card').first().evaluate((el) => el.closest('[dir]')?.getAttribute('dir'))).toBe('rtl');
    // The demo's own header is translated too, and the identifier is named after the schema's email trait.
    await page.getByRole('navigation').getByRole('link', { name: 'الرئيسية' }).waitFor();
    await page.getByLabel('البريد الإلكتروني').waitFor();
    // Mirrored: the main navigation starts at the right of the header.
    const nav = await page.getByRole('navigation').boundingBox();
    const brand = await page.locator('.demo-brand').boundingBox();
    expect(brand!.x).toBeGreaterThan(nav!.x);
    expect(problems).toEqual([]);
  });

  it('switches to the dark theme', async () => {
    const { page, problems } = await h.newPerson({ colorScheme: 'light' });
    const login = new LoginPage(page);
    await login.open();
    const cardBackground = () => page.locator('.ory-card').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await cardBackground();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await expect.poll(cardBackground).not.toBe(light);
    expect(problems).toEqual([]);
  });

  it('fits a phone: a compact header, no sideways scrolling, a title per page, the first field focused', async () => {
    const { page } = await h.newPerson();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/login');
    const login = new LoginPage(page);
    await login.waitForForm();
    expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(100);
    expect(await page.title()).toBe('Sign in · orykit demo');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toMatch(/^(password_)?identifier$/);
    for (const path of ['/admin', '/admin/courier', '/oauth2/client']) {
      await page.goto(path);
      await page.getByRole('main').getByRole('heading').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
    expect(await page.title()).toBe('OAuth2 sample client · orykit demo');
  });

  it('shows a page for unknown addresses', async () => {
    const { page } = await h.newPerson();
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });

  it("speaks the chosen language on its own pages too: the tab's title, not-found, sessions, the sample client", async () => {
    const { page, problems } = await h.newPerson();
    const login = new LoginPage(page);
    await login.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await expect.poll(() => page.title()).toBe('Anmelden · orykit-Demo');
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Seite nicht gefunden' }).waitFor();
    expect(await page.title()).toBe('Seite nicht gefunden · orykit-Demo');
    await page.goto('/sessions');
    await page.getByText('Melden Sie sich an, um zu sehen, wo Ihr Konto angemeldet ist.').waitFor();
    await page.goto('/oauth2/client');
    await page.getByRole('heading', { name: 'Beispiel-Client', exact: true }).waitFor();
    await page.getByRole('button', { name: /Beispiel-Client registrieren|Mit orykit anmelden/ }).first().waitFor();
    expect(problems).toEqual([]);
  });
});
