// axe-core on every page type, in English and in Finnish: no serious or critical
// violation. The keyboard reaches the skip link first and the focus is visible.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { BASE_URL, inPage, openBrowser, seriousViolations } from "./helpers.mjs";

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

/** The first link under ``scope`` whose href starts with ``prefix`` (an item page). */
async function firstLink(page, prefix, scope = "main") {
  const href = await page.locator(`${scope} a[href^="${prefix}"]`).evaluateAll(
    (links, p) => links.map((a) => a.getAttribute("href"))
      .find((h) => h !== p && !h.includes("?") && !/\/(ical|rss|atom|apply|map)\/$/.test(h)),
    prefix,
  );
  assert.ok(href, `no link under ${prefix}`);
  return href;
}

async function pageTypes(page, lang) {
  await page.goto(`${BASE_URL}/${lang}/`);
  const sections = await page.locator("nav.main-nav a").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
  const urls = [`/${lang}/`, ...sections, `/${lang}/search/?q=learning`];
  for (const section of sections) {
    await page.goto(BASE_URL + section);
    const item = await firstLink(page, section).catch(() => null);
    if (item) urls.push(item);
  }
  const ambassadors = urls.find((u) => u && (u.includes("ambassadors") || u.includes("lahettilaat")));
  if (ambassadors) urls.push(`${ambassadors}apply/`);
  return [...new Set(urls)];
}

for (const lang of ["en", "fi"]) {
  test(`axe finds no serious or critical violation on any page type (${lang})`, async () => {
    await inPage(browser.context, `axe-${lang}`, async (page) => {
      const urls = await pageTypes(page, lang);
      assert.ok(urls.length >= 10, `only ${urls.length} pages found: ${urls}`);
      const found = {};
      for (const url of urls) {
        await page.goto(BASE_URL + url);
        assert.equal(await page.getAttribute("html", "lang"), lang, url);
        const violations = await seriousViolations(page);
        if (violations.length) found[url] = violations;
      }
      assert.deepEqual(found, {}, JSON.stringify(found, null, 2));
    });
  });
}

test("the other languages: home, sections and search pass axe with their own lang", async () => {
  await inPage(browser.context, "axe-other-languages", async (page) => {
    const found = {};
    for (const lang of ["nl", "et", "lv"]) {
      await page.goto(`${BASE_URL}/${lang}/`);
      const sections = await page.locator("nav.main-nav a").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
      for (const url of [`/${lang}/`, ...sections, `/${lang}/search/?q=VET`]) {
        await page.goto(BASE_URL + url);
        assert.equal(await page.getAttribute("html", "lang"), lang, url);
        const violations = await seriousViolations(page);
        if (violations.length) found[url] = violations;
      }
    }
    assert.deepEqual(found, {}, JSON.stringify(found, null, 2));
  });
});

test("material bank and form pages pass axe too", async () => {
  await inPage(browser.context, "axe-forms", async (page) => {
    await page.goto(`${BASE_URL}/en/projects/`);
    // The project with a material bank (the listing's order is alphabetical).
    const projects = await page.locator("main article h2 a").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
    let bank = null;
    for (const project of projects) {
      await page.goto(BASE_URL + project);
      const links = page.locator('main a[href*="material"]');
      if (await links.count()) { bank = await links.first().getAttribute("href"); break; }
    }
    assert.ok(bank, `no material bank under ${projects}`);
    for (const url of [bank, `${bank}?audience=workplace-trainer`, "/en/ambassadors/apply/"]) {
      await page.goto(BASE_URL + url);
      assert.deepEqual(await seriousViolations(page), [], url);
    }
    // The form with its error messages shown.
    await page.click("form[method=post] button[type=submit]");
    await page.waitForSelector(".errorlist");
    assert.deepEqual(await seriousViolations(page), [], "application form with errors");
  });
});

test("the first Tab reaches a visible skip link that moves focus to the content", async () => {
  await inPage(browser.context, "skip-link", async (page) => {
    await page.goto(`${BASE_URL}/en/news/`);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { cls: el.className, x: box.left, w: box.width, outline: style.outlineStyle };
    });
    assert.equal(focused.cls, "skip-link");
    assert.ok(focused.x >= 0 && focused.w > 0, "skip link is on screen when focused");
    assert.notEqual(focused.outline, "none", "focus is visible");
    await page.keyboard.press("Enter");
    // The fragment navigation lands a moment after the key press.
    await page.waitForURL(/#main$/, { timeout: 5_000 });
  });
});
