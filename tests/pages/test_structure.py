"""Dependencies point one way: page models know nothing of the reader site (its
views, forms, feeds); the site registers its routes on them."""

import ast
from pathlib import Path

from pages import models

MODELS_DIR = Path(models.__file__).parent


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_page_models_do_not_import_the_reader_site():
    for path in MODELS_DIR.glob("*.py"):
        offending = {
            name for name in imported_modules(path) if name.startswith("pages.site")
        }
        assert not offending, (path.name, offending)


def test_the_site_registers_its_routes_on_the_models():
    assert models.EventPage.get_resolver().reverse("ical") == "ical/"
    assert models.AmbassadorIndexPage.get_resolver().reverse("apply") == "apply/"
    assert models.HomePage.get_resolver().reverse("search") == "search/"
    assert models.NewsIndexPage.get_resolver().reverse("atom") == "atom/"


def test_index_pages_share_one_abstract_base():
    from pages.models.base import IndexPage

    for model in (
        models.PracticeIndexPage,
        models.EventIndexPage,
        models.NewsIndexPage,
        models.ProjectIndexPage,
        models.AmbassadorIndexPage,
    ):
        assert issubclass(model, IndexPage)
        assert model.parent_page_types == ["pages.HomePage"]
        assert model._meta.get_field("intro").verbose_name == "introduction"
