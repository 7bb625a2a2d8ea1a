import { defineConfig } from 'vitest/config';

/**
 * The timing tests (linear time on pathological input), run by `npm test` after the other tests,
 * one file at a time, so that no other test file competes for the CPU while costs are compared.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.timing.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
