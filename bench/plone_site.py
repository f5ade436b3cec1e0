"""Runs inside Plone's own interpreter (``zconsole run zope.conf plone_site.py
corpus.json``), never in vetcms's: a Plone 6.1 site with plone.volto and
plone.app.multilingual (en + fi), loaded with the corpus that bench/plone.py exported
from the vetcms demo. Sections are folderish Documents as in Volto sites; news are
News Items, events Events; each page's text is one slate block (what Volto writes)."""

import json
import sys
import uuid
from datetime import datetime

import pytz  # Event dates must be pytz zones: zoneinfo ones do not pickle in ZODB
import transaction
from plone import api
from plone.app.multilingual.browser.setup import SetupMultilingualSite
from plone.app.multilingual.interfaces import ITranslationManager
from plone.dexterity.utils import createContentInContainer
from Products.CMFPlone.factory import addPloneSite
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

PROFILES = [
    "plone.app.contenttypes:default",  # without it only Document (from plone.volto)
    "plone.volto:default",
    "plone.app.multilingual:default",
]


def blocks(title: str, text: str) -> dict:
    title_id, text_id = str(uuid.uuid4()), str(uuid.uuid4())
    paragraphs = [p for p in text.split("\n\n") if p.strip()] or [""]
    slate = [{"type": "p", "children": [{"text": p}]} for p in paragraphs]
    return {
        "blocks": {
            title_id: {"@type": "title"},
            text_id: {"@type": "slate", "value": slate, "plaintext": text},
        },
        "blocks_layout": {"items": [title_id, text_id]},
    }


def make_site(app, site_id: str, languages: list[str]):
    if site_id in app.objectIds():
        app.manage_delObjects([site_id])
    site = addPloneSite(
        app,
        site_id,
        title="VET knowledge portal",
        setup_content=False,
        default_language=languages[0],
        extension_ids=PROFILES,
    )
    setSite(site)
    api.portal.set_registry_record("plone.available_languages", languages)
    SetupMultilingualSite().setupSite(site)
    return site


def add(container, item: dict):
    fields = {"title": item["title"], "description": item["description"]}
    fields.update(blocks(item["title"], item["text"]))
    if item["type"] == "Event":
        zone = pytz.timezone("Europe/Helsinki")
        for key in ("start", "end"):
            fields[key] = zone.localize(datetime.fromisoformat(item[key][:19]))
    obj = createContentInContainer(
        container, item["type"], id=item["id"], checkConstraints=False, **fields
    )
    api.content.transition(obj, "publish")
    obj.reindexObject()
    return obj


def load(site, corpus: list[dict]) -> int:
    made = {}  # (language, path) -> object
    for item in corpus:  # parents come before children
        root = site[item["language"]]
        parent_path = item["path"].rpartition("/")[0]
        container = made.get((item["language"], parent_path), root)
        obj = add(container, item)
        made[(item["language"], item["path"])] = obj
        source = made.get(("en", item.get("source_path") or ""))
        if item["language"] != "en" and item.get("source_path") and source:
            ITranslationManager(source).register_translation(item["language"], obj)
    for language in {item["language"] for item in corpus}:
        if api.content.get_state(site[language], default=None) != "published":
            api.content.transition(site[language], "publish")
    return len(made)


def main():
    corpus_path, site_id, languages = sys.argv[-3], sys.argv[-2], sys.argv[-1]
    root = makerequest(globals()["app"])  # zconsole passes the Zope root as ``app``
    site = make_site(root, site_id, languages.split(","))
    with api.env.adopt_user(username="admin"):
        count = load(site, json.loads(open(corpus_path).read()))
    transaction.commit()
    print(f"created {count} pages in /{site_id}")


main()
