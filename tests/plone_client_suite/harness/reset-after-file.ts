// Every test file ends with the fixture reset, as Plone's robot server isolates
// each test layer; files that never import resetFixture would otherwise leave pages
// whose ids later files expect to be free.
import { configure } from '@testing-library/react';
import { afterAll } from 'vitest';
import { teardown } from './resetFixture';

// waitFor's 1 s default is shorter than some answers take on a loaded CI machine
// (2 cores, many jobs); a timing margin only, no test changes its expectation.
configure({ asyncUtilTimeout: 3000 });

afterAll(async () => {
  await teardown();
});
