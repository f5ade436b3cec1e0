// Nothing scrolls sideways on a 320 px or a 390 px wide phone, on any reader route in
// any of the five languages: the crawl (reader_routes.mjs) follows the site's own
// links from each home page, and every page is measured at both widths. Also the
// pages no link leads to: the 404 page and the application form showing its errors.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { BASE_URL, inPage, openBrowser, seriousViolations } from "./helpers.mjs";
import { readerRoutes } from "./reader_routes.mjs";

const WIDTHS = [320, 390];
const LANGUAGES = ["en", "fi", "nl", "et", "lv"];

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

/** Widths at which the open page is wider than the screen, with what sticks out. */
async function sideways(page) {
  const found = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const measured = await page.evaluate(() => {
      const view = document.documentElement.clientWidth;
      const out = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > view + 0.5)
        .map((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? "").trim().slice(0, 40)}`);
      return { scroll: document.documentElement.scrollWidth, view, out: out.slice(-3) };
    });
    if (measured.scroll > measured.view) found.push({ width, ...measured });
  }
  return found;
}

for (const lang of LANGUAGES) {
  test(`no reader route of /${lang}/ scrolls sideways at ${WIDTHS.join(" or ")} px`, async () => {
    await inPage(browser.context, `sideways-${lang}`, async (page) => {
      const wide = {};
      const routes = await readerRoutes(page, lang, {
        visit: async (p, path) => {
          const found = await sideways(p);
          if (found.length) wide[path] = found;
        },
      });
      // The demo's routes: home, five sections, their items (translated and
      // fallback), filtered and paged listings, search, the form, the footer's pages.
      assert.ok(routes.length >= 40, `only ${routes.length} routes: ${routes}`);
      for (const shape of ["/search/?q=", "?country=", "?theme=", "?group=", "?page="]) {
        assert.ok(routes.some((r) => r.includes(shape)), `no ${shape} route in ${routes}`);
      }
      assert.deepEqual(wide, {}, JSON.stringify(wide, null, 1));
    });
  });
}

test("the 404 page and the form with its errors fit a 320 px screen (fi, nl)", async () => {
  await inPage(browser.context, "sideways-404-form", async (page) => {
    for (const lang of ["fi", "nl"]) {
      await page.setViewportSize({ width: 320, height: 800 });
      const response = await page.goto(`${BASE_URL}/${lang}/ei-ole-olemassa-${lang}/`);
      assert.equal(response.status(), 404);
      assert.deepEqual(await sideways(page), [], `404 ${lang}`);
      await page.goto(`${BASE_URL}/${lang}/`);
      const sections = await page.locator("nav.main-nav a").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
      await page.goto(`${BASE_URL}${sections.at(-1)}apply/`);
      await page.click("form[method=post] button[type=submit]");
      await page.waitForSelector(".errorlist");
      assert.deepEqual(await sideways(page), [], `form errors ${lang}`);
      assert.deepEqual(await seriousViolations(page), [], `form errors ${lang}`);
    }
  });
});

test("on a 390 px phone the ambassadors table reads one block per ambassador (nl)", async () => {
  await inPage(browser.context, "ambassadors-stacked-nl", async (page) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${BASE_URL}/nl/`);
    const sections = await page.locator("nav.main-nav a").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
    await page.goto(BASE_URL + sections.at(-1));
    const row = page.locator("table.stack tbody tr").first();
    const [name, country] = await Promise.all([0, 1].map((i) => row.locator("td").nth(i).boundingBox()));
    assert.ok(country.y >= name.y + name.height - 1, "the country under the name");
    const label = await row.locator("td").nth(1).evaluate((td) => getComputedStyle(td, "::before").content);
    assert.equal(label, '"Land: "');
    // The long Dutch heading of the footer's accessibility page wraps too.
    const statement = await page.locator("footer a", { hasText: "Toegankelijkheid" }).first().getAttribute("href");
    await page.goto(BASE_URL + statement);
    const h1 = await page.locator("h1").evaluate((h) => ({ w: h.scrollWidth, c: h.clientWidth, text: h.textContent }));
    // Soft hyphens (locales/hyphenation.py) let it break between syllables.
    assert.ok(h1.text.includes("\u00ad"), h1.text);
    assert.match(h1.text.replaceAll("\u00ad", ""), /Toegankelijkheidsverklaring/);
    assert.ok(h1.w <= h1.c, `h1 ${h1.w} > ${h1.c}`);
    assert.deepEqual(await seriousViolations(page), [], statement);
  });
});
