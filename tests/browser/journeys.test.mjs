// What readers and editors do: switch language, filter practices and page through the
// batches, search, download an event's calendar file, apply to the network and find the
// application pending in the admin.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";

import { BASE_URL, inPage, openBrowser } from "./helpers.mjs";

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test("switching language keeps the reader on the same page", async () => {
  await inPage(browser.context, "language", async (page) => {
    await page.goto(`${BASE_URL}/en/practices/`);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await page.click('nav[aria-label="Languages"] a[hreflang="fi"]');
    await page.waitForURL(/\/fi\//);
    assert.equal(await page.getAttribute("html", "lang"), "fi");
    assert.match(new URL(page.url()).pathname, /^\/fi\/[^/]+\/$/);
    const current = page.locator('a[hreflang="fi"][aria-current="true"]');
    assert.equal(await current.count(), 1);
    await page.click('a[hreflang="en"]');
    await page.waitForURL(`${BASE_URL}/en/practices/`);
  });
});

test("practices are filtered and paged through in batches of ten", async () => {
  await inPage(browser.context, "practices", async (page) => {
    await page.goto(`${BASE_URL}/en/practices/`);
    const status = page.locator("#results-count");
    const first = await status.textContent();
    const total = Number(first.match(/out of (\d+)/)[1]);
    assert.match(first, /Displaying results 1 - 10 out of \d+/);
    assert.ok(total > 10, `need more than one batch, have ${total}`);

    await page.click('nav.pagination a[rel="next"]');
    await page.waitForURL(/page=2/);
    assert.match(await status.textContent(), new RegExp(`Displaying results 11 - ${Math.min(20, total)} out of ${total}`));

    await page.selectOption("#id_kind", "quick-win");
    await page.click("form.filters button[type=submit]");
    await page.waitForURL(/kind=quick-win/);
    const filtered = Number((await status.textContent()).match(/out of (\d+)/)[1]);
    assert.ok(filtered > 0 && filtered < total, `quick wins: ${filtered} of ${total}`);
    const kinds = await page.locator("main article .kind").allTextContents();
    assert.ok(kinds.length > 0 && kinds.every((k) => k.trim() === "Quick win"), kinds.join());
  });
});

test("search from the header shows highlighted results and narrows by type", async () => {
  await inPage(browser.context, "search", async (page) => {
    await page.goto(`${BASE_URL}/en/`);
    await page.fill("#site-search-q", "learning");
    await page.press("#site-search-q", "Enter");
    await page.waitForURL(/\/en\/search\/\?q=learning/);
    assert.match(await page.textContent("#results-count"), /Displaying results 1 - \d+ out of \d+/);
    assert.ok(await page.locator(".results mark").count() > 0, "words are marked");
    const facet = page.locator(".facets a").first();
    const expected = Number((await facet.evaluate((a) => a.parentElement.textContent)).match(/\((\d+)\)/)[1]);
    await facet.click();
    await page.waitForURL(/type=/);
    assert.match(await page.textContent("#results-count"), new RegExp(`out of ${expected}$`));
  });
});

test("an event shows its local time and its .ics file downloads", async () => {
  await inPage(browser.context, "event-ics", async (page) => {
    await page.goto(`${BASE_URL}/en/events/`);
    await page.locator("#upcoming ~ article a, section[aria-labelledby=upcoming] article a").first().click();
    await page.waitForSelector("#ical-link");
    const zone = (await page.locator("dl.facts dd").nth(1).textContent()).split(" ")[0];
    assert.match(zone, /^[A-Z][A-Za-z_]+\/[A-Za-z_]+/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#ical-link")]);
    assert.match(download.suggestedFilename(), /\.ics$/);
    const text = readFileSync(await download.path(), "utf8");
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.ok(text.includes(`DTSTART;TZID=${zone}:`), `DTSTART in ${zone}`);
    assert.ok(text.includes(`BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`));
  });
});

test("an application is confirmed and waits, pending, in the admin", async () => {
  const name = `Browser Applicant ${Date.now()}`;
  await inPage(browser.context, "application", async (page) => {
    await page.goto(`${BASE_URL}/en/ambassadors/`);
    await page.click('a[href$="/apply/"]');
    await page.fill("#id_name", name);
    await page.fill("#id_email", "applicant@example.org");
    await page.selectOption("#id_country", "LV");
    await page.fill("#id_organisation", "Riga technical school");
    await page.selectOption("#id_kind", "learning-provider");
    await page.fill("#id_motivation", "We train workplace instructors.");
    await page.click("main form[method=post] button[type=submit]");
    await page.waitForSelector("#id_consent_error");
    assert.match(await page.textContent("#id_consent_error"), /Consent is required/);
    assert.equal(await page.getAttribute("#id_consent", "aria-invalid"), "true");
    await page.check("#id_consent");
    await page.click("main form[method=post] button[type=submit]");
    await page.waitForURL(/\/apply\/thanks\/$/);
    assert.match(await page.textContent("h1"), /Thank you/);
    assert.ok(!(await page.content()).includes(name), "the applicant is not shown publicly");
  });
  await inPage(browser.context, "admin", async (page) => {
    await page.goto(`${BASE_URL}/admin/login/`);
    await page.fill("#id_username", process.env.ADMIN_USERNAME ?? "admin");
    await page.fill("#id_password", process.env.ADMIN_PASSWORD ?? "admin");
    await page.click("form[method=post] button[type=submit]");
    await page.waitForURL(`${BASE_URL}/admin/`);
    await page.goto(`${BASE_URL}/admin/snippets/pages/ambassadorapplication/`);
    const row = page.locator("tr", { hasText: name });
    assert.equal(await row.count(), 1);
    assert.match(await row.textContent(), /Pending/);
  });
});
