// A hostile `?return_to=` (a script URL, another site) never runs and never takes the person off the app,
// signed in or signed out; and the demo server's host redirect never names another host.
import { request } from 'node:http';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { steps, strongPassword, uniqueEmail, useHarness, type Person } from '../harness.ts';
import { HomePage } from '../pages/home.ts';
import { LoginPage } from '../pages/login.ts';
import { RegistrationPage } from '../pages/registration.ts';

const HOSTILE = ['javascript:alert(document.domain)', 'https://evil.example/x'];

describe('hostile return_to', () => {
  const h = useHarness();
  const step = steps(h);
  const email = uniqueEmail('return-to');
  const password = strongPassword();
  const origin = new URL(h.baseURL).origin;
  let signedIn: Person;

  /** Records every dialog (and dismisses it) and every request that leaves the app's origin. */
  function watch(page: Page) {
    const dialogs: string[] = [];
    const offOrigin: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.origin !== origin) offOrigin.push(req.url());
    });
    return { dialogs, offOrigin };
  }

  /** The person is on the app's home page, on the app's origin, and stays there. */
  async function staysHome(page: Page) {
    await new HomePage(page).welcome.waitFor();
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).origin).toBe(origin);
    expect(new URL(page.url()).pathname).toBe('/');
  }

  step('signs up (and so is signed in)', async () => {
    signedIn = await h.newPerson();
    const registration = new RegistrationPage(signedIn.page);
    await registration.open();
    await registration.signUp({ email, password });
    await new HomePage(signedIn.page).welcome.waitFor();
  });

  for (const returnTo of HOSTILE) {
    for (const path of ['/login', '/registration']) {
      step(`signed in, ${path}?return_to=${returnTo}: goes home on the app's origin, no dialog`, async () => {
        const page = await signedIn.context.newPage();
        const seen = watch(page);
        await page.goto(`${path}?return_to=${encodeURIComponent(returnTo)}`);
        await staysHome(page);
        expect(seen.dialogs).toEqual([]);
        expect(seen.offOrigin).toEqual([]);
        await page.close();
      });
    }

    step(`signed out, /login?return_to=${returnTo}: signing in goes home on the app's origin, no dialog`, async () => {
      const person = await h.newPerson();
      const seen = watch(person.page);
      const login = new LoginPage(person.page);
      await login.open({ returnTo });
      await login.signIn(email, password);
      await staysHome(person.page);
      expect(seen.dialogs).toEqual([]);
      expect(seen.offOrigin).toEqual([]);
      expect(person.problems).toEqual([]);
      await person.context.close();
    });
  }

  it('no CSP violation or page error on the signed-in pages', () => {
    expect(signedIn.problems).toEqual([]);
  });
});

describe("the demo server's host redirect", () => {
  const h = useHarness();

  // The canonicalising middleware runs in front of the embedded emulator only.
  it.skipIf(h.backend !== 'emulator')('GET //evil.example/x under another host name stays on the canonical origin', async () => {
    const base = new URL(h.baseURL);
    const otherHost = `${base.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${base.port}`;
    const get = (path: string) =>
      new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
        const req = request({ host: base.hostname, port: base.port, path, headers: { host: otherHost, accept: 'text/html' } }, (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, location: res.headers.location });
        });
        req.on('error', reject);
        req.end();
      });
    for (const [path, expected] of [
      ['//evil.example/x', '/evil.example/x'],
      ['/\\evil.example/x', '/evil.example/x'],
      ['///evil.example/x?y=1', '/evil.example/x?y=1'],
      ['/a/../login?return_to=x', '/login?return_to=x'],
    ] as const) {
      const { status, location } = await get(path);
      expect(status).toBe(302);
      expect(location).toBe(`${base.origin}${expected}`);
    }
  });
});
