"""The content generation is read from the shared cache once per request
(cms/core/request_reads.py): not once per caller. Outside a request every call
reads, and a change made inside the request is seen by the rest of it."""

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from cms.core import generation

pytestmark = pytest.mark.django_db


@pytest.fixture
def reads(monkeypatch):
    """Every cache read of the generation, counted."""
    counted = []
    real = cache.get
    generation.current()  # the key exists: one read each time

    def get(key, *args, **kwargs):
        if key == generation.KEY:
            counted.append(key)
        return real(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", get)
    return counted


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
