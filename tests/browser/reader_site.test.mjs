// The reader site's frame and blocks in a real browser, axe-clean: the Finnish home
// with its blocks (untranslated items shown in English, marked), a listing, the
// ambassadors map in Finnish, the footer's pages, the 404 page, and a practice's facts
// readable on a 390 px wide phone.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { BASE_URL, inPage, openBrowser, seriousViolations } from "./helpers.mjs";

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

async function axeClean(page, url) {
  assert.deepEqual(await seriousViolations(page), [], url);
  assert.equal(await page.locator("head title").count(), 1, `one <title> on ${url}`);
}

test("the Finnish home shows featured practices, next events and latest news", async () => {
  await inPage(browser.context, "home-fi", async (page) => {
    await page.goto(`${BASE_URL}/fi/`);
    assert.equal(await page.getAttribute("html", "lang"), "fi");
    for (const id of ["featured-heading", "events-heading", "news-heading"]) {
      const cards = page.locator(`section[aria-labelledby=${id}] article.card`);
      assert.ok(await cards.count() >= 1, id);
    }
    const fallback = page.locator('article.card[lang="en"]').first();
    assert.equal(await fallback.locator(".badge").textContent(), "englanniksi");
    assert.match(await fallback.locator("a").first().getAttribute("href"), /^\/fi\//);
    assert.ok(await page.locator(".tagline").textContent());
    assert.equal(await page.title(), "Ammatillisen koulutuksen tietoportaali");
    await axeClean(page, "/fi/");
  });
});

test("a listing, the map in Finnish and the footer's pages pass axe", async () => {
  await inPage(browser.context, "listing-map-footer-fi", async (page) => {
    await page.goto(`${BASE_URL}/fi/`);
    const sections = await page.locator("nav.main-nav a").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
    const footer = await page.locator("#footer-about ~ ul a").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
    assert.equal(footer.length, 4, "contact, legal notice, privacy, accessibility");
    const practices = sections[0];
    const ambassadors = sections[sections.length - 1];
    await page.goto(BASE_URL + practices);
    assert.ok(await page.locator("main article.card").count() >= 2);
    assert.equal(await page.locator("nav.breadcrumbs [aria-current=page]").count(), 1);
    await axeClean(page, practices);
    await page.goto(BASE_URL + ambassadors);
    assert.equal(await page.getAttribute("html", "lang"), "fi");
    assert.equal(await page.locator(".europe-map svg[role=img]").count(), 1);
    await axeClean(page, ambassadors);
    for (const url of footer) {
      await page.goto(BASE_URL + url);
      assert.equal(await page.getAttribute("html", "lang"), "fi", url);
      await axeClean(page, url);
    }
  });
});

test("a missing page answers 404 in Finnish, styled, with a way home", async () => {
  await inPage(browser.context, "404-fi", async (page) => {
    const response = await page.goto(`${BASE_URL}/fi/ei-ole-olemassa/`);
    assert.equal(response.status(), 404);
    assert.equal(await page.getAttribute("html", "lang"), "fi");
    assert.equal(await page.locator("h1").textContent(), "Sivua ei löytynyt");
    assert.equal(await page.locator('main a[href="/fi/"]').count(), 1);
    await axeClean(page, "404");
  });
});

test("on a 390 px phone a practice's facts fit the screen", async () => {
  await inPage(browser.context, "practice-390", async (page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${BASE_URL}/en/practices/`);
    const href = await page.locator("main article h2 a").first().getAttribute("href");
    await page.goto(BASE_URL + href);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      facts: document.querySelector("dl.facts").scrollWidth,
      view: window.innerWidth,
    }));
    assert.ok(widths.page <= widths.view, `page ${widths.page} > ${widths.view}`);
    assert.ok(widths.facts <= widths.view, `facts ${widths.facts} > ${widths.view}`);
    // Label above value: the first fact's value starts below its label.
    const [dt, dd] = await Promise.all(["dl.facts dt", "dl.facts dd"].map(
      (s) => page.locator(s).first().boundingBox()));
    assert.ok(dd.y >= dt.y + dt.height - 1, "value under its label");
    await axeClean(page, href);
  });
});
