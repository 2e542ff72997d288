import type { BrowserContext, Locator, Page } from 'playwright-core';

/** Browser contexts with JavaScript off (`newPerson({ javaScript: false })`): their pages are never hydrated. */
export const withoutJavaScript = new WeakSet<BrowserContext>();

/** What every page of the demo has: a heading, the kit's flow card with its alerts, the header. */
export class DemoPage {
  constructor(readonly page: Page) {}

  /** The page's main heading (a flow card's title). */
  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 }).first();
  }

  /** Everything announced as an error in the main area (flow problems, field and form messages). */
  get alerts(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  /** The text of every error shown in the main area, joined. */
  async errorText(): Promise<string> {
    return (await this.alerts.allInnerTexts()).join('\n').trim();
  }

  /** Status messages (success, "we sent you an email"). */
  get statuses(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  /**
   * Waits until React has hydrated the server's HTML: before that a click submits the form natively and the
   * header's controls do nothing. At once in a context without JavaScript.
   */
  async hydrated() {
    if (withoutJavaScript.has(this.page.context())) return;
    await this.page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  }

  async path(): Promise<string> {
    return new URL(this.page.url()).pathname;
  }

  /** Waits until the browser shows an in-app path (e.g. after a flow completed). */
  async waitForPath(path: string | RegExp, timeout = 15_000) {
    await this.page.waitForURL((url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname + url.search)), { timeout });
  }

  /** A form field by its visible label (the kit marks required fields with an aria-hidden " *"). */
  field(label: string | RegExp): Locator {
    return this.page.getByRole('main').getByLabel(typeof label === 'string' ? new RegExp(`^${escape(label)}( \\*)?$`) : label);
  }

  /** The messages tied to a field (`aria-describedby`), e.g. "The password must be at least 8 characters long". */
  async fieldMessage(label: string | RegExp): Promise<string> {
    return this.field(label).evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .filter(Boolean)
        .join('\n'),
    );
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name: typeof name === 'string' ? new RegExp(`^${escape(name)}$`) : name });
  }
}

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
