"""Bulk data for bench/search.py: N synthetic practices in every locale, written with
bulk inserts (tree paths computed here) because publishing 50,000 pages one by one
takes hours and loading is not what the benchmark measures.

The texts come from pages/demo/synthetic.py (each locale's words in its language);
pages are live, with no revisions: enough for indexing and search.
"""

import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from pages.demo.synthetic import MENTION_SHARE, WORDS, _text
from pages.models import PracticeIndexPage, PracticePage
from pages.vocabularies import NETWORK_COUNTRIES, PracticeKind

CHUNK = 2000


def practice_indices() -> dict[str, PracticeIndexPage]:
    """The practice index of each locale that has one (load_demo translates them)."""
    indices = {}
    for index in PracticeIndexPage.objects.select_related("locale"):
        indices.setdefault(index.locale.language_code, index)
    return indices


def add_bulk_practices(count: int) -> int:
    """Add practices ``bulk-NNNNN`` up to ``count`` per locale; returns pages added."""
    indices = practice_indices()
    source = indices["en"]
    existing = PracticePage.objects.child_of(source).filter(slug__startswith="bulk-")
    start = existing.count()
    added = 0
    for first in range(start, count, CHUNK):
        numbers = range(first, min(first + CHUNK, count))
        with transaction.atomic():
            added += _add_chunk(indices, numbers)
    return added


def _add_chunk(indices, numbers) -> int:
    content_type = ContentType.objects.get_for_model(PracticePage)
    keys = {n: uuid.uuid4() for n in numbers}
    through = PracticePage.countries.through
    added = 0
    for code, index in indices.items():
        index.refresh_from_db()
        locale = Locale.objects.get(language_code=code)
        pages = [
            _page(index, locale, content_type, keys[n], n, index.numchild + i + 1)
            for i, n in enumerate(numbers)
        ]
        Page.objects.bulk_create(pages)
        for page, n in zip(pages, numbers, strict=True):
            _practice(page, code, n).save_base(raw=True)
        through.objects.bulk_create(
            through(practicepage_id=page.pk, country_id=_country(n))
            for page, n in zip(pages, numbers, strict=True)
        )
        Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(pages))
        added += len(pages)
    return added


def _page(index, locale, content_type, key, number, step) -> Page:
    now = timezone.now()
    slug = f"bulk-{number:05d}"
    code = locale.language_code
    title = f"{_text(random.Random(number * 7 + _seed(code)), code, 4)} {number}"
    return Page(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        live=True,
        has_unpublished_changes=False,
        url_path=f"{index.url_path}{slug}/",
        locale=locale,
        translation_key=key,
        first_published_at=now,
        last_published_at=now,
        path=Page._get_path(index.path, index.depth + 1, step),
        depth=index.depth + 1,
        numchild=0,
    )


def _practice(page, code, number) -> PracticePage:
    rng = random.Random(number)
    practice = PracticePage(
        page_ptr_id=page.pk,
        kind=rng.choice(PracticeKind.values),
        summary=_text(
            random.Random(number * 31 + _seed(code)), code, 25, MENTION_SHARE
        ),
        start_year=rng.randint(1995, 2025),
    )
    practice.__dict__.update(
        {f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields}
    )
    return practice


def _country(number) -> str:
    return random.Random(number).choice(sorted(NETWORK_COUNTRIES))


def _seed(code: str) -> int:
    return sorted(WORDS).index(code)
