"""The main admin screens an Estonian or Latvian editor uses, rendered in their
language: no English string of Wagtail's catalogs may remain visible (issue #23).

Each screen is rendered with the Django test client; its visible text nodes (not
script or style) are compared with the msgids of Wagtail's English catalogs. A node
that is exactly one of them, of at least four letters, is a leftover: Wagtail's own
catalog for the language lacks it and so does ours (locales/wagtail_admin/). A Wagtail
upgrade adding strings to these screens fails here, naming them."""

import glob
import json
import os
import re
from pathlib import Path

import polib
import pytest
import wagtail
from bs4 import BeautifulSoup
from django.urls import reverse

WAGTAIL = Path(os.path.dirname(wagtail.__file__))

# Words that read the same in the language (names, codes), never leftovers.
SAME_IN_EVERY_LANGUAGE = {"Wagtail", "Draftail", "Gravatar", "Markdown", "Embed"}
# The demo site's content, not Wagtail's interface (the home page's title).
CONTENT = {"Home"}


def english_msgids() -> dict[str, set[str]]:
    """Wagtail's English msgids by the text they show (whitespace collapsed): the
    side panel's "Locale: " reads "Locale:" on screen."""
    ids = set()
    for path in glob.glob(
        str(WAGTAIL / "**/locale/en/LC_MESSAGES/*.po"), recursive=True
    ):
        for entry in polib.pofile(path):
            if not entry.obsolete:
                ids.add(entry.msgid)
                if entry.msgid_plural:
                    ids.add(entry.msgid_plural)
    shown = {}
    for i in ids:
        if (
            len(re.findall(r"[A-Za-z]", i)) >= 4
            and not re.search(r"%|\{", i)
            and i not in SAME_IN_EVERY_LANGUAGE | CONTENT
        ):
            shown.setdefault(" ".join(i.split()), set()).add(i)
    return shown


def translated_by_wagtail(code: str) -> set[str]:
    """Msgids Wagtail's own catalogs translate in some context: English on screen in
    another context (msgctxt) or from a model's own label; out of our catalogs' reach
    (test_wagtail_admin_catalogs forbids overriding Wagtail)."""
    ids = set()
    pattern = WAGTAIL / "**" / "locale" / code / "LC_MESSAGES" / "*.po"
    for path in glob.glob(str(pattern), recursive=True):
        ids |= {e.msgid for e in polib.pofile(path) if e.translated()}
    return ids


ENGLISH = english_msgids()


def visible_text(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "template", "noscript"]):
        tag.decompose()
    texts = [" ".join(s.split()) for s in soup.find_all(string=True)]
    # What the eye reads in a control without text: titles, labels, placeholders.
    for tag in soup.find_all(True):
        for attr in ("title", "aria-label", "placeholder", "alt"):
            if tag.get(attr):
                texts.append(" ".join(tag[attr].split()))
        if tag.name == "input" and tag.get("type") in {"submit", "button"}:
            texts.append(" ".join((tag.get("value") or "").split()))
    return [t for t in texts if t]


def leftovers(html: str) -> set[str]:
    """The msgids a visible text is: its exact form first, so that "Locale:" is
    "Locale: " (which et and lv lacked), not "Locale" (which lv translates); else the
    text without a trailing colon or ellipsis our templates add."""
    found = set()
    for text in visible_text(html):
        if text in ENGLISH:
            found |= ENGLISH[text]
            continue
        for candidate in {text.rstrip(":…."), text.rstrip("…")}:
            found |= ENGLISH.get(candidate, set())
    return found


def screens():
    """(name, url) of the screens an editor works in, on the demo site."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Task

    from pages.models import AmbassadorApplication
    from search.glossary.models import GlossaryConcept

    page = (
        Page.objects.filter(depth__gte=3, locale__language_code="en")
        .order_by("-depth", "pk")
        .specific()
        .first()
    )
    home = Page.objects.filter(depth=2).first()
    image = get_image_model().objects.first()
    document = get_document_model().objects.first()
    concept = GlossaryConcept.objects.first()
    application = AmbassadorApplication.objects.first()
    task = Task.objects.first()
    out = [
        ("dashboard", reverse("wagtailadmin_home")),
        ("explorer", reverse("wagtailadmin_explore", args=[home.pk])),
        ("page edit", reverse("wagtailadmin_pages:edit", args=[page.pk])),
        ("page history", reverse("wagtailadmin_pages:history", args=[page.pk])),
        ("images", reverse("wagtailimages:index")),
        ("image chooser", reverse("wagtailimages_chooser:choose")),
        ("documents", reverse("wagtaildocs:index")),
        ("document chooser", reverse("wagtaildocs_chooser:choose")),
        ("page chooser", reverse("wagtailadmin_choose_page")),
        ("reports: locked pages", reverse("wagtailadmin_reports:locked_pages")),
        ("reports: workflows", reverse("wagtailadmin_reports:workflow")),
        ("reports: site history", reverse("wagtailadmin_reports:site_history")),
        ("workflow tasks", reverse("wagtailadmin_workflows:task_index")),
        ("workflows", reverse("wagtailadmin_workflows:index")),
        ("account", reverse("wagtailadmin_account")),
    ]
    if image:
        out.append(("image edit", reverse("wagtailimages:edit", args=[image.pk])))
    if document:
        out.append(("document edit", reverse("wagtaildocs:edit", args=[document.pk])))
    for name, model, obj in [
        ("glossary concept", GlossaryConcept, concept),
        ("ambassador application", AmbassadorApplication, application),
    ]:
        viewset = model.snippet_viewset
        out.append((f"{name} list", reverse(viewset.get_url_name("list"))))
        if obj:
            out.append(
                (f"{name} edit", reverse(viewset.get_url_name("edit"), args=[obj.pk]))
            )
    if task:
        out.append(
            ("task edit", reverse("wagtailadmin_workflows:edit_task", args=[task.pk]))
        )
    return out


def render_all(client, user):
    client.force_login(user)
    found = {}
    for name, url in screens():
        response = client.get(url, HTTP_X_REQUESTED_WITH="")
        if response.status_code != 200:
            found.setdefault(f"<status {response.status_code}>", []).append(name)
            continue
        content = response.content.decode()
        if response.get("Content-Type", "").startswith("application/json"):
            content = json.loads(content).get("html", "")
        for text in leftovers(content):
            found.setdefault(text, []).append(name)
    return found


@pytest.mark.parametrize("code", ["et", "lv", "fi"])
def test_no_english_left_on_the_editors_screens(
    demo_site, compiled, db, client, admin_in, code, report_figures
):
    theirs = translated_by_wagtail(code)
    found = {
        k: v for k, v in render_all(client, admin_in(code)).items() if k not in theirs
    }
    report_figures(f"admin leftovers {code}: {len(found)}")
    listing = "\n".join(
        f"{k!r}: {', '.join(sorted(set(v)))}" for k, v in sorted(found.items())
    )
    assert not found, f"{len(found)} English strings in {code}:\n{listing}"
