"""`manage.py search_reindex` on the embedded database backend (no engine): it
rebuilds the database's index, so a site whose index was emptied or built before an
analysis change finds its pages again (it crashed asking the backend for `es`)."""

import pytest
from django.core.management import call_command
from wagtail.search.models import IndexEntry

from search.query import search_pages
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


def test_search_reindex_rebuilds_the_database_index(practice_index, capsys):
    factories.PracticePageFactory(
        parent=practice_index, title="Apprentices in bakeries"
    ).save_revision().publish()
    IndexEntry.objects.all().delete()
    assert search_pages("bakeries", locale="en").total == 0

    call_command("search_reindex", "--no-progress")

    assert "default:" in capsys.readouterr().out
    found = search_pages("bakeries", locale="en")
    assert [p.title for p in found.items] == ["Apprentices in bakeries"]
