// vitest settings for @plone/client's own tests (copied into ./work by run.sh).
// The package ships no config: these are its repository's (jsdom, globals, one file
// at a time) with jsdom's page at the vetcms demo (same origin for XHR) and short
// timeouts, since a missing service fails at once.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const here = __dirname;

export default defineConfig({
  test: {
    root: process.env.VETCMS_SUITE_WORK || resolve(here, 'work'),
    include: ['src/**/*.test.tsx'],
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: process.env.BASE_URL } },
    globals: true,
    fileParallelism: false,
    // VETCMS_SUITE_ISOLATE=0 reuses one jsdom environment and module cache for all
    // files (much faster on a loaded machine; upstream isolates each file).
    poolOptions: {
      threads: { isolate: process.env.VETCMS_SUITE_ISOLATE !== '0' },
      forks: { isolate: process.env.VETCMS_SUITE_ISOLATE !== '0' },
    },
    setupFiles: [resolve(here, 'harness/reset-after-file.ts')],
    testTimeout: 8000,
    hookTimeout: 8000,
  },
});
