// The harness adaptations of @plone/client's test sources (copied to work/src by
// run.sh), and nothing else; README.md lists them with their reasons.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [src] = process.argv.slice(2);
const PLONE = 'http://localhost:55001/plone';
const site = process.env.VETCMS_SUITE_API_PATH; // the English language root
const root = process.env.BASE_URL; // the whole site (its language roots below)

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

const login = /username: 'admin', password: 'secret'/g;
const credentials =
  'username: process.env.VETCMS_SUITE_USER, password: process.env.VETCMS_TEST_PASSWORD';

for (const path of files(src)) {
  let text = readFileSync(path, 'utf8');
  const before = text;
  if (path.includes('/restapi/translations/')) {
    // Plone-only set-up: vetcms is multilingual from the start (no add-on to
    // install, no registry of languages); its second language here is Finnish.
    text = text.replace(/(await )?updateRegistry\(\{[^;]*?\}\);/gs, '');
    text = text.replace(/(await )?installAddon\(\{[^;]*?\}\);/gs, '');
    text = text.replaceAll("'/es/", "'/fi/").replaceAll('`/es/', '`/fi/');
    text = text.replaceAll("language: 'es'", "language: 'fi'");
    text = text.replaceAll(PLONE, root);
  } else {
    text = text.replaceAll(PLONE, site);
  }
  text = text.replace(login, credentials);
  // Plone's default groups → Wagtail's (the ones a fresh vetcms site has).
  if (path.includes('/restapi/principals/'))
    text = text.replaceAll("'Reviewers'", "'Moderators'");
  if (path.includes('/restapi/groups/get.test'))
    text = text.replaceAll("'/Administrators'", "'/Editors'").replaceAll(
      "'Administrators'",
      "'Editors'",
    );
  if (text !== before) writeFileSync(path, text);
}
