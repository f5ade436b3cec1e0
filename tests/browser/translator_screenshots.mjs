// PNGs of the translator's editor in Finnish, Estonian and Latvian, for reviewers: each
// language's translator (an account made here) logged in, the translation editor of a
// translated practice page, at desktop width. Also run by translator_screenshots.test.mjs.
//   BASE_URL=http://127.0.0.1:8000 node tests/browser/translator_screenshots.mjs [out-dir]
// (with the demo's database in DATABASE_URL, as tests/live/demo_server.sh exports it).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { BASE_URL, openBrowser } from "./helpers.mjs";
import { account, django, logIn } from "./admin.mjs";

export const LANGUAGES = ["fi", "et", "lv"];

/** The admin address of a translated practice page in each language. */
function editorPages() {
  return django(`
import json
from pages.models import PracticePage
english = PracticePage.objects.filter(locale__language_code="en", live=True)
pages = {}
for code in ${JSON.stringify(LANGUAGES)}:
    page = PracticePage.objects.filter(
        locale__language_code=code, live=True, translation_key__in=english.values("translation_key")
    ).order_by("pk").first()
    pages[code] = page.pk
print(json.dumps(pages))
`);
}

/**
 * Write ``translator-<ll>-editor.png`` into ``out`` for each language; with
 * ``inspect(page, code)``, also run it on each editor before its screenshot.
 * Returns the files written.
 */
export async function shootTranslatorEditors(out, inspect = async () => {}) {
  mkdirSync(out, { recursive: true });
  const pages = editorPages();
  const browser = await openBrowser();
  const files = [];
  try {
    const page = await browser.context.newPage();
    for (const code of LANGUAGES) {
      const username = `screenshot-translator-${code}`;
      account(username, `Translators (${code})`, code);
      await logIn(page, username);
      await page.goto(`${BASE_URL}/admin/pages/${pages[code]}/edit/`);
      await page.locator(".js-translation-editor footer").waitFor();
      await page.waitForLoadState("networkidle");
      await inspect(page, code);
      const file = join(out, `translator-${code}-editor.png`);
      await page.screenshot({ path: file, fullPage: true });
      files.push(file);
      console.log(`${file}  /admin/pages/${pages[code]}/edit/`);
    }
  } finally {
    await browser.close();
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await shootTranslatorEditors(process.argv[2] ?? process.env.SCREENSHOTS ?? "screenshots");
}
