"""Admin template tags for wagtail-localize's translation editor (our override of
``wagtail_localize/admin/edit_translation.html``)."""

import json

from django import template
from django.urls import reverse
from wagtail.models import Page

from locales import review

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


@register.filter
def without_unreviewed_actions(props: str, request) -> str:
    """The editor's props without "Convert to alias page" for users who may not
    publish."""
    try:
        data = json.loads(props)
    except (TypeError, ValueError):
        return props
    if not data.get("perms", {}).get("canPublish"):
        data.get("links", {})["convertToAliasUrl"] = None
    return json.dumps(data)
