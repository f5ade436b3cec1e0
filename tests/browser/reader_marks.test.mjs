// The readers' bullets of issue #23 in a real browser, each in at least two languages
// and axe-clean: fields of a partly translated page and untranslated taxonomy names
// are marked as a fallback page is (lang plus the badge), in the page and in the
// filters; filter options show counts and the empty ones are disabled; the map's title
// is translated; the language switcher keeps the query and filters; dates read in
// each locale's European form; listings and the home page show the items' images with
// alt text; a project's acronym is not repeated.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { BASE_URL, inPage, openBrowser, seriousViolations } from "./helpers.mjs";

const BADGE = { fi: "englanniksi", nl: "in het Engels" };

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

/** The main navigation's section addresses of ``lang``, in the demo's order:
 * practices, events, news, projects, ambassadors. */
async function sections(page, lang) {
  await page.goto(`${BASE_URL}/${lang}/`);
  const hrefs = await page.locator("nav.main-nav a").evaluateAll((a) => a.map((x) => x.getAttribute("href")));
  const [practices, events, news, projects, ambassadors] = hrefs;
  return { practices, events, news, projects, ambassadors };
}

async function axeClean(page, what) {
  assert.deepEqual(await seriousViolations(page), [], what);
}

for (const lang of ["fi", "nl"]) {
  test(`a partly translated practice marks its English fields and terms (${lang})`, async () => {
    await inPage(browser.context, `partial-${lang}`, async (page) => {
      const { practices } = await sections(page, lang);
      await page.goto(`${BASE_URL}${practices}praksisbrev/`);
      assert.equal(await page.getAttribute("html", "lang"), lang);
      // The translated title and summary carry no mark.
      assert.equal(await page.locator("h1 .fallback-badge").count(), 0);
      // The source study and the organisation are still English: lang and badge.
      const source = page.locator("dl.facts dd", { hasText: "Leaving education early" });
      assert.equal(await source.getAttribute("lang"), "en");
      assert.equal(await source.locator(".fallback-badge").textContent(), BADGE[lang]);
      assert.equal(await source.locator(".fallback-badge").getAttribute("lang"), lang);
      const organisation = page.locator("dl.facts dd", { hasText: "County authorities" });
      assert.equal(await organisation.getAttribute("lang"), "en");
      // The target group nobody translated: lang="en" and the badge; translated themes none.
      const group = page.locator('dl.facts a[href*="group="]').first();
      assert.equal(await group.getAttribute("lang"), "en");
      assert.equal(await group.locator("xpath=following-sibling::span[1]").textContent(), BADGE[lang]);
      const themes = page.locator('dl.facts a[href*="theme="]');
      assert.ok(await themes.count() >= 1);
      for (const theme of await themes.all()) assert.equal(await theme.getAttribute("lang"), null);
      await axeClean(page, `praksisbrev ${lang}`);
    });
  });

  test(`filters mark untranslated terms, count every option and disable empty ones (${lang})`, async () => {
    await inPage(browser.context, `filters-${lang}`, async (page) => {
      const { practices } = await sections(page, lang);
      await page.goto(BASE_URL + practices);
      for (const name of ["theme", "group"]) {
        const options = await page.locator(`select[name=${name}] option`).evaluateAll((os) =>
          os.map((o) => ({ value: o.value, text: o.textContent, lang: o.lang, disabled: o.disabled })));
        const terms = options.filter((o) => o.value);
        assert.ok(terms.length >= 3, name);
        for (const o of terms) {
          assert.match(o.text, /\(\d+\)/, `${name} ${o.value} shows its count`);
          assert.equal(o.disabled, /\(0\)/.test(o.text), `${name} ${o.value} disabled iff empty`);
          assert.equal(o.lang === "en", o.text.endsWith(` · ${BADGE[lang]}`), `${name} ${o.value} marked`);
        }
        assert.ok(terms.some((o) => o.lang === "en"), `${name}: some term is untranslated`);
      }
      const themes = await page.locator("select[name=theme] option:not([lang])").allTextContents();
      assert.ok(themes.length > 1, "translated themes are offered unmarked");
      await axeClean(page, `filters ${lang}`);
    });
  });

  test(`the language switcher keeps the filters and the query (${lang})`, async () => {
    await inPage(browser.context, `switcher-${lang}`, async (page) => {
      const { practices } = await sections(page, lang);
      await page.goto(`${BASE_URL}${practices}?theme=guidance&kind=good-practice`);
      await page.click('nav[aria-label] a[hreflang="en"]');
      const url = new URL(page.url());
      assert.equal(url.pathname, "/en/practices/");
      assert.equal(url.searchParams.get("theme"), "guidance");
      assert.equal(url.searchParams.get("kind"), "good-practice");
      assert.equal(await page.locator("select[name=theme]").inputValue(), "guidance");
      await page.goto(`${BASE_URL}/${lang}/search/?q=VET`);
      await page.click('nav[aria-label] a[hreflang="en"]');
      assert.equal(new URL(page.url()).search, "?q=VET");
      assert.equal(await page.locator("input[name=q]").first().inputValue(), "VET");
    });
  });

  test(`the map's title is in the reader's language (${lang})`, async () => {
    await inPage(browser.context, `map-${lang}`, async (page) => {
      const { ambassadors } = await sections(page, lang);
      await page.goto(BASE_URL + ambassadors);
      const title = await page.locator(".europe-map svg > title").first().textContent();
      const expected = { fi: /Euroopan kartta/, nl: /Kaart van Europa/ }[lang];
      assert.match(title, expected);
      assert.doesNotMatch(title, /Map of Europe/);
      const alone = await page.request.get(`${BASE_URL}${ambassadors}map/`);
      assert.match(await alone.text(), expected);
      await axeClean(page, `ambassadors ${lang}`);
    });
  });
}

test("dates read in each locale's European form (en, fi, nl)", async () => {
  await inPage(browser.context, "dates", async (page) => {
    const forms = {
      en: /^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/, // 17 March 2027, 14:00
      fi: /^\d{1,2}\. [a-zä]+ta \d{4}, \d{1,2}\.\d{2}$/, // 17. maaliskuuta 2027, 14.00
      nl: /^\d{1,2} [a-z]+ \d{4}, \d{2}:\d{2}$/, // 17 maart 2027, 14:00
    };
    for (const [lang, form] of Object.entries(forms)) {
      const { events } = await sections(page, lang);
      await page.goto(BASE_URL + events);
      const dates = await page.locator("main article.card time").allTextContents();
      assert.ok(dates.length >= 3, lang);
      for (const date of dates) assert.match(date.trim(), form, `${lang}: ${date}`);
      await axeClean(page, `events ${lang}`);
    }
  });
});

for (const lang of ["en", "fi", "nl"]) {
  test(`the home page and the practice, event and news listings show images with alt text (${lang})`, async () => {
    await inPage(browser.context, `images-${lang}`, async (page) => {
      const { practices, events, news } = await sections(page, lang);
      for (const url of [`/${lang}/`, practices, events, news]) {
        await page.goto(BASE_URL + url);
        const images = await page.locator("main article.card img").evaluateAll((imgs) =>
          imgs.map((img) => ({
            alt: img.getAttribute("alt"),
            lang: img.closest("[lang]").getAttribute("lang"),
            loaded: img.complete && img.naturalWidth > 0,
            wide: img.naturalWidth,
          })));
        const cards = await page.locator("main article.card").count();
        assert.equal(images.length, cards, `${url}: every card has its picture`);
        for (const image of images) {
          assert.ok(image.alt && image.alt.length > 15, `${url}: alt ${image.alt}`);
        }
        // Lazy images load once scrolled to; then they are renditions, not originals.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForFunction(() => [...document.querySelectorAll("main article.card img")]
          .every((img) => img.complete && img.naturalWidth > 0));
        const widths = await page.locator("main article.card img").evaluateAll((imgs) => imgs.map((i) => i.naturalWidth));
        assert.ok(widths.every((w) => w <= 320), `${url}: renditions ${widths}`);
        await axeClean(page, `images ${url}`);
      }
      if (lang !== "en") {
        // A translated practice's alt text is in the reader's language.
        await page.goto(BASE_URL + practices);
        const own = page.locator("main article.card img:not([lang])");
        assert.ok(await own.count() >= 1, "translated alt text");
        assert.doesNotMatch(await own.first().getAttribute("alt"), /^An? /);
      }
    });
  });
}

test("a project's acronym is not repeated in its heading (en, fi)", async () => {
  await inPage(browser.context, "acronym", async (page) => {
    for (const lang of ["en", "fi"]) {
      const { projects } = await sections(page, lang);
      await page.goto(BASE_URL + projects);
      const titles = await page.locator("main article h2").allTextContents();
      assert.ok(titles.length >= 2);
      for (const title of titles) {
        const words = title.replace(/[()]/g, " ").split(/\s+/).filter((w) => w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w));
        assert.equal(new Set(words).size, words.length, `repeated acronym in ${title}`);
        assert.doesNotMatch(title, /^(\S+) \(\1\)$/, title);
      }
      const first = await page.locator("main article h2 a").first().getAttribute("href");
      await page.goto(BASE_URL + first);
      const h1 = (await page.locator("h1").textContent()).trim();
      assert.doesNotMatch(h1, /^(.+) \(\1\)$/, h1);
      await axeClean(page, `project ${lang}`);
    }
  });
});
