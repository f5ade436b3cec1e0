// An anonymous reader opens the home page, a practice, an event, a news article and a
// standard page in English and Finnish through Volto; each shows its own text (title,
// body, facts) in the content area, as the vetcms API has it.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { VOLTO_URL, assertShows, openBrowser, step } from "./helpers.mjs";
import { EDITED, englishPage, expectedTexts, finnishPage, isFallback } from "./pages.mjs";

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function reads(name, path, language) {
  const texts = await expectedTexts(path);
  // A page not yet translated is served in its own language at the Finnish address.
  const lang = (await isFallback(path)) ? null : language;
  await step(browser.context, name, async (page) => {
    const response = await page.goto(`${VOLTO_URL}${path}`);
    assert.equal(response.status(), 200, `Volto answered ${response.status()} for ${path}`);
    if (lang) assert.equal(await page.getAttribute("html", "lang"), lang);
    await assertShows(page, texts);
  });
}

let n = 0;
for (const language of ["en", "fi"]) {
  test(`reader ${language}: the home page shows its title and introduction`, async () => {
    await reads(`reader-${String(++n).padStart(2, "0")}-${language}-home`, `/${language}`, language);
  });
  for (const kind of ["practice", "event", "news", "standard"]) {
    const article = kind === "event" ? "an" : "a";
    test(`reader ${language}: ${article} ${kind} page shows its title, body and facts`, async () => {
      const name = `reader-${String(++n).padStart(2, "0")}-${language}-${kind}`;
      const english = await englishPage(kind, EDITED);
      const path = language === "en" ? english : await finnishPage(english);
      await reads(name, path, language);
    });
  }
}
