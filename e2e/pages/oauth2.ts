import type { Locator } from 'playwright-core';
import { DemoPage } from './base.ts';

/** `/oauth2/client`: the sample app that signs people in with Hydra. */
export class SampleClientPage extends DemoPage {
  async open() {
    await this.page.goto('/oauth2/client');
    await this.heading.waitFor();
  }

  /** Registers the client with Hydra unless this browser already did. */
  async ensureRegistered() {
    const register = this.page.getByRole('button', { name: /Register the sample client/ });
    const start = this.page.getByRole('button', { name: /Sign in with orykit/ });
    await register.or(start).first().waitFor();
    if (await register.isVisible()) await register.click();
    await start.waitFor();
  }

  async clientId(): Promise<string> {
    return (await this.page.getByTestId('client-id').innerText()).trim();
  }

  /** Starts the authorization-code flow (the browser goes to Hydra). */
  async start(options: { scopes?: string[]; prompt?: 'login' | 'consent' } = {}) {
    if (options.scopes) {
      for (const scope of ['openid', 'offline_access', 'email', 'profile']) {
        await this.page.getByRole('checkbox', { name: scope }).setChecked(options.scopes.includes(scope));
      }
    }
    if (options.prompt) await this.page.getByLabel('Prompt').selectOption(options.prompt);
    await this.page.getByRole('button', { name: /Sign in with orykit/ }).click();
  }
}

const ALLOW = /^(Allow|Accept|Allow access)$/i;

/** `/oauth2/login` and `/oauth2/consent`: the pages Hydra sends the browser to. */
export class ConsentPage extends DemoPage {
  async waitForRequest() {
    await this.page.waitForURL((url) => url.pathname === '/oauth2/consent');
    await this.allowButton.waitFor();
  }

  get allowButton(): Locator {
    return this.button(ALLOW);
  }

  /** "Allow access" as a person can press it (not while the page is already answering Hydra). */
  get pressableAllowButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: ALLOW, disabled: false });
  }

  get denyButton(): Locator {
    return this.button(/^(Deny|Reject|Deny access)$/i);
  }

  /** The scopes offered, as checkboxes. */
  scope(name: string): Locator {
    return this.page.getByRole('main').getByRole('checkbox', { name: new RegExp(name, 'i') });
  }

  async allow(options: { remember?: boolean } = {}) {
    if (options.remember !== undefined) await this.page.getByRole('checkbox', { name: /Remember/i }).setChecked(options.remember);
    await this.allowButton.click();
  }
}

/** `/oauth2/callback`: the sample app after Hydra sent the browser back. */
export class CallbackPage extends DemoPage {
  async waitForTokens() {
    await this.page.waitForURL((url) => url.pathname === '/oauth2/callback');
    await this.page.getByTestId('access-token').waitFor({ timeout: 15_000 });
  }

  async accessToken(): Promise<string> {
    return (await this.page.getByTestId('access-token').innerText()).trim();
  }

  async grantedScope(): Promise<string> {
    return (await this.page.getByTestId('granted-scope').innerText()).trim();
  }

  async idTokenClaims(): Promise<Record<string, unknown>> {
    return JSON.parse(await this.page.getByLabel('ID token claims').innerText()) as Record<string, unknown>;
  }

  async userinfo(): Promise<Record<string, unknown>> {
    const box = this.page.getByLabel('Userinfo');
    await box.filter({ hasText: '"sub"' }).waitFor();
    return JSON.parse(await box.innerText()) as Record<string, unknown>;
  }
}
