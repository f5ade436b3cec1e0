// The browsable API documentation as a frontend developer opens it: Swagger UI from
// the site's own static files, under the site's Content-Security-Policy, listing the
// operations, and "Try it out" on @search with a Finnish example answering 200.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { BASE_URL, inPage, openBrowser } from "./helpers.mjs";

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test("/api/docs/ lists the operations and runs a Finnish search", async () => {
  await inPage(browser.context, "api-docs", async (page) => {
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
    // Each parameter offers its five-language examples; the Finnish ones are chosen.
    for (const [name, where, value] of [["path", "path", "fi"], ["SearchableText", "query", "oppisopimus"]]) {
      const row = search.locator(`tr[data-param-name='${name}'][data-param-in='${where}']`);
      const examples = await row.locator("select option").allTextContents();
      assert.ok(examples.some((text) => /suomi/.test(text)), `${name} examples: ${examples.join(" | ")}`);
      const finnish = examples.find((text) => /suomi/.test(text));
      await row.locator("select").first().selectOption({ label: finnish });
      assert.equal(await row.locator("input").first().inputValue(), value);
    }
    const answer = page.waitForResponse((r) => r.url().includes("/@search"));
    await search.locator("button.execute").click();
    const response = await answer;
    assert.equal(response.status(), 200, await response.text());
    assert.match(response.url(), /\/\+\+api\+\+\/fi\/@search\?.*SearchableText=oppisopimus/);
    assert.deepEqual(blocked, []);
  });
});
