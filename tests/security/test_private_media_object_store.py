"""The private-media tests (test_private_images, and test_findings' private document)
again with media on the object store (scripts/storage.sh): the same readers, the same
answers, whatever holds the files."""

import pytest

from tests.security.test_findings import (  # noqa: F401 (collected here too)
    test_document_used_only_by_a_private_page_is_not_served_or_listed,
)
from tests.security.test_private_images import *  # noqa: F403 (the tests and fixtures)


@pytest.fixture(autouse=True)
def media_on_the_object_store(object_store):
    return object_store
