// Editors, with their admin in Finnish and in Latvian: an event's time zone is chosen
// from the curated list (Europe first, no "localtime"); the schedule dialog's date
// picker leaves its Save button uncovered and clickable; editing, saving and editing
// again in one window brings no "You saved a new version in another window" warning.
// The screens show none of Wagtail's English strings that a catalog leaves
// untranslated, and axe-core finds nothing serious in the time-zone field's form.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { BASE_URL, inPage, openBrowser, seriousViolations } from "./helpers.mjs";
import { account, django, logIn, untranslatedAdminStrings, visibleLeftovers } from "./admin.mjs";

const CODES = ["fi", "lv"];
// Outside "Europe/", listed with Europe's zones (cms/core/timezones.py).
const EUROPEAN_ELSEWHERE = new Set([
  "Arctic/Longyearbyen", "Atlantic/Azores", "Atlantic/Canary",
  "Atlantic/Faroe", "Atlantic/Madeira", "Atlantic/Reykjavik",
]);

let browser;
let strings;
let events;
before(async () => {
  browser = await openBrowser();
  strings = untranslatedAdminStrings(CODES);
  for (const code of CODES) account(`browser-editor-${code}`, "Editors", code);
  // Two English events, one per language's editor, so their saves do not meet.
  events = django(`
import json
from pages.models import EventPage
print(json.dumps(list(EventPage.objects.filter(locale__language_code="en", live=True)
                      .order_by("-pk").values_list("pk", flat=True)[:2])))
`);
});
after(async () => { await browser?.close(); });

/** Whether the centre of ``locator`` is the element itself (nothing lies on top). */
function uncovered(locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return element === top || element.contains(top);
  });
}

CODES.forEach((code, index) => {
  describe(`an editor working in ${code}`, () => {
    test("chooses an event's time zone from the curated list, Europe first", async () => {
      await inPage(browser.context, `editor-${code}-time-zones`, async (page) => {
        await logIn(page, `browser-editor-${code}`);
        await page.goto(`${BASE_URL}/admin/pages/${events[index]}/edit/`);
        assert.equal(await page.getAttribute("html", "lang"), code);
        const zones = await page.locator("select[name=time_zone] option").evaluateAll(
          (options) => options.map((o) => o.value).filter(Boolean),
        );
        assert.ok(zones.length > 300 && zones.length < 450, `${zones.length} zones`);
        assert.ok(!zones.includes("localtime"));
        assert.ok(!zones.includes("Europe/Kiev") && !zones.includes("US/Eastern"), "no aliases");
        const european = (zone) => zone.startsWith("Europe/") || EUROPEAN_ELSEWHERE.has(zone);
        const firstOther = zones.findIndex((zone) => !european(zone));
        assert.ok(firstOther > 40, "Europe's zones come first");
        assert.ok(zones.slice(firstOther).every((zone) => !european(zone)), "and only first");
        assert.ok(zones.includes("Europe/Helsinki") && zones.includes("Europe/Riga"));
        assert.deepEqual(await visibleLeftovers(page, strings[code]), []);
        const form = await seriousViolations(page);
        assert.deepEqual(form.filter((v) => /time_zone|id_time_zone/.test(v)), []);
      });
    });

    test("sees the schedule dialog's Save button uncovered while a date picker is open", async () => {
      await inPage(browser.context, `editor-${code}-schedule`, async (page) => {
        await logIn(page, `browser-editor-${code}`);
        await page.goto(`${BASE_URL}/admin/pages/${events[index]}/edit/`);
        const setSchedule = page.locator("button[data-a11y-dialog-show='schedule-publishing-dialog']:visible");
        // The status panel may already be open (Wagtail remembers the last panel).
        if (!(await setSchedule.count())) await page.locator("[data-side-panel-toggle='status']").click();
        await setSchedule.first().click();
        const dialog = page.locator("#schedule-publishing-dialog");
        const save = dialog.locator("button[type=submit]").first();
        await save.waitFor();
        for (const field of ["go_live_at", "expire_at"]) {
          await dialog.locator(`input[name=${field}]`).click();
          const picker = page.locator(".xdsoft_datetimepicker:visible");
          await picker.first().waitFor();
          await page.waitForTimeout(200); // the picker positions itself after showing
          assert.ok(await uncovered(save), `the ${field} picker covers Save`);
          // The picker itself is still whole on screen.
          const box = await picker.first().boundingBox();
          assert.ok(box.y >= 0 && box.x >= 0, JSON.stringify(box));
          await dialog.locator("h2, [id$=title]").first().click({ force: true });
        }
        // A date typed in, then Save while the picker is still open.
        const goLive = dialog.locator("input[name=go_live_at]");
        await goLive.click();
        await goLive.fill("2031-01-15 09:00");
        assert.ok(await uncovered(save));
        assert.deepEqual(await visibleLeftovers(page, strings[code]), []);
      });
    });

    test("edits, saves and edits again with no warning of another window", async () => {
      await inPage(browser.context, `editor-${code}-sessions`, async (page) => {
        await logIn(page, `browser-editor-${code}`);
        const edit = `${BASE_URL}/admin/pages/${events[index]}/edit/`;
        await page.goto(edit);
        await page.fill("#id_title", `${await page.inputValue("#id_title")} ·`);
        await page.waitForTimeout(1500); // autosave runs after half a second
        await page.locator("footer button[type=submit]").first().click(); // Save draft
        await page.waitForURL(edit);
        await page.locator(".messages .success").waitFor();
        await page.fill("#id_title", `${await page.inputValue("#id_title")} ·`);
        // Wagtail pings the editing session when the page shows and every 10 s.
        const ping = () => page.waitForResponse((r) => r.url().includes("/editing-sessions/ping/"), { timeout: 20_000 });
        await ping();
        await ping();
        assert.equal(await page.locator(".w-editing-sessions__session--saved").count(), 0,
          "a warning that a new version was saved elsewhere");
        assert.equal(await page.locator("#w-editing-sessions .w-ping--critical").count(), 0);
        assert.deepEqual(await visibleLeftovers(page, strings[code]), []);
      });
    });
  });
});
