import { DemoPage } from './base.ts';

/** `/login`: first factor, refresh, and the second factor (TOTP, backup codes). */
export class LoginPage extends DemoPage {
  async open(query: { aal?: 'aal2'; refresh?: boolean; returnTo?: string } = {}) {
    const params = new URLSearchParams();
    if (query.aal) params.set('aal', query.aal);
    if (query.refresh) params.set('refresh', 'true');
    if (query.returnTo) params.set('return_to', query.returnTo);
    await this.page.goto(`/login${params.size ? `?${params}` : ''}`);
    await this.waitForForm();
  }

  /** Waits until Kratos' flow is rendered (a form with a submit button). */
  async waitForForm() {
    await this.page.getByRole('main').locator('form button[type=submit]').first().waitFor();
    await this.hydrated();
  }

  async fillIdentifier(identifier: string) {
    await this.field(/^(ID|E-?mail)( \*)?$/i).fill(identifier);
  }

  async fillPassword(password: string) {
    await this.field('Password').fill(password);
  }

  async submitPassword() {
    await this.button('Sign in').click();
  }

  /** Types the identifier and password and signs in; resolves when the app has left `/login`. */
  async signIn(identifier: string, password: string) {
    await this.fillIdentifier(identifier);
    await this.fillPassword(password);
    await this.submitPassword();
    await this.page.waitForURL((url) => url.pathname !== '/login');
  }

  /** The second factor with an authenticator app. */
  async submitTotp(code: string) {
    await this.field(/^(Authentication code|Verification code|TOTP)( \*)?$/i).fill(code);
    await this.button(/^(Use authenticator app|Verify|Continue|Sign in)$/i).first().click();
  }

  /** The second factor with a backup recovery code. */
  async submitLookupSecret(code: string) {
    await this.field(/^Backup recovery code( \*)?$/i).fill(code);
    await this.button(/^(Use backup recovery code|Continue|Verify)$/i).first().click();
  }
}
