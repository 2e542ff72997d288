import { defineConfig } from 'vitest/config';

// The journeys: Vitest runs them in Node, each file drives Debian's Chromium with playwright-core against
// the demo that global-setup.ts starts (emulator by default, E2E_BACKEND=real for real Kratos + Hydra).
//   pnpm exec vitest run -c e2e/vitest.e2e.config.ts
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/journeys/**/*.e2e.test.ts', 'e2e/*.test.ts'],
    environment: 'node',
    globalSetup: ['./e2e/global-setup.ts'],
    // One demo, one emulator: journeys share them, and the clock-moving test must not overlap others.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A journey's steps depend on each other: stop at the first failure instead of cascading.
    bail: 0,
  },
});
