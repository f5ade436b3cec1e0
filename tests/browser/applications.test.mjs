// Ambassador applications as applicants and their reviewers live them: an applicant
// applies through the Finnish or the Dutch form; a member of "Editors" whose admin is
// in Finnish, and a member of "Network managers" whose admin is in Latvian (neither a
// superuser), find it on their dashboard's pending panel, in their language, decide it
// there, and it leaves the panel. axe-core checks the dashboard with the panel.
// With journeys.test.mjs's, three applications come from one address on one demo
// server: under its limit of five accepted per hour (pages/site/conf.py).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { BASE_URL, inPage, openBrowser, seriousViolations } from "./helpers.mjs";
import { account, django, logIn, untranslatedAdminStrings, visibleLeftovers } from "./admin.mjs";

// One reviewer per admin language, each deciding an application from another form.
const REVIEWERS = {
  fi: {
    group: "Editors",
    form: { lang: "fi", country: "FI", thanks: "Kiitos hakemuksestasi" },
    panel: /\d+ lähettiläshakemus(ta)? odottaa käsittelyä/,
    action: "Hyväksy",
    decided: (name) => `Hakemus (${name}): Hyväksytty.`,
    status: "approved",
  },
  lv: {
    group: "Network managers",
    form: { lang: "nl", country: "NL", thanks: "Bedankt voor uw aanmelding" },
    panel: /\d+ vēstniek(a|u) pieteikum(s|i|u) gaida izskatīšanu/,
    action: "Noraidīt",
    decided: (name) => `Pieteikums (${name}): Noraidīts.`,
    status: "rejected",
  },
};
const CODES = Object.keys(REVIEWERS);

let browser;
let strings;
before(async () => {
  browser = await openBrowser();
  strings = untranslatedAdminStrings(CODES);
  for (const code of CODES) account(`browser-reviewer-${code}`, REVIEWERS[code].group, code);
});
after(async () => { await browser?.close(); });

/** Apply through the form in ``lang``, reached from the English one's language switcher. */
async function apply(page, { lang, country, thanks }, name) {
  await page.goto(`${BASE_URL}/en/ambassadors/apply/`);
  await page.click(`nav[aria-label="Languages"] a[hreflang="${lang}"]`);
  await page.waitForURL(new RegExp(`/${lang}/[^/]+/apply/$`));
  assert.equal(await page.getAttribute("html", "lang"), lang);
  await page.fill("#id_name", name);
  await page.fill("#id_email", `${lang}-applicant@example.org`);
  await page.selectOption("#id_country", country);
  await page.fill("#id_organisation", `${lang} vocational school`);
  await page.selectOption("#id_kind", "learning-provider");
  await page.fill("#id_motivation", "We train workplace instructors.");
  await page.check("#id_consent");
  await page.click("main form[method=post] button[type=submit]");
  await page.waitForURL(/\/apply\/thanks\/$/);
  assert.equal((await page.textContent("h1")).trim(), thanks);
}

function statusOf(name) {
  return django(`
import json
from pages.models import AmbassadorApplication
print(json.dumps(AmbassadorApplication.objects.get(name=${JSON.stringify(name)}).status))
`);
}

for (const code of CODES) {
  const expected = REVIEWERS[code];
  describe(`a reviewer in "${expected.group}" working in ${code}`, () => {
    test(`decides an application from the ${expected.form.lang} form on the dashboard`, async () => {
      const name = `Applicant ${expected.form.lang} ${Date.now()}`;
      await inPage(browser.context, `application-${expected.form.lang}`, (page) =>
        apply(page, expected.form, name),
      );
      await inPage(browser.context, `reviewer-${code}`, async (page) => {
        await logIn(page, `browser-reviewer-${code}`);
        assert.equal(await page.getAttribute("html", "lang"), code);
        const heading = page.getByRole("heading", { name: expected.panel });
        await heading.waitFor();
        const row = page.locator("#pending-ambassador-applications-content tr", { hasText: name });
        assert.equal(await row.count(), 1, "the new application is on the panel");
        assert.deepEqual(await visibleLeftovers(page, strings[code]), []);
        assert.deepEqual(await seriousViolations(page), []);

        await row.getByRole("link", { name: expected.action }).click();
        await page.locator("main form[method=post]").getByRole("button", { name: expected.action }).click();
        await page.waitForURL(/\/admin\/snippets\/pages\/ambassadorapplication\//);
        const messages = await page.locator(".messages li").allInnerTexts();
        assert.deepEqual(messages.map((m) => m.trim()), [expected.decided(name)]);
        assert.equal(statusOf(name), expected.status);

        await page.goto(`${BASE_URL}/admin/`);
        assert.equal(await page.locator("tr", { hasText: name }).count(), 0, "decided: off the panel");
      });
    });
  });
}
