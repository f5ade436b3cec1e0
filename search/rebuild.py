"""Full reindex of one backend without downtime: modelsearch's atomic rebuilder fills
a new index and then points the alias at it, so searches keep answering meanwhile."""

import collections
from collections.abc import Iterator

from django.db.models import Q
from django.utils import timezone
from tqdm import tqdm
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

CHUNK_SIZE = 500


def rebuild(
    backend_name: str, chunk_size: int = CHUNK_SIZE, progress=True, schema_only=False
) -> int:
    """Rebuild every index of a backend; returns the number of documents sent.
    ``schema_only`` creates empty indices (and aliases) without reading the database."""
    backend = get_search_backend(backend_name)
    if not backend.rebuilder_class:
        return 0
    started = timezone.now()
    sent = 0
    for index, models in indices(backend).items():
        rebuilder = backend.rebuilder_class(index)
        new_index = rebuilder.start()
        for model in models:
            new_index.add_model(model)
        for model in models if not schema_only else ():
            sent += _fill(backend, new_index, model, chunk_size, progress, backend_name)
        rebuilder.finish()  # the alias swap
    if not schema_only:
        _replay_changed_since(backend, started)
    return sent


def indices(backend) -> dict:
    """The backend's indices and the models each holds (pages share one index)."""
    wants = getattr(backend, "wants_model", lambda model: True)
    grouped = collections.OrderedDict()
    for model in get_indexed_models():
        if wants(model):
            index = backend.get_index_for_model(model)
            grouped.setdefault(index.get_key(), (index, []))[1].append(model)
    return collections.OrderedDict(grouped.values())


def _fill(backend, index, model, chunk_size, progress, backend_name) -> int:
    objects = _objects(backend, model)
    label = f"{backend_name}: {model._meta.label}"
    sent = 0
    with tqdm(
        total=objects.count(), desc=label, unit="obj", disable=not progress
    ) as bar:
        for chunk in chunks(objects, chunk_size):
            sent += index.add_items(model, chunk) or 0
            bar.update(len(chunk))
    return sent


def _objects(backend, model):
    if hasattr(backend, "indexed_objects"):
        return backend.indexed_objects(model)
    return model.get_indexed_objects()


def chunks(queryset, size: int) -> Iterator[list]:
    """Keyset pagination by pk: constant cost per chunk, unlike growing offsets."""
    last = None
    queryset = queryset.order_by("pk")
    while True:
        page = queryset if last is None else queryset.filter(pk__gt=last)
        items = list(page[:size])
        if not items:
            return
        yield items
        last = items[-1].pk


def _replay_changed_since(backend, started) -> None:
    """Pages published or edited while the new index was filled went to the old one;
    send them again now that the alias points at the new index."""
    changed = Page.objects.filter(
        Q(last_published_at__gte=started) | Q(latest_revision_created_at__gte=started)
    )
    for page in changed.specific().iterator():
        backend.add(page)
