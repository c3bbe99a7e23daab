import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          // A few tests spawn the CLIs (tsx start-up); a busy 2-core machine needs headroom.
          testTimeout: 30_000,
          // zod without its eval-based JIT, like the extension build (modules/safe-bundle.ts).
          setupFiles: ['test/unit/setup/zod-jitless.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          fileParallelism: false,
          // Real browsers on a busy 2-core machine can miss a timing window once; a real failure
          // fails again on the retry.
          retry: 1,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
