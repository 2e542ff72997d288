// Chromium's virtual authenticator (CDP WebAuthn domain) for the security-key journeys, and the watch
// that goes with them: no `alert()` (Kratos' webauthn.js calls it), and no request for webauthn.js.
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import type { Harness, Person } from './harness.ts';

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
  /** The Content-Security-Policy of every page (document) the person opened ('' when none was sent). */
  policies: string[];
  /**
   * Adds a ctap2 authenticator: a passkey (resident keys, user verification) or a plain security key.
   * `touched: false` makes one nobody touches: a ceremony waits for it (until the options' timeout).
   */
  addAuthenticator(kind: 'passkey' | 'security-key', options?: { touched?: boolean }): Promise<VirtualAuthenticator>;
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
  const policies: string[] = [];
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
  person.page.on('response', (r) => {
    if (r.request().resourceType() === 'document') policies.push(r.headers()['content-security-policy'] ?? '');
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
    policies,
    async addAuthenticator(kind, { touched = true } = {}) {
      const passkey = kind === 'passkey';
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: passkey ? 'internal' : 'usb',
          hasResidentKey: passkey,
          hasUserVerification: passkey,
          isUserVerified: passkey,
          automaticPresenceSimulation: touched,
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

/** Whether a fresh registration flow offers signing up with a key (Kratos: only when passwordless). */
async function offersKeySignUp(baseURL: string): Promise<boolean> {
  const r = await fetch(`${baseURL}/.ory/kratos/public/self-service/registration/browser`, { headers: { accept: 'application/json' } });
  const flow = (await r.json()) as { ui?: { nodes?: { attributes?: { name?: string } }[] } };
  return (flow.ui?.nodes ?? []).some((n) => n.attributes?.name === 'webauthn_register_trigger');
}

/**
 * Switches Kratos' `selfservice.methods.webauthn.config.passwordless`: the emulator through its test
 * control; the real Kratos by rewriting the config start.sh rendered (Kratos reloads it) and waiting
 * until new flows show the change.
 * @example
 * ```ts
 * await setPasswordless(h, true);
 * ```
 */
export async function setPasswordless(h: Harness, on: boolean): Promise<void> {
  if (h.backend === 'emulator') {
    const r = await fetch(`${h.baseURL}/.orykit/test/webauthn`, { method: 'POST', body: JSON.stringify({ passwordless: on }) });
    if (!r.ok) throw new Error(`switching passwordless failed: ${r.status}`);
    return;
  }
  // global-setup starts the servers with this run directory (e2e/servers/env.sh's default otherwise).
  const file = join(process.env['ORYKIT_RUN_DIR'] ?? join(tmpdir(), 'orykit-e2e-servers'), 'kratos.yml');
  const config = await readFile(file, 'utf8');
  const next = config.replace(/passwordless: (true|false)/, `passwordless: ${on}`);
  if (next !== config) await writeFile(file, next);
  const until = Date.now() + 30_000;
  while ((await offersKeySignUp(h.baseURL)) !== on) {
    if (Date.now() > until) throw new Error(`Kratos did not reload ${file} with passwordless: ${on}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * What the journeys assert after every WebAuthn step: no alert(), no webauthn.js, no CSP violation or
 * page error, and (in the production preview) every page served under `script-src 'self'` plus at most the
 * page's own nonce (React Router's inline hydration scripts): no Kratos origin, nothing else.
 * @example
 * ```ts
 * expect(cleanKeysReport(person, keys, inject('demoMode'))).toEqual({ alerts: [], webauthnScripts: [], problems: [], pagesSeen: true, pagesWithoutStrictCsp: [] });
 * ```
 */
export function cleanKeysReport(person: Person, keys: KeyWatch, demoMode: 'preview' | 'dev'): Record<string, unknown> {
  const strict = (csp: string) => /(^|;)\s*script-src 'self'( 'nonce-[A-Za-z0-9+/=_-]+')?\s*(;|$)/.test(csp);
  return {
    alerts: keys.alerts,
    webauthnScripts: keys.scripts,
    problems: person.problems,
    pagesSeen: keys.policies.length > 0,
    pagesWithoutStrictCsp: demoMode === 'preview' ? keys.policies.filter((p) => !strict(p)) : [],
  };
}
