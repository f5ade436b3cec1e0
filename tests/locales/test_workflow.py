"""A translation goes through the review workflow before it is published: the
translator submits, an editor approves, and only then is the page live."""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation

from locales.localize import translate
from locales.review import can_submit_for_review, submit_for_review
from tests import factories


@pytest.fixture
def draft_fi(practice_index, fi_home):
    translate(practice_index, "fi", {"Practices": "Käytännöt"})
    practice = factories.PracticePageFactory(
        parent=practice_index, title="Coaching", summary="Coaches help apprentices."
    )
    return translate(practice, "fi", {"Coaching": "Valmennus"}, publish=False)


def translate_string(page, source_text, text, user):
    segment = StringSegment.objects.get(
        source__object_id=page.translation_key, string__data=source_text
    )
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=page.locale,
        context=segment.context,
        defaults={
            "data": text,
            "translation_type": "manual",
            "last_translated_by": user,
        },
    )


def test_translator_submits_and_editor_approval_publishes(
    client, draft_fi, fi_translator, staff_editor
):
    assert not draft_fi.live
    translate_string(
        draft_fi, "Coaches help apprentices.", "Valmentajat tukevat.", fi_translator
    )
    client.force_login(fi_translator)
    url = reverse("locales_submit_for_review", args=[draft_fi.pk])
    assert client.get(url).status_code == 200

    assert client.post(url).status_code == 302

    draft_fi.refresh_from_db()
    assert draft_fi.workflow_in_progress
    assert not draft_fi.live
    task = draft_fi.current_workflow_task
    assert task.get_actions(draft_fi, fi_translator) == []  # cannot approve own work
    assert "approve" in [
        name for name, *_rest in task.get_actions(draft_fi, staff_editor)
    ]

    task.on_action(draft_fi.current_workflow_task_state, staff_editor, "approve")

    page = type(draft_fi).objects.get(pk=draft_fi.pk)
    assert page.live
    assert page.title == "Valmennus"
    assert page.summary == "Valmentajat tukevat."


def test_review_is_offered_only_for_translations_the_user_can_edit(
    draft_fi, fi_translator, practice_index, django_user_model
):
    source = draft_fi.get_translation(practice_index.locale)
    assert can_submit_for_review(draft_fi, fi_translator)
    assert not can_submit_for_review(source, fi_translator)
    stranger = django_user_model.objects.create_user("x", "x@example.org", "pw")
    assert not can_submit_for_review(draft_fi, stranger)


def test_nl_translator_cannot_submit_a_fi_translation(
    client, draft_fi, django_user_model
):
    from tests.conftest import member

    nl_translator = member(django_user_model, "noor", "Translators (nl)")
    client.force_login(nl_translator)
    response = client.post(reverse("locales_submit_for_review", args=[draft_fi.pk]))
    assert response.status_code in (302, 403)
    draft_fi.refresh_from_db()
    assert not draft_fi.workflow_in_progress


def test_a_live_translation_changes_only_when_the_review_approves(
    practice_index, fi_home, fi_translator, staff_editor
):
    translate(practice_index, "fi", {"Practices": "Käytännöt"})
    practice = factories.PracticePageFactory(parent=practice_index, title="Coaching")
    live = translate(practice, "fi", {"Coaching": "Valmennus"})
    translate_string(live, "Coaching", "Ohjaus työpaikalla", fi_translator)

    submit_for_review(live, fi_translator)

    live.refresh_from_db()
    assert (live.live, live.title) == (True, "Valmennus")  # readers still see this
    live.current_workflow_task.on_action(
        live.current_workflow_task_state, staff_editor, "approve"
    )
    live.refresh_from_db()
    assert live.title == "Ohjaus työpaikalla"
