"""Fixtures of the catalog tests: freshly compiled catalogs, and admins who chose a
language in their Wagtail profile."""

import pytest
from django.core.management import call_command
from django.utils.translation import trans_real


@pytest.fixture
def compiled():
    call_command("compile_catalogs", verbosity=0)
    trans_real._translations.clear()
    trans_real._default = None
    yield
    trans_real._translations.clear()


@pytest.fixture
def admin_in(django_user_model):
    from wagtail.users.models import UserProfile

    def make(code: str):
        user = django_user_model.objects.create_superuser(
            f"admin-{code}", f"admin-{code}@example.org", "pw"
        )
        UserProfile.objects.create(user=user, preferred_language=code)
        return user

    return make
