import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // examples/ is type-checked by tsc, not run; the packed-package smoke test is `npm run smoke`.
    // Timing tests run on their own, one file at a time, after the rest (vitest.timing.config.ts):
    // cost ratios measured beside other test files are measures of the other files.
    exclude: ['**/node_modules/**', 'dist/**', 'examples/**', 'test/**/*.timing.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
