// Translators work in their language, Finnish and Latvian here: the admin and its menu
// in the translator's language (Wagtail's, localize's and the project's catalogs),
// no English string of those catalogs left on their screens, the translation-memory
// button telling how many segments it filled (or that it filled none), a PO file
// uploaded in the editor submitted for review, and the agency export starting drafts
// of pages not yet translated. axe-core checks the translation editor.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { BASE_URL, inPage, openBrowser, seriousViolations } from "./helpers.mjs";
import { account, django, logIn, untranslatedAdminStrings, visibleLeftovers } from "./admin.mjs";

const root = new URL("../..", import.meta.url).pathname;
const python = process.env.PYTHON ?? `${root}.venv/bin/python`;

// What each language's translator should read (project, localize and Wagtail catalogs).
const LANGUAGES = {
  fi: {
    reports: "Raportit",
    translations: "Käännökset",
    heading: "Käännös: englanti → suomi",
    filled: /^Käännösmuisti täytti (\d+) segmenttiä; tarkista ne ennen lähettämistä\. (\d+) segmentti(?:ä)? on vielä kääntämättä\.$/,
    nothing: (n) =>
      n === 1
        ? "Käännösmuisti ei täyttänyt mitään: sillä ei ole käännöstä 1 kääntämättömälle segmentille."
        : `Käännösmuisti ei täyttänyt mitään: sillä ei ole käännöstä yhdellekään ${n} kääntämättömästä segmentistä.`,
    submitted: "Käännökset tuotiin PO-tiedostosta ja lähetettiin tarkastettaviksi.",
  },
  lv: {
    reports: "Pārskati",
    translations: "Tulkojumi",
    heading: "Tulkojums: angļu → latviešu",
    filled: /^Tulkošanas atmiņa aizpildīja (\d+) segmentus; pārskatiet tos pirms iesniegšanas\. (\d+) segment(?:s vēl nav iztulkots|i vēl nav iztulkoti)\.$/,
    nothing: (n) =>
      n % 10 === 1 && n % 100 !== 11
        ? `Tulkošanas atmiņa neko neaizpildīja: tai nav tulkojuma ${n} netulkotajam segmentam.`
        : `Tulkošanas atmiņa neko neaizpildīja: tai nav tulkojuma nevienam no ${n} netulkotajiem segmentiem.`,
    submitted: "Tulkojumi importēti no PO faila un iesniegti pārskatīšanai.",
  },
};
const CODES = Object.keys(LANGUAGES);

/**
 * A new English practice copied from one translated into fi and lv, with a summary
 * nobody translated, and its draft translation in each language: the memory knows
 * every string but the summary.
 */
function pageForTheMemory() {
  return django(`
import json, uuid
from pages.models import PracticePage
from locales.localize import translate
def keys(code):
    return PracticePage.objects.filter(locale__language_code=code).values("translation_key")
source = PracticePage.objects.filter(
    locale__language_code="en", live=True, translation_key__in=keys("fi")
).filter(translation_key__in=keys("lv")).order_by("pk").first()
tag = uuid.uuid4().hex[:8]
copy = source.copy(
    update_attrs={"slug": f"memory-{tag}", "summary": f"A summary nobody translated ({tag})."},
    keep_live=False,
)
print(json.dumps({code: translate(copy, code, {}, publish=False).pk for code in ${JSON.stringify(CODES)}}))
`);
}

function messages(page) {
  return page.locator(".messages li").allInnerTexts().then((all) => all.map((t) => t.trim()));
}

let browser;
let strings;
let pages;
before(async () => {
  browser = await openBrowser();
  strings = untranslatedAdminStrings(CODES);
  pages = pageForTheMemory();
  for (const code of CODES) account(`browser-tr-${code}`, `Translators (${code})`, code);
});
after(async () => { await browser?.close(); });

for (const code of CODES) {
  const expected = LANGUAGES[code];
  describe(`a ${code} translator`, () => {
    test("has the admin and its menu in the language, with no English leftover", async () => {
      await inPage(browser.context, `translator-${code}-dashboard`, async (page) => {
        await logIn(page, `browser-tr-${code}`);
        assert.equal(await page.getAttribute("html", "lang"), code);
        const sidebar = page.locator("#wagtail-sidebar");
        await sidebar.getByRole("button", { name: expected.reports }).click();
        await sidebar.getByRole("link", { name: expected.translations }).waitFor();
        assert.deepEqual(await visibleLeftovers(page, strings[code]), []);
      });
    });

    test("reads the translation editor in the language, axe-clean", async () => {
      await inPage(browser.context, `translator-${code}-editor`, async (page) => {
        await logIn(page, `browser-tr-${code}`);
        await page.goto(`${BASE_URL}/admin/pages/${pages[code]}/edit/`);
        await page.getByText(expected.heading).first().waitFor();
        assert.deepEqual(await visibleLeftovers(page, strings[code]), []);
        // localize's hard-coded English: "englanti to suomi translation", "More actions".
        const editor = page.locator(".js-translation-editor");
        assert.doesNotMatch(await editor.innerText(), / to \S+ translation/);
        const labels = await editor.locator(".w-sr-only").allTextContents();
        assert.ok(!labels.includes("More actions"), labels.join(" | "));
        assert.deepEqual(await seriousViolations(page), []);
      });
    });

    test("hears from the memory button how many segments it filled, then that it filled none", async () => {
      await inPage(browser.context, `translator-${code}-memory`, async (page) => {
        await logIn(page, `browser-tr-${code}`);
        await page.goto(`${BASE_URL}/admin/pages/${pages[code]}/edit/`);
        const button = page.locator("form[action*='/machine_translate/'] button:visible").first();
        await button.click();
        await page.waitForLoadState("load");
        const [first] = await messages(page);
        const filled = first.match(expected.filled);
        assert.ok(filled, first);
        assert.ok(Number(filled[1]) >= 2, "the title and the body at least");
        const left = Number(filled[2]);
        assert.ok(left >= 1, "the summary nobody translated at least");

        await page.locator("form[action*='/machine_translate/'] button:visible").first().click();
        await page.waitForLoadState("load");
        assert.deepEqual(await messages(page), [expected.nothing(left)]);
      });
    });

    test("uploads a PO file from the editor and it is submitted for review", async () => {
      await inPage(browser.context, `translator-${code}-po`, async (page) => {
        await logIn(page, `browser-tr-${code}`);
        await page.goto(`${BASE_URL}/admin/pages/${pages[code]}/edit/`);
        const download = page.waitForEvent("download");
        await page.locator("a[href*='/pofile/download/']:visible").first().click();
        const file = join(mkdtempSync(join(tmpdir(), "vetcms-po-")), `${code}.po`);
        await (await download).saveAs(file);
        // The summary nobody translated gets the agency's translation.
        const po = readFileSync(file, "utf8").replace(
          /(msgid "A summary nobody translated \([0-9a-f]+\)\."\nmsgstr )""/,
          `$1"${code}: ${expected.heading}"`,
        );
        assert.notEqual(po, readFileSync(file, "utf8"), "the PO file holds the summary");
        writeFileSync(file, po);
        await page.locator("form[action*='/pofile/upload/'] input[type=file]").first().setInputFiles(file);
        await page.waitForURL(/\/edit\/$/);
        await page.locator(".messages li").first().waitFor();
        assert.deepEqual(await messages(page), [expected.submitted]);
        const state = django(`
import json
from wagtail.models import Page
page = Page.objects.get(pk=${pages[code]}).specific
print(json.dumps([page.workflow_in_progress, page.live, page.get_latest_revision_as_object().summary]))
`);
        assert.deepEqual(state, [true, false, `${code}: ${expected.heading}`]);
      });
    });
  });
}

test("the agency export starts drafts of pages not yet in the language, which the translator then edits", async () => {
  const created = django(`
import json, uuid
from pages.models import PracticePage
source = PracticePage.objects.filter(locale__language_code="en", live=True).order_by("pk").first()
copy = source.copy(update_attrs={"slug": "agency-" + uuid.uuid4().hex[:8]}, keep_live=True)
print(json.dumps(copy.translation_key.hex))
`);
  const out = mkdtempSync(join(tmpdir(), "vetcms-agency-"));
  const log = execFileSync(python, ["manage.py", "export_translations", "lv", out, "--untranslated"], { cwd: root });
  assert.match(log.toString(), /[1-9]\d* translation\(s\) started as drafts/);
  assert.ok(readdirSync(out, { recursive: true }).some((name) => String(name).endsWith(".po")));
  const draft = django(`
import json, uuid
from wagtail.models import Page
page = Page.objects.get(translation_key=uuid.UUID("${created}"), locale__language_code="lv")
print(json.dumps([page.pk, page.live]))
`);
  assert.equal(draft[1], false, "started as a draft");
  await inPage(browser.context, "translator-lv-agency-draft", async (page) => {
    await logIn(page, "browser-tr-lv");
    await page.goto(`${BASE_URL}/admin/pages/${draft[0]}/edit/`);
    await page.getByText(LANGUAGES.lv.heading).first().waitFor();
    assert.deepEqual(await visibleLeftovers(page, strings.lv), []);
  });
});
