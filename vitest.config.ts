import { defineConfig } from 'vitest/config';

// One run, three environments: plain Node for the framework-free packages, jsdom for component tests,
// and real Chromium for `*.browser.test.tsx` (added by the browser project).
export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'bench/**/*.test.ts'],
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
    ],
  },
});
