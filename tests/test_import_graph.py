"""Dependencies between the first-party packages, read from every import in the tree
(imports inside functions too, with ``ast``). A package is ``locales``, ``pages``,
``search``, each subpackage of ``cms`` (``cms.api``, ``cms.cache``, …) or ``cms``'s
own modules (``cms``).

The goal is one-way dependencies (issue #24): a kernel at the bottom, ``locales``,
``search`` and ``pages`` above it, the API and the reader site on top. Not there yet:
the cycles that remain are listed in KNOWN_CYCLES, a list that may only shrink. The
test fails when a new cycle appears, and when a listed one changes or goes away (then
take it off the list: it may not come back).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("cms", "locales", "pages", "search")

# Strongly connected groups of packages, as measured on 2026-12-05. Shrink it.
KNOWN_CYCLES = []

# Acyclic already, and to stay so.
# The top: the API, served through URLs (cms/urls.py includes "cms.api.urls" by
# name), and the settings, read by Django; no first-party package imports them.
TOP = {"cms.api", "cms.settings"}
# Beneath everything that is in a cycle: they import nothing first-party that is.
BELOW_THE_CYCLES = {"cms.storage"}


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


def test_the_graph_reads_imports_inside_functions():
    # cms/cache/signals.py imports search.catch_up inside a function.
    assert "search" in import_graph()["cms.cache"]


def test_no_new_cycle_and_the_known_ones_are_as_listed():
    found = sorted(sorted(cycle) for cycle in cycles(import_graph()))
    known = sorted(sorted(cycle) for cycle in KNOWN_CYCLES)
    assert found == known, (
        f"Import cycles between packages are now {found}, the known ones {known}. "
        "A new cycle: make the dependency point one way (move shared code down, or "
        "invert it with a registry, app loading or a signal). A known one smaller or "
        "gone: update KNOWN_CYCLES so that it cannot come back."
    )


def test_nothing_imports_the_top():
    graph = import_graph()
    importers = {source for source, targets in graph.items() if targets & TOP}
    assert not importers, f"{sorted(importers)} import {sorted(TOP)}"


def test_the_lower_packages_import_nothing_in_a_cycle():
    graph = import_graph()
    in_cycles = set().union(*cycles(graph))
    for package in BELOW_THE_CYCLES:
        assert not graph.get(package, set()) & in_cycles, (
            f"{package} imports {sorted(graph[package] & in_cycles)}"
        )


def test_cycles_finds_a_cycle_and_leaves_a_chain():
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [{"a", "b"}]
    assert cycles({"a": {"b"}, "b": {"c"}}) == []
