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
    ['/login', '/self-service/login/browser'],
    ['/login?refresh=true&return_to=%2Fsettings', '/self-service/login/browser'],
    ['/registration', '/self-service/registration/browser'],
    ['/recovery', '/self-service/recovery/browser'],
  ])('one page view of %s asks for one flow: the request started before React renders is the one shown', async (path, create) => {
    const { page, problems } = await h.newPerson();
    const created: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith(create)) created.push(url);
    });
    await page.goto(path);
    await page.waitForURL(/[?&]flow=/);
    await page.waitForLoadState('networkidle');
    expect(created).toHaveLength(1);
    // The page's own options went into it (here: return_to and refresh from the page's URL).
    const asked = new URLSearchParams(path.split('?')[1]);
    if (asked.has('return_to')) expect(created[0]!.searchParams.get('return_to')).toBe(`${h.baseURL}${asked.get('return_to')}`);
    expect(created[0]!.searchParams.get('refresh')).toBe(asked.get('refresh'));
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

  it('shows a page for unknown addresses', async () => {
    const { page } = await h.newPerson();
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });
});
