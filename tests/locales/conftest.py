"""Fixtures of the translation workflow: translated locale trees and people in roles."""

import pytest
from django.contrib.auth.models import Group

from locales.localize import translate
from locales.roles import EDITORS, translators_group_name


@pytest.fixture
def fi_home(home):
    return translate(home, "fi", {"Home": "Etusivu", "home": "etusivu"})


@pytest.fixture
def nl_home(home):
    return translate(home, "nl", {"Home": "Start", "home": "start"})


def member(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="pw"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def fi_translator(django_user_model):
    return member(django_user_model, "aino", translators_group_name("fi"))


@pytest.fixture
def staff_editor(django_user_model):
    return member(django_user_model, "emma", EDITORS)
