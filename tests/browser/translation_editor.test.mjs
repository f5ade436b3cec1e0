// The translation editor as a Finnish translator: the bottom bar's primary button is
// "Submit translation for review" (locales/editor.py and its editor script), with no
// "Convert to alias page" among its actions, and clicking it starts the review.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { after, before, test } from "node:test";

import { BASE_URL, inPage, openBrowser } from "./helpers.mjs";

const root = new URL("../..", import.meta.url).pathname;
const python = process.env.PYTHON ?? `${root}.venv/bin/python`;
const password = `translator-${Date.now()}`;

/** A fi translator and the admin address of a Finnish translation of the demo. */
function translatorAndPage() {
  const code = `
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail_localize.models import Translation
from locales.roles import translators_group_name
user, _ = get_user_model().objects.get_or_create(username="browser-translator-fi")
user.set_password("${password}"); user.save()
user.groups.add(Group.objects.get(name=translators_group_name("fi")))
keys = Translation.objects.filter(target_locale__language_code="fi", enabled=True)
keys = keys.values_list("source__object_id", flat=True)
page = Page.objects.filter(locale__language_code="fi", translation_key__in=keys, depth__gt=2).first()
print(page.pk)
`;
  const out = execFileSync(python, ["manage.py", "shell", "-v0", "-c", code], { cwd: root });
  return `${BASE_URL}/admin/pages/${out.toString().trim().split("\n").pop()}/edit/`;
}

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test("a translator's main action in the translation editor is submitting for review", async () => {
  const editUrl = translatorAndPage();
  await inPage(browser.context, "translation-editor", async (page) => {
    await page.goto(`${BASE_URL}/admin/login/`);
    await page.fill("#id_username", "browser-translator-fi");
    await page.fill("#id_password", password);
    await page.click("form[method=post] button[type=submit]");
    await page.waitForURL(`${BASE_URL}/admin/`);
    await page.goto(editUrl);
    const primary = page.locator('footer button[name="action"][value="submit-for-review"]');
    await primary.waitFor();
    assert.match(await primary.textContent(), /Submit translation for review/);
    const footer = await page.locator("footer").innerHTML();
    assert.ok(!footer.includes("Convert to alias page"), "no alias conversion");
    assert.ok(!/Publish in/.test(footer), "no publish action");
    // Clicking it starts the review workflow; the button then says so, disabled.
    await primary.click();
    await page.waitForSelector(".messages .success");
    assert.match(await page.textContent(".messages"), /was submitted for review/);
    const waiting = page.locator('footer button[value="submit-for-review"]');
    await waiting.waitFor();
    assert.match(await waiting.textContent(), /Awaiting review/);
    assert.ok(await waiting.isDisabled());
  });
});
