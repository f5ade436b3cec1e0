"""Full reindex without downtime: modelsearch's atomic rebuilder fills a new index per
alias and then points the alias at it, so searches keep answering meanwhile.

Pages go to two backends each (`default` and their locale's), so when several
backends are rebuilt together each page document is built once and sent to every
index that wants it; bulk requests run in threads while the next chunk is built.
"""

import collections
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from tqdm import tqdm
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from search import bulk_relations, routing

CHUNK_SIZE = 500
SENDERS = 2  # bulk requests in flight while the next chunk is built
# Readers' requests time out after seconds (search/config.py); index creation, bulk
# loads and the alias swap of a rebuild may take longer on a busy engine.
REBUILD_TIMEOUT = 120


@dataclass
class Target:
    """One backend's new index for the page models, and what was sent to it."""

    name: str
    backend: object
    rebuilder: object
    index: object
    router: object = None
    sent: int = 0
    pending: list = field(default_factory=list)
    replicas: object = None  # the index's own replica count, back after loading


_NO_ENGINE = object()  # start_bulk_load's answer for the database backend


def rebuild(
    backend_name: str, chunk_size: int = CHUNK_SIZE, progress=True, schema_only=False
) -> int:
    """Rebuild every index of one backend; returns the number of documents sent.
    ``schema_only`` creates empty indices (and aliases) without reading the database."""
    return rebuild_all([backend_name], chunk_size, progress, schema_only)[backend_name]


def rebuild_all(
    names: list[str], chunk_size: int = CHUNK_SIZE, progress=True, schema_only=False
) -> dict[str, int]:
    started = timezone.now()
    sent = collections.Counter({name: 0 for name in names})
    targets = []
    for name in names:
        backend = rebuild_backend(name)
        if not backend.rebuilder_class:
            continue
        for index, models in indices(backend).items():
            rebuilder = backend.rebuilder_class(index)
            new_index = rebuilder.start()
            for model in models:
                new_index.add_model(model)
            replicas = None if schema_only else start_bulk_load(backend, new_index)
            if issubclass(models[0], Page):
                targets.append(
                    Target(name, backend, rebuilder, new_index, replicas=replicas)
                )
                continue
            if not schema_only:
                for model in models:
                    sent[name] += _fill(backend, new_index, model, chunk_size, progress)
                end_bulk_load(backend, new_index, replicas)
            rebuilder.finish()
    if targets and not schema_only:
        _fill_pages(targets, chunk_size, progress)
    for target in targets:
        if not schema_only:
            end_bulk_load(target.backend, target.index, target.replicas)
        target.rebuilder.finish()  # refresh, then the alias swap
        sent[target.name] += target.sent
    if not schema_only:
        for name in names:
            _replay_changed_since(get_search_backend(name), started)
    return dict(sent)


def rebuild_backend(name: str):
    """The backend with a rebuild's patience (REBUILD_TIMEOUT) on engine backends."""
    if "TIMEOUT" not in settings.WAGTAILSEARCH_BACKENDS.get(name, {}):
        return get_search_backend(name)  # the database backend
    return get_search_backend(name, TIMEOUT=REBUILD_TIMEOUT)


def start_bulk_load(backend, index):
    """While a new index is filled nobody searches it: no periodic refresh, no fsync
    per bulk request and no replicas to copy every document to (the usual bulk-load
    settings). Returns the index's own replica count, for end_bulk_load."""
    if not hasattr(backend, "es"):  # the database backend: nothing to tune
        return _NO_ENGINE
    current = backend.es.indices.get_settings(index=index.name, name="index.number_*")
    values = next(iter(current.values()), {}).get("settings", {}).get("index", {})
    _put_settings(backend.es, index, refresh="-1", durability="async", replicas=0)
    return values.get("number_of_replicas", "1")


def end_bulk_load(backend, index, replicas) -> None:
    """Back to the defaults and the index's own replica count before the alias swap
    (the cluster then copies finished segments, not each request)."""
    if replicas is _NO_ENGINE:
        return
    _put_settings(backend.es, index, refresh=None, durability=None, replicas=replicas)


def _put_settings(es, index, *, refresh, durability, replicas) -> None:
    settings = {
        "index": {
            "refresh_interval": refresh,
            "translog.durability": durability,
            "number_of_replicas": replicas,
        }
    }
    try:
        es.indices.put_settings(index=index.name, body=settings)
    except TypeError:  # elasticsearch-py 9 has no body= any more
        es.indices.put_settings(index=index.name, settings=settings)


def indices(backend) -> dict:
    """The backend's indices and the models each holds (pages share one index)."""
    wants = getattr(backend, "wants_model", lambda model: True)
    grouped = collections.OrderedDict()
    for model in get_indexed_models():
        if wants(model):
            index = backend.get_index_for_model(model)
            grouped.setdefault(index.get_key(), (index, []))[1].append(model)
    return collections.OrderedDict(grouped.values())


def _fill(backend, index, model, chunk_size, progress) -> int:
    objects = _objects(backend, model)
    sent = 0
    label = f"{model._meta.label}"
    with tqdm(
        total=objects.count(), desc=label, unit="obj", disable=not progress
    ) as bar:
        for chunk in chunks(objects, chunk_size):
            sent += index.add_items(model, chunk) or 0
            bar.update(len(chunk))
    return sent


def _fill_pages(targets: list[Target], chunk_size: int, progress) -> None:
    """One pass over every page model for all targets."""
    for target in targets:
        target.router = routing.Router(getattr(target.backend, "locale_pk", None))
        if getattr(target.backend, "language_code", None) is None:
            target.router = routing.Router(routing.ALL_LOCALES)
    page_models = [m for m in get_indexed_models() if issubclass(m, Page)]
    mapping_class = targets[0].backend.mapping_class
    with ThreadPoolExecutor(max_workers=SENDERS) as sender:
        waiting = collections.deque()
        for model in page_models:
            # Relations come from bulk_relations, not a per-page prefetch.
            objects = model.get_indexed_objects().prefetch_related(None)
            mapping = mapping_class(model)
            desc = f"pages: {model._meta.label}"
            total = objects.count()
            with tqdm(total=total, desc=desc, unit="page", disable=not progress) as bar:
                for chunk in chunks(objects, chunk_size):
                    bulk_relations.load(chunk)
                    batches = _batches(targets, mapping, chunk)
                    if len(waiting) >= SENDERS:
                        waiting.popleft().result()  # bounded memory, errors raised
                    waiting.append(sender.submit(_send, batches))
                    bar.update(len(chunk))
        for future in waiting:
            future.result()


def _batches(targets, mapping, chunk) -> list:
    documents = [
        (obj, {"_id": mapping.get_document_id(obj), **mapping.get_document(obj)})
        for obj in chunk
    ]
    batches = []
    for target in targets:
        actions = [doc for obj, doc in documents if target.router(obj) == routing.INDEX]
        if actions:
            target.sent += len(actions)
            batches.append((target, actions))
    return batches


def _send(batches) -> None:
    for target, actions in batches:
        backend = target.backend
        backend.bulk(backend.es, actions, index=target.index.name)


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
