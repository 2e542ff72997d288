// The README's screenshots, taken from the running demo: E2E_SCREENSHOTS=1 writes them to
// apps/demo/screenshots/ (skipped otherwise, so ordinary runs leave the tree alone).
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../harness.ts';
import { LoginPage } from '../pages/login.ts';
import { RegistrationPage } from '../pages/registration.ts';
import { SettingsPage } from '../pages/settings.ts';
import { ConsentPage, SampleClientPage } from '../pages/oauth2.ts';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../apps/demo/screenshots');
const enabled = process.env['E2E_SCREENSHOTS'] === '1';
const MAX_BYTES = 150 * 1024;

describe.skipIf(!enabled)('README screenshots', () => {
  const h = useHarness();
  // A readable address for the pictures; when an earlier run already created it, sign in instead.
  const email = 'ada@example.com';
  const password = 'Analytical-Engine-1843';

  /** Saves the page (without the moving caret, with settled fonts) and checks the file's size. */
  const shoot = async (page: Page, name: string, fullPage = false) => {
    await mkdir(dir, { recursive: true });
    await page.evaluate(() => document.fonts.ready);
    await page.mouse.move(0, 0);
    const path = join(dir, `${name}.png`);
    await page.screenshot({ path, fullPage, caret: 'hide', animations: 'disabled' });
    const { size } = await stat(path);
    expect(size, `${name}.png is ${Math.round(size / 1024)} kB`).toBeLessThan(MAX_BYTES);
  };

  const person = async (size = { width: 1024, height: 760 }) => {
    const p = await h.newPerson();
    await p.page.setViewportSize(size);
    return p;
  };

  /** Signs Ada in (the settings picture created her account). */
  const signIn = async (page: Page) => {
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(email, password);
  };

  it('login', async () => {
    const { page } = await person({ width: 1024, height: 720 });
    const login = new LoginPage(page);
    await login.open();
    await login.fillIdentifier('ada@example.com');
    await shoot(page, 'login');
  });

  it('registration with errors', async () => {
    const { page } = await person({ width: 1024, height: 880 });
    const registration = new RegistrationPage(page);
    await registration.open();
    await registration.fillEmail('ada@example.com');
    await registration.fillName('Ada', 'Lovelace');
    await registration.fillPassword('123');
    await registration.submit();
    // Kratos answers with a message on each field it refuses.
    await page.getByRole('main').locator('[aria-invalid="true"]').first().waitFor();
    await shoot(page, 'registration-errors');
  });

  it('settings', async () => {
    const { page } = await person({ width: 1024, height: 760 });
    const registration = new RegistrationPage(page);
    await registration.open();
    await registration.fillEmail(email);
    await registration.fillName('Ada', 'Lovelace');
    await registration.fillPassword(password);
    await registration.submit();
    await page.waitForURL((url) => url.pathname !== '/registration', { timeout: 5_000 }).catch(async () => {
      const login = new LoginPage(page);
      await login.open();
      await login.signIn(email, password);
    });
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.section(/Authenticator app/i).locator('img').first().waitFor();
    await shoot(page, 'settings', true);
  });

  it('settings, asking before backup codes are turned off', async () => {
    const { page } = await person({ width: 1024, height: 760 });
    await signIn(page);
    const settings = new SettingsPage(page);
    await settings.open();
    const codes = settings.section(/Backup recovery codes/i);
    const turnOff = codes.getByRole('button', { name: /Turn off this method/ });
    if (!(await turnOff.isVisible())) {
      await settings.revealLookupSecrets();
      await settings.confirmLookupSecrets();
      await turnOff.waitFor();
    }
    await turnOff.scrollIntoViewIfNeeded();
    await turnOff.click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await shoot(page, 'settings-confirm');
    // Backup codes off again: the next pictures sign in with the password alone.
    await dialog.getByRole('button', { name: 'Turn off' }).click();
    await codes.getByRole('button', { name: /Create new backup recovery codes/ }).waitFor();
  });

  it('sessions, dark', async () => {
    await signIn((await person()).page);
    const { page } = await person({ width: 1024, height: 640 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await signIn(page);
    await page.goto('/sessions');
    await page.getByRole('main').getByRole('button', { name: 'Sign out all other sessions' }).waitFor();
    await shoot(page, 'sessions-dark');
  });

  it('consent', async () => {
    const { page } = await person({ width: 1024, height: 900 });
    await signIn(page);
    const app = new SampleClientPage(page);
    await app.open();
    await app.ensureRegistered();
    await app.start({ scopes: ['openid', 'offline_access', 'email', 'profile'] });
    const consent = new ConsentPage(page);
    // The demo's login page offers to continue with the Kratos session.
    await page.waitForURL((url) => url.pathname === '/oauth2/login');
    await page.getByRole('main').getByRole('button', { name: /^Continue/ }).click();
    await consent.waitForRequest();
    await shoot(page, 'consent', true);
  });

  it('login, dark', async () => {
    const { page } = await person({ width: 1024, height: 720 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const login = new LoginPage(page);
    await login.open();
    await shoot(page, 'login-dark');
  });

  it('login in Arabic (right to left)', async () => {
    const { page } = await person({ width: 1024, height: 720 });
    const login = new LoginPage(page);
    await login.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await page.getByRole('main').getByRole('button', { name: 'تسجيل الدخول', exact: true }).waitFor();
    await shoot(page, 'login-ar');
  });
});
