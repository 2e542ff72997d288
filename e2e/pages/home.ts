import type { Locator } from 'playwright-core';
import { DemoPage } from './base.ts';

/** `/`: the session — who, at which assurance level, with which methods; sign out. */
export class HomePage extends DemoPage {
  async open() {
    await this.page.goto('/');
    await this.hydrated();
  }

  /** The session facts (a definition list labelled "Session"). */
  fact(name: string): Locator {
    return this.page.getByRole('main').locator('dl[aria-label="Session"] > div').filter({ has: this.page.getByRole('term').filter({ hasText: name }) }).getByRole('definition');
  }

  async assuranceLevel(): Promise<string> {
    return (await this.fact('Assurance level').innerText()).trim().toLowerCase();
  }

  async methods(): Promise<string> {
    return (await this.fact('Signed in with').innerText()).trim();
  }

  async traits(): Promise<Record<string, unknown>> {
    return JSON.parse(await this.page.getByLabel('Traits', { exact: true }).innerText()) as Record<string, unknown>;
  }

  get welcome(): Locator {
    return this.page.getByRole('heading', { name: /^Welcome/ });
  }

  /** Signs out with the page's button; resolves on the login page. */
  async signOut() {
    await this.page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    await this.waitForPath('/login');
  }
}
