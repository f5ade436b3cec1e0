"""The content generation is read from the shared cache once per request
(cms/core/request_reads.py): not once per caller. Outside a request every call
reads, and a change made inside the request is seen by the rest of it. A @search
reads the generation and the glossary's token in one round trip."""

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from cms.core import generation
from search.glossary import terms

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_trips(monkeypatch):
    """Every cache read (get or get_many), as the keys it asked for."""
    counted = []
    real_get, real_get_many = cache.get, cache.get_many
    generation.current()  # the keys exist: one read each time
    terms._token()

    inside_get_many = []  # locmem's get_many calls get per key: one round trip

    def get(key, *args, **kwargs):
        if not inside_get_many:
            counted.append([key])
        return real_get(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        counted.append(sorted(keys))
        inside_get_many.append(True)
        try:
            return real_get_many(keys, *args, **kwargs)
        finally:
            inside_get_many.pop()

    monkeypatch.setattr(cache, "get", get)
    monkeypatch.setattr(cache, "get_many", get_many)
    return counted


@pytest.fixture
def reads(round_trips):
    """The cache reads that asked for the generation."""

    class Reads(list):
        def __len__(self):
            return sum(generation.KEY in keys for keys in round_trips)

    return Reads()


@pytest.fixture
def in_request():
    request_started.send(sender=None)
    yield
    request_finished.send(sender=None)


def test_one_read_per_request(reads, in_request):
    first = generation.current()
    assert generation.current() == first
    assert generation.current() == first
    assert len(reads) == 1


def test_outside_a_request_every_call_reads(reads):
    generation.current()
    generation.current()
    assert len(reads) == 2


def test_a_bump_inside_the_request_is_seen_by_the_rest_of_it(in_request):
    before = generation.current()
    generation._increment()
    assert generation.current() != before


def test_the_next_request_reads_again(reads):
    for _ in range(2):
        request_started.send(sender=None)
        generation.current()
        generation.current()
        request_finished.send(sender=None)
    assert len(reads) == 2


def test_an_api_request_reads_the_generation_once(client, reads, practice_index):
    client.get("/++api++/en/@search?SearchableText=learners")
    assert len(reads) == 1


def test_a_search_reads_generation_and_glossary_token_in_one_round_trip(
    client, round_trips, practice_index
):
    client.get("/++api++/en/@search?SearchableText=learners")

    together = sorted([generation.KEY, terms.CACHE_KEY])
    assert [keys for keys in round_trips if set(keys) & set(together)] == [together]
