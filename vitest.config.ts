import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumLaunchOptions } from './e2e/chromium.ts';

// A factory, not a shared object: two browser projects sharing one config report under one name.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
});

// One run, three environments: plain Node for the framework-free packages, jsdom for component tests,
// and real Chromium (Debian's) for `*.browser.test.tsx`.
export default defineConfig({
  test: {
    globals: true,
    // Sized for a busy two-core machine (CI runs beside other work): a test that renders a whole flow
    // or drives 96 operations can need several seconds of CPU it does not get at once. A failure still
    // fails; only a stalled test waits this long. Speed itself is measured in bench/, not here.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.tsx', 'packages/*/test/**/*.test.tsx', 'apps/*/src/**/*.test.tsx'],
          exclude: ['**/*.browser.test.tsx', '**/node_modules/**'],
          setupFiles: ['./vitest.setup.dom.ts'],
        },
      },
      {
        // React 18.3.1 (an allowed peer) through the `react-18`/`react-dom-18` npm aliases: the fuzz tests
        // again. Dependencies that import React are inlined so the alias reaches them too.
        extends: true,
        resolve: {
          alias: [
            { find: /^react(\/.*)?$/, replacement: 'react-18$1' },
            { find: /^react-dom(\/.*)?$/, replacement: 'react-dom-18$1' },
          ],
        },
        test: {
          name: 'react18',
          environment: 'jsdom',
          include: ['packages/react/test/fuzz.*.test.{ts,tsx}'],
          setupFiles: ['./vitest.setup.react18.ts'],
          server: { deps: { inline: ['@testing-library/react', '@tanstack/react-query'] } },
        },
      },
      {
        // Every story is a test in Chromium; the a11y addon fails it on any axe violation.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: browser() },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.tsx', 'packages/*/test/**/*.browser.test.tsx'],
          setupFiles: ['./vitest.setup.dom.ts'],
          browser: browser(),
        },
      },
    ],
  },
});
