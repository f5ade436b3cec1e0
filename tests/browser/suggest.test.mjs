// The header's search box on every page, in Latvian: without its script a plain GET
// form to the search page; with it, @suggest's titles as an ARIA combobox that the
// keyboard drives (arrows, Enter, Escape), labelled in Latvian, axe-clean while open.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { BASE_URL, inPage, openBrowser, seriousViolations } from "./helpers.mjs";

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function practicePage(page) {
  await page.goto(`${BASE_URL}/lv/`);
  const practices = await page.locator("nav.main-nav a").first().getAttribute("href");
  await page.goto(BASE_URL + practices);
  return practices;
}

test("typing in the header (lv) offers suggestions the keyboard picks", async () => {
  await inPage(browser.context, "suggest-lv", async (page) => {
    await practicePage(page);  // not the search page: the header's box
    const box = page.locator("#site-search-q");
    assert.equal(await box.getAttribute("role"), "combobox");
    assert.equal(await box.getAttribute("aria-expanded"), "false");
    await box.pressSequentially("prakses", { delay: 30 });
    const list = page.locator("#site-search-q-suggestions");
    await list.locator("[role=option]").first().waitFor();
    assert.equal(await box.getAttribute("aria-expanded"), "true");
    assert.equal(await list.getAttribute("aria-label"), "Ieteikumi");
    const titles = await list.locator("[role=option]").allTextContents();
    assert.ok(titles.includes("Prakses apliecība (Praksisbrev)"), titles.join(" | "));
    assert.match(await page.locator(".has-suggestions [role=status]").textContent(), /^Ieteikumi: \d+$/);
    assert.deepEqual(await seriousViolations(page), []);

    await box.press("ArrowDown");
    const first = list.locator("[role=option]").first();
    assert.equal(await box.getAttribute("aria-activedescendant"), await first.getAttribute("id"));
    assert.equal(await first.getAttribute("aria-selected"), "true");
    await box.press("ArrowUp");  // back to the box
    assert.equal(await box.getAttribute("aria-activedescendant"), null);
    await box.press("Escape");
    assert.equal(await box.getAttribute("aria-expanded"), "false");
    assert.ok(await list.isHidden());

    await box.press("Backspace");  // a new answer opens the list again
    await list.locator("[role=option]").first().waitFor();
    const wanted = titles.indexOf("Prakses apliecība (Praksisbrev)");
    for (let i = 0; i <= wanted; i++) await box.press("ArrowDown");
    await box.press("Enter");
    await page.waitForURL(/\/lv\/.*search\/\?q=/);
    assert.equal(new URL(page.url()).searchParams.get("q"), "Prakses apliecība (Praksisbrev)");
    assert.ok(await page.locator("ol.results li").count() >= 1);
  });
});

test("without its script the header's box is a plain search form", async () => {
  await inPage(browser.context, "suggest-no-js-lv", async (page) => {
    await page.route("**/suggest*.js", (route) => route.abort());
    await practicePage(page);
    const box = page.locator("#site-search-q");
    assert.equal(await box.getAttribute("role"), null);
    await box.fill("prakses");
    await box.press("Enter");
    await page.waitForURL(/\/lv\/.*search\/\?q=prakses/);
    assert.equal(await page.getAttribute("html", "lang"), "lv");
    assert.ok(await page.locator("ol.results li").count() >= 1);
  });
});
