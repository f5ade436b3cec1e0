// The browsable API documentation as a frontend developer opens it: Swagger UI from
// the site's own static files, under the site's Content-Security-Policy, listing the
// operations, and "Try it out" on @search with a Finnish or a Latvian example sending
// only what was chosen and finding pages.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { BASE_URL, inPage, openBrowser } from "./helpers.mjs";

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

// The language's name in the examples' labels, and a reader's word there
// (cms/api/openapi_examples.py).
const LANGUAGES = {
  fi: { name: "suomi", word: "oppisopimus" },
  lv: { name: "latviešu", word: "māceklība" },
};

for (const [lang, { name, word }] of Object.entries(LANGUAGES)) {
  test(`/api/docs/ lists the operations and runs a search in ${name}`, async () => {
    await inPage(browser.context, `api-docs-${lang}`, async (page) => {
      const blocked = [];
      page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
      await page.goto(`${BASE_URL}/api/docs/`);
      const operations = page.locator(".opblock");
      await operations.first().waitFor({ timeout: 30_000 });
      assert.ok((await operations.count()) > 50, "Swagger UI shows the API's operations");

      const search = page.locator(".opblock-get", { hasText: "/++api++/{path}/@search" }).first();
      await search.locator(".opblock-summary").click();
      // The docs open with "Try it out" on (cms/api/static/vetcms_api/docs.js).
      assert.match(await search.locator("button.try-out__btn").innerText(), /Cancel/);
      await search.locator("button.execute").waitFor();
      // Each parameter offers its five-language examples; this language's are chosen.
      for (const [param, where, value] of [["path", "path", lang], ["SearchableText", "query", word]]) {
        const row = search.locator(`tr[data-param-name='${param}'][data-param-in='${where}']`);
        const examples = await row.locator("select option").allTextContents();
        const label = examples.find((text) => text.includes(name));
        assert.ok(label, `${param} examples: ${examples.join(" | ")}`);
        await row.locator("select").first().selectOption({ label });
        assert.equal(await row.locator("input").first().inputValue(), value);
      }
      const answer = page.waitForResponse((r) => r.url().includes("/@search"));
      await search.locator("button.execute").click();
      const response = await answer;
      assert.equal(response.status(), 200, await response.text());
      const url = new URL(response.url());
      assert.equal(url.pathname, `/++api++/${lang}/@search`);
      assert.equal(url.searchParams.get("SearchableText"), word);
      // Nothing the developer did not choose: no example filter or Language filled in.
      assert.deepEqual([...url.searchParams.keys()], ["SearchableText"]);
      const found = await response.json();
      assert.ok(found.items_total > 0, `nothing found: ${JSON.stringify(found).slice(0, 300)}`);
      assert.deepEqual(blocked, []);
    });
  });
}
