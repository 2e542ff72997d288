import type { Locator } from 'playwright-core';
import { DemoPage } from './base.ts';

/** `/admin/*`: the admin console (built only on the admin hooks). */
export class AdminPage extends DemoPage {
  async openIdentities() {
    await this.page.goto('/admin/identities');
    await this.page.getByRole('heading', { name: 'Identities', level: 1 }).waitFor();
  }

  identityLink(email: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name: email, exact: true });
  }

  /** Creates an identity from traits (and a password) with the "New identity" form; ends on its page. */
  async createIdentity(traits: Record<string, unknown>, password?: string) {
    await this.button('New identity').click();
    const form = this.page.getByRole('form', { name: 'New identity' });
    await form.getByLabel('Traits (JSON)').fill(JSON.stringify(traits, null, 2));
    if (password) await form.getByLabel(/^Password/).fill(password);
    await form.getByRole('button', { name: 'Create identity' }).click();
    await this.page.waitForURL((url) => /^\/admin\/identities\/[^/]+$/.test(url.pathname));
  }

  /** On an identity's page: replaces its traits and saves. */
  async editTraits(traits: Record<string, unknown>) {
    const form = this.page.getByRole('form', { name: 'Edit identity' });
    await form.getByLabel('Traits (JSON)').fill(JSON.stringify(traits, null, 2));
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  }

  async traitsText(): Promise<string> {
    return this.page.getByRole('form', { name: 'Edit identity' }).getByLabel('Traits (JSON)').inputValue();
  }

  /** Clicks a button that asks "Yes, …?" and confirms. */
  async confirm(name: string | RegExp) {
    await this.button(name).click();
    await this.page.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: /^Yes/ }).click();
  }

  /** A value shown with a Copy button (recovery link / code, client secret). */
  secret(label: string): Locator {
    return this.page.locator('.demo-secret').filter({ hasText: label }).locator('code');
  }

  get sessionRows(): Locator {
    return this.page.getByRole('main').locator('section').filter({ has: this.page.getByRole('heading', { name: 'Sessions' }) }).getByRole('row');
  }

  async openCourier(recipient?: string) {
    await this.page.goto('/admin/courier');
    await this.page.getByRole('heading', { name: 'Courier', level: 1 }).waitFor();
    if (recipient) await this.page.getByLabel('Recipient').fill(recipient);
  }

  /** The code shown for the newest message to an address. */
  courierCode(recipient: string): Locator {
    return this.page.getByLabel(`Code for ${recipient}`).first();
  }

  async openClients() {
    await this.page.goto('/admin/clients');
    await this.page.getByRole('heading', { name: 'OAuth2 clients', level: 1 }).waitFor();
  }

  clientRow(name: string): Locator {
    return this.page.getByRole('main').getByRole('row').filter({ hasText: name });
  }

  async openKeys(set: string) {
    await this.page.goto('/admin/keys');
    const form = this.page.getByRole('form', { name: 'Key set' });
    await form.getByLabel('Key set').fill(set);
    await form.getByRole('button', { name: 'Show' }).click();
    await this.page.getByRole('heading', { name: set, level: 2 }).waitFor();
  }
}
