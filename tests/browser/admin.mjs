// The admin as its users: accounts made in the demo's database through manage.py
// (the same DATABASE_URL as the demo server, from tests/live/demo_server.sh), logging
// in, and the visible strings of a page that are still English.
import { execFileSync } from "node:child_process";

import { BASE_URL } from "./helpers.mjs";

const root = new URL("../..", import.meta.url).pathname;
const python = process.env.PYTHON ?? `${root}.venv/bin/python`;
export const PASSWORD = process.env.VETCMS_TEST_PASSWORD ?? `browser-${Date.now()}`;

/** Run Python in the demo's Django and return what it prints last, parsed as JSON. */
export function django(code) {
  const out = execFileSync(python, ["manage.py", "shell", "-v0", "-c", code], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString().trim().split("\n").pop());
}

/** A member of "Translators (<code>)" whose admin is in <code>, or an editor. */
export function account(username, group, language) {
  return django(`
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
user, _ = get_user_model().objects.get_or_create(username=${JSON.stringify(username)})
user.set_password(${JSON.stringify(PASSWORD)}); user.save()
user.groups.add(Group.objects.get(name=${JSON.stringify(group)}))
profile = UserProfile.get_for_user(user)
profile.preferred_language = ${JSON.stringify(language)}; profile.save()
print(json.dumps(user.pk))
`);
}

/** Log in as ``username`` (whoever was logged in in this browser is logged out). */
export async function logIn(page, username) {
  await page.context().clearCookies();
  await page.goto(`${BASE_URL}/admin/login/`);
  await page.fill("#id_username", username);
  await page.fill("#id_password", PASSWORD);
  await page.click("form[method=post] button[type=submit]");
  await page.waitForURL(`${BASE_URL}/admin/`);
}

/**
 * For each language, the English strings of Wagtail's and wagtail-localize's catalogs
 * (server and JavaScript) that nothing translates into it: neither Wagtail's nor
 * localize's catalogs nor the project's, whitespace collapsed as visible text is. A
 * visible one is an English leftover.
 */
export function untranslatedAdminStrings(codes) {
  return django(`
import glob, json, os
import polib, wagtail, wagtail_localize
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation
from django.views.i18n import JavaScriptCatalog
english = set()
for package in (wagtail, wagtail_localize):
    pattern = os.path.join(os.path.dirname(package.__file__), "**/locale/en/LC_MESSAGES/*.po")
    for path in glob.glob(pattern, recursive=True):
        english |= {e.msgid for e in polib.pofile(path) if not e.obsolete and not e.msgid_plural}
english = {m for m in english if any(c.isalpha() for c in m) and len(m) > 2}
out = {}
for code in ${JSON.stringify(codes)}:
    view = JavaScriptCatalog()
    view.translation = DjangoTranslation(code, domain="djangojs")
    javascript = view.get_catalog()
    with translation.override(code):
        left = [m for m in english if translation.gettext(m) == m and m not in javascript]
    # As the page shows them: "Locale: " (the side panel's prefix) reads "Locale:".
    out[code] = sorted({" ".join(m.split()) for m in left})
print(json.dumps(out))
`);
}

/** Visible text (text nodes, labels of controls) that is one of ``strings``. */
export async function visibleLeftovers(page, strings) {
  const texts = await page.evaluate(() => {
    const seen = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest("script, style, template, noscript")) continue;
      const style = getComputedStyle(element);
      const hidden = style.display === "none" || style.visibility === "hidden";
      const screenReader = element.closest(".w-sr-only, .visuallyhidden");
      if (hidden && !screenReader) continue;
      if (!screenReader && !element.getClientRects().length) continue;
      seen.push(node.textContent.trim().replace(/\s+/g, " "));
    }
    for (const control of document.querySelectorAll("[aria-label], [placeholder], [title]")) {
      if (!control.getClientRects().length) continue;
      for (const name of ["aria-label", "placeholder", "title"]) {
        if (control.hasAttribute(name)) seen.push(control.getAttribute(name).trim());
      }
    }
    return seen;
  });
  const known = new Set(strings);
  return [...new Set(texts.filter((text) => known.has(text)))];
}
