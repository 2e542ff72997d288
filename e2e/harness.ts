// The browser side of the journeys: one Chromium per test file (Debian's, through e2e/chromium.ts), a fresh
// context per person, and a watch on what must never happen (CSP violations, uncaught errors).
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, it } from 'vitest';
import { chromiumLaunchOptions } from './chromium.ts';
import { courierFor, type Courier } from './courier.ts';
import { withoutJavaScript } from './pages/base.ts';

export interface Person {
  context: BrowserContext;
  page: Page;
  /** CSP violations and uncaught page errors seen so far (journeys assert it stays empty). */
  problems: string[];
}

export interface Harness {
  readonly browser: Browser;
  readonly baseURL: string;
  readonly backend: 'emulator' | 'real';
  readonly courier: Courier;
  /** A new browser context (its own cookies: a person on a device) with one page. */
  newPerson(options?: { locale?: string; colorScheme?: 'light' | 'dark'; javaScript?: boolean }): Promise<Person>;
  /** Saves a screenshot of every open page (to E2E_ARTIFACTS, default the temp dir) and logs where. */
  capture(label: string): Promise<void>;
  /** Moves the emulator's clock forward (emulator only). */
  advanceClock(ms: number): Promise<void>;
  /** The backend's time (the emulator's clock may have been moved; a real server's is the real time). */
  serverNow(): Promise<number>;
}

/**
 * Opens a page in `context` whose CSP violations land in `into`: a `securitypolicyviolation` listener added
 * by an init script (not subject to the page's CSP), plus Chromium's own console reports (they also come
 * with JavaScript off).
 * @example
 * const violations: string[] = [];
 * const page = await watchCspViolations(context, violations);
 */
export async function watchCspViolations(context: BrowserContext, into: string[]): Promise<Page> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|CSP violation/i.test(text)) into.push(text);
  });
  return page;
}

/** Launches Chromium for this file and closes it (and every context) afterwards. */
export function useHarness(): Harness {
  const baseURL = inject('baseURL');
  const backend = inject('backend');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    await browser?.close();
  });

  return {
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet (use the harness inside tests)');
      return browser;
    },
    baseURL,
    backend,
    courier: courierFor(backend, baseURL),
    async newPerson(options = {}) {
      if (!browser) throw new Error('the browser is not launched yet');
      const context = await browser.newContext({
        baseURL,
        locale: options.locale ?? 'en-US',
        colorScheme: options.colorScheme ?? 'light',
        viewport: { width: 1180, height: 860 },
        timezoneId: 'UTC',
        javaScriptEnabled: options.javaScript ?? true,
      });
      contexts.push(context);
      if (options.javaScript === false) withoutJavaScript.add(context);
      context.setDefaultTimeout(10_000);
      context.setDefaultNavigationTimeout(15_000);
      const problems: string[] = [];
      const page = await watchCspViolations(context, problems);
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      return { context, page, problems };
    },
    async capture(label) {
      const dir = process.env['E2E_ARTIFACTS'] ?? join(tmpdir(), 'orykit-e2e');
      await mkdir(dir, { recursive: true });
      const pages = contexts.flatMap((c) => c.pages());
      for (const [i, page] of pages.entries()) {
        const file = join(dir, `${label.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}-${i}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        console.log(`[e2e] ${label}: page ${i} at ${page.url()} → ${file}`);
      }
    },
    async serverNow() {
      if (backend !== 'emulator') return Date.now();
      const response = await fetch(`${baseURL}/.orykit/test/clock`);
      const { offset } = (await response.json()) as { offset: number };
      return Date.now() + offset;
    },
    async advanceClock(ms) {
      if (backend !== 'emulator') throw new Error('only the emulator’s clock can be moved');
      const response = await fetch(`${baseURL}/.orykit/test/clock`, { method: 'POST', body: JSON.stringify({ advance: ms }) });
      if (!response.ok) throw new Error(`moving the clock failed: ${response.status} ${await response.text()}`);
    },
  };
}

/** A fresh address for a new person (the emulator and real Kratos both keep identities until restarted). */
export const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;

/** A password Kratos' policy accepts (long, not similar to the address, not a common one). */
export const strongPassword = () => `Correct-Horse-${Math.random().toString(36).slice(2, 10)}-Battery!`;

/**
 * Steps of one journey: they run in order, and once one fails the rest are skipped (they depend on it)
 * instead of failing for the same reason.
 */
export function steps(harness?: Harness) {
  let broken: string | undefined;
  return (title: string, body: () => Promise<void>, timeout?: number) =>
    it(
      title,
      async (context) => {
        if (broken) context.skip(`an earlier step failed: ${broken}`);
        try {
          await body();
        } catch (error) {
          broken = title;
          if (harness) await harness.capture(title);
          throw error;
        }
      },
      timeout,
    );
}
