// Chromium's virtual authenticator (CDP WebAuthn domain) for the security-key journeys, and the watch
// that goes with them: no `alert()` (Kratos' webauthn.js calls it), and no request for webauthn.js.
import type { CDPSession } from 'playwright-core';
import type { Person } from './harness.ts';

export interface VirtualAuthenticator {
  id: string;
  /** The credentials it holds (with their private keys, to move them to another authenticator). */
  credentials(): Promise<unknown[]>;
  remove(): Promise<void>;
}

export interface KeyWatch {
  /** Messages of every `alert()` the page called. */
  alerts: string[];
  /** URLs of every request for Kratos' webauthn.js. */
  scripts: string[];
  /** Adds a ctap2 authenticator: a passkey (resident keys, user verification) or a plain security key. */
  addAuthenticator(kind: 'passkey' | 'security-key'): Promise<VirtualAuthenticator>;
  /** Puts credentials into an authenticator (e.g. the ones a removed authenticator held). */
  addCredentials(to: VirtualAuthenticator, credentials: unknown[]): Promise<void>;
}

/**
 * Enables the virtual authenticator environment on the person's page and starts watching.
 * @example
 * ```ts
 * const keys = await watchKeys(person);
 * await keys.addAuthenticator('security-key');
 * ```
 */
export async function watchKeys(person: Person): Promise<KeyWatch> {
  const alerts: string[] = [];
  const scripts: string[] = [];
  // A spy in the page (an init script is not subject to the page's CSP), and the dialogs themselves.
  await person.context.addInitScript(() => {
    window.alert = (message?: unknown) => console.error(`alert() called: ${String(message)}`);
  });
  person.page.on('console', (m) => {
    if (m.text().startsWith('alert() called:')) alerts.push(m.text());
  });
  person.page.on('dialog', (d) => {
    alerts.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  person.page.on('request', (r) => {
    if (/\/\.well-known\/ory\/webauthn\.js/.test(r.url())) scripts.push(r.url());
  });
  const cdp: CDPSession = await person.context.newCDPSession(person.page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const wrap = (id: string): VirtualAuthenticator => ({
    id,
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId: id })).credentials,
    remove: async () => void (await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: id })),
  });
  return {
    alerts,
    scripts,
    async addAuthenticator(kind) {
      const passkey = kind === 'passkey';
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: passkey ? 'internal' : 'usb',
          hasResidentKey: passkey,
          hasUserVerification: passkey,
          isUserVerified: passkey,
          automaticPresenceSimulation: true,
        },
      });
      return wrap(authenticatorId);
    },
    async addCredentials(to, credentials) {
      for (const credential of credentials) {
        await cdp.send('WebAuthn.addCredential', { authenticatorId: to.id, credential: credential as never });
      }
    },
  };
}
