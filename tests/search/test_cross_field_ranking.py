"""Words split between the title and the body rank as one match (`cross_fields` over
the weight groups, search/engine_query.py), on the real engine: issue #21's et
"kutseõpetaja koolitus" ranked its answer last because only a group holding every
word counted."""

import pytest
from wagtail.models import Locale

from search.query import search_pages
from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine

FILLER = "Õppetöö toimub koolis ja ettevõttes, tunniplaan lepitakse kokku. " * 8


def body(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def practice(parent, title, summary, text):
    return published(
        factories.PracticePageFactory(
            parent=parent, title=title, summary=summary, body=body(text)
        )
    )


def test_words_split_between_title_and_body_rank_the_page_first(
    search_engine, translated_homes
):
    parent = translated_homes.get_translation(Locale.objects.get(language_code="et"))
    answer = practice(
        parent,
        "Kutseõpetaja",
        "Kuidas saada õpetajaks kutsekoolis ja mida amet nõuab.",
        f"{FILLER} Ülikool pakub pedagoogilist koolitust; koolitus kestab aasta.",
    )
    # Realistic distractors: both words in passing, in the body or the summary.
    distractors = [
        practice(
            parent,
            f"Töökohapõhine õpe ettevõttes {n}",
            "Koolitus toimub ettevõttes.",
            "Praktikat juhendab kutseõpetaja koos ettevõtte juhendajaga.",
        )
        for n in range(3)
    ] + [
        practice(
            parent,
            f"Kooliaasta uudised {n}",
            "Uus õppeaasta algas.",
            "Kutseõpetaja räägib, milline koolitus ettevõtetele sobib.",
        )
        for n in range(3)
    ]
    search_engine.refresh()

    found = search_pages("kutseõpetaja koolitus", locale="et")

    assert found.items[0] == answer
    assert set(distractors) <= set(found.items)
    assert not found.fuzzy
