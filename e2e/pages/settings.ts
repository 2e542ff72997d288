import type { Locator } from 'playwright-core';
import { DemoPage } from './base.ts';

/** `/settings`: one section (a form) per method, each titled like a person would look for it. */
export class SettingsPage extends DemoPage {
  async open() {
    await this.page.goto('/settings');
    await this.waitForForm();
  }

  async waitForForm() {
    await this.section(/Profile/).waitFor();
    await this.hydrated();
  }

  /** A section by its title (the kit renders each group as `role=group` named by its heading). */
  section(title: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('group', { name: title });
  }

  /** The "saved" message after a successful update. */
  get saved(): Locator {
    return this.page.getByRole('main').getByText(/Your changes have been saved/i);
  }

  async changePassword(password: string) {
    const section = this.section(/password/i);
    await section.getByLabel(/^Password( \*)?$/).fill(password);
    await section.getByRole('button', { name: /^Save$/ }).click();
  }

  async updateName(first: string, last: string) {
    const section = this.section(/Profile/);
    await section.getByLabel(/^First name/).fill(first);
    await section.getByLabel(/^Last name/).fill(last);
    await section.getByRole('button', { name: /^Save$/ }).click();
  }

  /** The authenticator app's secret key as the page shows it (for people who cannot scan the QR code). */
  async totpSecret(): Promise<string> {
    const section = this.section(/Authenticator app/i);
    const secret = (await section.locator('code').first().innerText()).trim();
    if (!/^[A-Z2-7 =]+$/i.test(secret)) throw new Error(`not a TOTP secret: ${secret}`);
    return secret.replace(/\s/g, '');
  }

  async enableTotp(code: string) {
    const section = this.section(/Authenticator app/i);
    await section.getByLabel(/^(Verification code|Authentication code)( \*)?$/i).fill(code);
    await section.getByRole('button', { name: /^Save$/ }).click();
  }

  /** Whether an authenticator app is linked (the section offers to remove it). */
  get totpUnlinkButton(): Locator {
    return this.section(/Authenticator app/i).getByRole('button', { name: /Remove authenticator app|Unlink|Turn off/i });
  }

  /** Creates (or shows) backup codes and returns them. */
  async revealLookupSecrets(): Promise<string[]> {
    const section = this.section(/Backup recovery codes/i);
    const list = section.getByRole('list');
    if (!(await list.isVisible())) {
      await section.getByRole('button', { name: /(Create new|Show) backup recovery codes/i }).first().click();
    }
    await list.waitFor();
    return (await list.getByRole('listitem').allInnerTexts()).map((c) => c.trim()).filter((c) => /^[a-z0-9]+$/i.test(c));
  }

  /** Saves the codes shown (Kratos keeps them only after this confirmation). */
  async confirmLookupSecrets() {
    await this.section(/Backup recovery codes/i).getByRole('button', { name: /Confirm backup recovery codes|Save/i }).click();
  }
}
