"""Dependencies between the first-party packages, read from every import in the tree
(imports inside functions too, with ``ast``). A package is ``locales``, ``pages``,
``search``, each subpackage of ``cms`` (``cms.core``, ``cms.api``, ``cms.cache``, …)
or ``cms``'s own modules (``cms``: conf, urls, middleware, health, media serving).

Dependencies point one way (issue #24): every import goes from a package to one in a
lower layer of LAYERS, never sideways or up, so there is no cycle. Bottom to top:

    cms.settings, cms.formats   read by Django; nothing imports them
    cms.api                     the headless API (cms/urls.py includes it by name)
    cms                         the project: conf (the API's knobs), urls, middleware,
                                health, media serving, login limits
    cms.cache, cms.storage      the response cache, the media store
    pages                       page types, the reader site (pages/site/), the demo
    search                      indexing and queries; the content's vocabularies
                                come from a registry pages fills (search/taxonomy.py)
    locales                     languages, fallbacks, translation review
    cms.tasks                   background tasks: e-mail, retries, recovery, their
                                admin report
    cms.core                    the kernel: access rule, knobs, content generation,
                                shared helpers; imports nothing first-party
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("cms", "locales", "pages", "search")

# Bottom to top. A package imports only packages of the layers below its own.
LAYERS = [
    {"cms.core"},
    {"cms.tasks"},
    {"locales"},
    {"search"},
    {"pages"},
    {"cms.cache", "cms.storage"},
    {"cms"},
    {"cms.api"},
    {"cms.settings", "cms.formats"},
]
KERNEL = "cms.core"


def package_of(module: str) -> str:
    parts = module.split(".")
    if parts[0] == "cms" and len(parts) > 1 and (ROOT / "cms" / parts[1]).is_dir():
        return f"cms.{parts[1]}"
    return parts[0]


def imported_modules(path: Path, module: str):
    """Every first-party module ``path`` imports, anywhere in it."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            # ``from cms import api`` imports the subpackage cms.api.
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        yield from (name for name in names if name.split(".")[0] in PACKAGES)


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for top in PACKAGES:
        for path in (ROOT / top).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            source = package_of(module)
            edges = graph.setdefault(source, set())
            for imported in imported_modules(path, module):
                if package_of(imported) != source:
                    edges.add(package_of(imported))
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one package (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def layer_of(package: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if package in layer)


def test_the_graph_reads_imports_inside_functions():
    # cms/cache/signals.py imports search.catch_up inside a function.
    assert "search" in import_graph()["cms.cache"]


def test_every_package_has_a_layer():
    placed = set().union(*LAYERS)
    unplaced = sorted(set(import_graph()) - placed)
    assert not unplaced, f"{unplaced}: put each in a layer of LAYERS"


def test_imports_point_down_the_layers_only():
    graph = import_graph()
    wrong = sorted(
        f"{source} (layer {layer_of(source)}) imports {target} (layer {layer_of(target)})"
        for source, targets in graph.items()
        for target in targets
        if layer_of(target) >= layer_of(source)
    )
    assert not wrong, (
        "Imports must point to a lower layer (tests/test_import_graph.py, LAYERS): "
        f"{wrong}. Move the shared code down, or invert the dependency with a "
        "registry filled in AppConfig.ready(), Django's app loading or a signal."
    )


def test_the_kernel_imports_nothing_first_party():
    assert not import_graph().get(KERNEL, set()), f"{KERNEL} imports first-party code"


def test_there_is_no_cycle_between_packages():
    assert cycles(import_graph()) == []


def test_cycles_finds_a_cycle_and_leaves_a_chain():
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [{"a", "b"}]
    assert cycles({"a": {"b"}, "b": {"c"}}) == []
