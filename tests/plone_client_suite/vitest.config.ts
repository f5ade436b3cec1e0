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
    // One jsdom environment and module cache for all files (upstream isolates each
    // file): 3.4 instead of ~18 minutes on a loaded 2-core machine, the same results.
    // Only API.test.tsx mocks a module (axios), so it runs isolated in its own pool.
    // VETCMS_SUITE_ISOLATE=1 isolates every file, as upstream.
    pool: 'threads',
    poolOptions: {
      threads: { isolate: process.env.VETCMS_SUITE_ISOLATE === '1' },
      forks: { isolate: true },
    },
    poolMatchGlobs: [['**/API.test.tsx', 'forks']],
    setupFiles: [resolve(here, 'harness/reset-after-file.ts')],
    testTimeout: 8000,
    hookTimeout: 8000,
  },
});
