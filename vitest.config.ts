import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // examples/ is type-checked by tsc, not run; the packed-package smoke test is `npm run smoke`.
    exclude: ['**/node_modules/**', 'dist/**', 'examples/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
