import type { Locator } from 'playwright-core';
import { DemoPage } from './base.ts';

/** `/sessions`: this device and the others; sign one out, or all the others. */
export class SessionsPage extends DemoPage {
  async open() {
    await this.page.goto('/sessions');
    await this.current.getByRole('listitem').first().waitFor();
  }

  /** The "Current session" region. */
  get current(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: /Current session/i });
  }

  /** One "Sign out this session" button per other device. */
  get otherSignOutButtons(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: /Sign out this session|Revoke/i });
  }

  async otherCount(): Promise<number> {
    return this.otherSignOutButtons.count();
  }

  async revokeFirstOther() {
    await this.otherSignOutButtons.first().click();
    await this.confirm(/^Sign out$/);
  }

  async revokeOthers() {
    await this.page.getByRole('main').getByRole('button', { name: /(Sign out|Revoke) all other/i }).click();
    await this.confirm(/^Sign out others$/);
  }

  /** Answers the "Sign out …?" dialog with yes. */
  async confirm(yes: RegExp) {
    await this.page.getByRole('alertdialog').getByRole('button', { name: yes }).click();
  }
}
