// The translator screenshot script writes the editor in fi, et and lv, and what it
// photographs is in the language: the page's lang, no English string of Wagtail's or
// localize's catalogs that nothing translates, no hard-coded English of localize's.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { untranslatedAdminStrings, visibleLeftovers } from "./admin.mjs";
import { LANGUAGES, shootTranslatorEditors } from "./translator_screenshots.mjs";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test("the screenshot script writes the translator's editor in fi, et and lv", async () => {
  const strings = untranslatedAdminStrings(LANGUAGES);
  const out = mkdtempSync(join(tmpdir(), "vetcms-translator-shots-"));
  const seen = {};
  const files = await shootTranslatorEditors(out, async (page, code) => {
    const editor = page.locator(".js-translation-editor");
    seen[code] = {
      lang: await page.getAttribute("html", "lang"),
      leftovers: await visibleLeftovers(page, strings[code]),
      hardCoded: (await editor.innerText()).match(/ to \S+ translation|More actions|Successfully/g) ?? [],
    };
  });
  assert.deepEqual(files.map((f) => f.split("/").pop()), LANGUAGES.map((c) => `translator-${c}-editor.png`));
  for (const file of files) {
    assert.ok(readFileSync(file).subarray(0, 8).equals(PNG), `${file} is a PNG`);
    assert.ok(statSync(file).size > 20_000, `${file} holds a page`);
  }
  for (const code of LANGUAGES) {
    assert.deepEqual(seen[code], { lang: code, leftovers: [], hardCoded: [] }, code);
  }
});
