import type { Courier } from '../courier.ts';
import { DemoPage } from './base.ts';

/** The two steps Kratos v0.11's `code` method shares between recovery and verification: address, then code. */
export class CodeFlowPage extends DemoPage {
  constructor(
    page: DemoPage['page'],
    readonly route: '/recovery' | '/verification',
  ) {
    super(page);
  }

  async open() {
    await this.page.goto(this.route);
    await this.page.getByRole('main').locator('form button[type=submit]').first().waitFor();
    await this.hydrated();
  }

  /** Step 1: the address to send a code to. */
  async requestCode(email: string) {
    await this.field(/^E-?mail( \*)?$/i).fill(email);
    await this.button(/^(Submit|Send code|Continue)$/i).first().click();
    await this.codeField.waitFor();
  }

  get codeField() {
    return this.field(/^(Verification code|Recovery code|Code)( \*)?$/i);
  }

  /** Step 2: the code from the email. */
  async submitCode(code: string) {
    await this.codeField.fill(code);
    await this.button(/^(Submit|Verify|Continue)$/i).first().click();
  }
}

export class VerificationPage extends CodeFlowPage {
  constructor(page: DemoPage['page']) {
    super(page, '/verification');
  }
}

export class RecoveryPage extends CodeFlowPage {
  constructor(page: DemoPage['page']) {
    super(page, '/recovery');
  }

  /** Opens recovery, asks for a code for `email` and submits the one the courier delivered. */
  async recoverWith(courier: Pick<Courier, 'readCode'>, email: string) {
    const since = Date.now() - 1_000;
    await this.open();
    await this.requestCode(email);
    await this.submitCode(await courier.readCode(email, { since, match: /recover/i }));
  }
}
