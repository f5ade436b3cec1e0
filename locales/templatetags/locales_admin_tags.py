"""Admin template tags for wagtail-localize's translation editor (our override of
``wagtail_localize/admin/edit_translation.html``)."""

from django import template
from django.urls import reverse
from wagtail.models import Page

from locales import editor, editor_language, review

register = template.Library()


@register.simple_tag(takes_context=True)
def review_action(context, instance) -> dict:
    """The review action the user has on this translated page: its URL, or whether a
    review is already under way."""
    request = context.get("request")
    if request is None or not isinstance(instance, Page):
        return {}
    if instance.permissions_for_user(request.user).can_publish():
        return {}
    if review.can_submit_for_review(instance, request.user):
        return {"url": reverse("locales_submit_for_review", args=[instance.pk])}
    return {"in_review": instance.workflow_in_progress}


@register.simple_tag(takes_context=True)
def review_props(context, props: str, instance) -> str:
    """The editor's props for users who may not publish: no "Convert to alias page",
    and "Submit translation for review" as the bottom bar's main action
    (locales.editor); for everyone, the strings localize's script hard-codes
    (locales.editor_language)."""
    request = context.get("request")
    props = editor_language.strings_props(props)
    if request is None or not editor.may_not_publish(request.user, instance):
        return props
    return editor.review_props(props, instance, request.user)
