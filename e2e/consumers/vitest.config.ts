import { defineConfig } from 'vitest/config';

// The consumer check (`pnpm test consumers`): slow by nature (npm installs, production builds), so one
// file, run on its own, after `pnpm build`.
export default defineConfig({
  test: {
    include: ['e2e/consumers/consumers.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
