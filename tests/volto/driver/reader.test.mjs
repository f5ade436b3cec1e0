// An anonymous reader opens the home page, a practice, an event, a news article and a
// standard page in English and Finnish through Volto; each shows its own text (title,
// body, facts) in the content area, as the vetcms API has it.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { VOLTO_URL, assertShows, openBrowser, step } from "./helpers.mjs";
import { englishPage, expectedTexts, finnishPage } from "./pages.mjs";

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function reads(name, path, language) {
  const texts = await expectedTexts(path);
  await step(browser.context, name, async (page) => {
    const response = await page.goto(`${VOLTO_URL}${path}`);
    assert.equal(response.status(), 200, `Volto answered ${response.status()} for ${path}`);
    assert.equal(await page.getAttribute("html", "lang"), language);
    await assertShows(page, texts);
  });
}

for (const language of ["en", "fi"]) {
  test(`reader ${language}: the home page shows its title and introduction`, async () => {
    await reads(`reader-${language}-home`, `/${language}`, language);
  });
  for (const kind of ["practice", "event", "news", "standard"]) {
    test(`reader ${language}: a ${kind} page shows its title, body and facts`, async () => {
      const english = await englishPage(kind);
      const path = language === "en" ? english : await finnishPage(english);
      await reads(`reader-${language}-${kind}`, path, language);
    });
  }
}
