import pytest
from django.test import override_settings

from cms.core.knobs import Knobs

knobs = Knobs("VETCMS_TEST_", {"BATCH": 25})


def test_default_then_prefixed_setting_then_default_again():
    assert knobs.BATCH == 25
    with override_settings(VETCMS_TEST_BATCH=50):
        assert knobs.BATCH == 50
    assert knobs.BATCH == 25


def test_unknown_knob_is_an_attribute_error():
    with pytest.raises(AttributeError):
        knobs.NOPE  # noqa: B018
