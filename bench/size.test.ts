// Sizes are deterministic for a given lockfile, so the budgets are checked on every run.
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM helper shared with the benchmark script
import { loginPage, measure, measureAll, reactOnly } from './size-lib.mjs';

type Size = { code: string; min: number; gzip: number };

describe('@orykit/client bundle size', async () => {
  const sizes = (await measureAll()) as Record<string, Size>;
  const ky = sizes['ky alone']!.gzip;
  const only = sizes['orykit: toSession only']!;
  const all = sizes['orykit: all 97 operations']!;
  const official = sizes['@ory/client 0.2.0-alpha.60 + axios: toSession']!;

  it('tree-shakes: a bundle importing toSession has no other operation in it', () => {
    expect(only.code).toContain('/sessions/whoami');
    for (const path of ['/self-service/login', '/admin/identities', '/oauth2/token', '/projects']) {
      expect(only.code).not.toContain(path);
    }
  });

  it('toSession alone costs at most 1.5 kB gzip on top of ky', () => {
    expect(only.gzip - ky).toBeLessThanOrEqual(1500);
  });

  // Issue 15 made room under that budget: +1383 bytes measured on ky 1.14 (the client times the whole call
  // and reads error bodies itself; +1340 on ky 2.1). The margin is for esbuild and gzip jitter; code added to
  // the path of every operation has to make room for itself.
  it('toSession keeps its room: at most 1400 bytes gzip on top of ky', () => {
    expect(only.gzip - ky).toBeLessThanOrEqual(1400);
  });

  it('all 97 operations cost at most 4 kB gzip on top of ky', () => {
    expect(all.gzip - ky).toBeLessThanOrEqual(4000);
    expect(all.code).toContain('/admin/trust/grants/jwt-bearer/issuers');
  });

  it('the whole client with ky is at most 2/3 of the official SDK', () => {
    expect(all.gzip).toBeLessThanOrEqual((official.gzip * 2) / 3);
  });

  it('measures what it is given', async () => {
    const empty = (await measure('export const x = 1;')) as Size;
    expect(empty.gzip).toBeLessThan(100);
  });
});

describe('@orykit/react login page bundle', async () => {
  const page = (await measure(loginPage, reactOnly)) as Size;

  it('carries no flow the page does not render (flow components are pure calls)', () => {
    expect(page.code).toContain('ory-card');
    for (const other of ['ory-consent', 'ory-session__main', 'ory-oauth']) expect(page.code).not.toContain(other);
  });

  it("carries only a login's English and code: no other flow's sentences, settings renderers, dialog or WebAuthn ceremony", () => {
    expect(page.code).toContain('Sign in with security key');
    // English another flow component brings (settings, sessions, consent).
    for (const text of ['Account settings', 'recovery-codes.txt', 'Sign out all other sessions', 'wants to access your account']) expect(page.code).not.toContain(text);
    // Kratos' own texts of settings ids (agreesWithCatalog), the backup codes / TOTP secret renderers and the confirmation dialog.
    for (const code of ['Unlink TOTP', 'ory-lookup-secrets', 'ory-totp-secret', 'ory-dialog']) expect(page.code).not.toContain(code);
    // The ceremony (fetched with import() once a form has a security-key button).
    expect(page.code).not.toContain('InvalidStateError');
  });

  it('is at most 47.5 kB gzip (46.74 kB after ky 1.14, the English by flow and the lazily fetched ceremony and dialog)', () => {
    expect(page.gzip).toBeLessThanOrEqual(47_500);
  });
});
