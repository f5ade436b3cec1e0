// Every test file ends with the fixture reset, as Plone's robot server isolates
// each test layer; files that never import resetFixture would otherwise leave pages
// whose ids later files expect to be free.
import { afterAll } from 'vitest';
import { teardown } from './resetFixture';

afterAll(async () => {
  await teardown();
});
