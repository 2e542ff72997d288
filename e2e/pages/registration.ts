import { DemoPage } from './base.ts';

/** `/registration`: create an account with email and password. */
export class RegistrationPage extends DemoPage {
  async open() {
    await this.page.goto('/registration');
    await this.page.getByRole('main').locator('form button[type=submit]').first().waitFor();
    await this.hydrated();
  }

  async fillEmail(email: string) {
    await this.field(/^E-?mail( \*)?$/i).fill(email);
  }

  async fillName(first: string, last: string) {
    await this.field('First name').fill(first);
    await this.field('Last name').fill(last);
  }

  async fillPassword(password: string) {
    await this.field('Password').fill(password);
  }

  async submit() {
    await this.button('Sign up').click();
  }

  /** Fills everything and signs up; resolves when the app has left `/registration`. */
  async signUp(person: { email: string; password: string; first?: string; last?: string }) {
    await this.fillEmail(person.email);
    if (person.first || person.last) await this.fillName(person.first ?? '', person.last ?? '');
    await this.fillPassword(person.password);
    await this.submit();
    await this.page.waitForURL((url) => url.pathname !== '/registration');
  }
}
