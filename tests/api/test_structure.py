"""The serializers' imports point one way: registry at the bottom, summaries and bulk
loading above it, the full serializer on top (no module imports one above it, not even
inside a function)."""

import ast
from pathlib import Path

import cms.api.serializers as package

LAYERS = [
    {"registry", "values", "dates", "page_parts"},
    {"streams", "metadata"},
    {"summary"},
    {"fields"},
    {"bulk"},
    {"content"},
    {"pages"},
]
LEVEL = {name: n for n, layer in enumerate(LAYERS) for name in layer}


def imported_serializers(path: Path) -> set[str]:
    """Sibling serializer modules a module imports anywhere (top level or lazily)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "cms.api.serializers":
                found |= {alias.name for alias in node.names}
            elif node.module.startswith("cms.api.serializers."):
                found.add(node.module.rsplit(".", 1)[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("cms.api.serializers."):
                    found.add(alias.name.rsplit(".", 1)[1])
    return found


def test_every_serializer_module_has_a_layer():
    modules = {p.stem for p in Path(package.__file__).parent.glob("*.py")}
    assert modules - {"__init__"} <= set(LEVEL), modules - set(LEVEL)


def test_serializer_imports_point_down_only():
    upward = []
    for path in Path(package.__file__).parent.glob("*.py"):
        if path.stem == "__init__":
            continue
        for name in imported_serializers(path):
            if LEVEL[name] >= LEVEL[path.stem] and name != path.stem:
                upward.append(f"{path.stem} imports {name}")
    assert not upward, upward
