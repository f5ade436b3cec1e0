// Harness replacement of the suite's src/resetFixture.ts. Plone's version resets the
// ZODB through plone.app.robotframework's RobotRemote; vetcms has no such hook, so
// the equivalent is done through the API: teardown() deletes every page below the
// suite's site root (the English language root) that was not there when the run
// began (run.sh records that list in VETCMS_SUITE_BASELINE). setup() has nothing to do.
import axios from 'axios';

const apiPath = process.env.VETCMS_SUITE_API_PATH as string;
const baseline = new Set<string>(
  JSON.parse(process.env.VETCMS_SUITE_BASELINE || '[]'),
);
let token: string | undefined;

async function auth() {
  if (!token) {
    const { data } = await axios.post(`${apiPath}/++api++/@login`, {
      login: process.env.VETCMS_SUITE_USER,
      password: process.env.VETCMS_TEST_PASSWORD,
    });
    token = data.token;
  }
  return { Authorization: `Bearer ${token}`, Accept: 'application/json' };
}

export async function setup() {
  return undefined;
}

export async function teardown() {
  const headers = await auth();
  const { data } = await axios.get(`${apiPath}/++api++?b_size=1000`, { headers });
  for (const item of data.items) {
    if (baseline.has(item['@id'])) continue;
    const path = item['@id'].slice(apiPath.length);
    await axios
      // Translations a test linked go too (vetcms refuses to orphan them).
      .delete(`${apiPath}/++api++${path}?delete_translations=true`, { headers })
      .catch(() => undefined); // already gone, or a locked page: not the test's result
  }
}
