import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Keep the default thread pool small: CI machines have 2 cores.
    maxWorkers: 2,
  },
});
