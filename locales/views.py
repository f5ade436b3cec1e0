"""Admin views: the translation-status matrix and "submit translation for review"."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page, get_page_models

from locales import review, status
from locales.config import NATIVE_NAMES


class StatusFilterForm(forms.Form):
    section = forms.ChoiceField(label=gettext_lazy("Section"), required=False)
    page_type = forms.ChoiceField(label=gettext_lazy("Page type"), required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        sections = status.source_pages(user=user).filter(depth=3)
        self.fields["section"].choices = [("", gettext_lazy("All sections"))] + [
            (str(p.pk), p.title) for p in sections
        ]
        self.fields["page_type"].choices = [
            ("", gettext_lazy("All page types")),
            *[
                (m._meta.label, m._meta.verbose_name.capitalize())
                for m in get_page_models()
                if m is not Page
            ],
            *[
                (m._meta.label, m._meta.verbose_name_plural.capitalize())
                for m in status.translatable_snippet_models()
            ],
        ]

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        section = data.get("section")
        return {
            "section": Page.objects.filter(pk=section).first() if section else None,
            "page_type": data.get("page_type") or "",
        }


def can_view_status(user) -> bool:
    return user.has_perm("wagtailadmin.access_admin")


def status_view(request):
    if not can_view_status(request.user):
        raise PermissionDenied
    form = StatusFilterForm(request.GET or None, user=request.user)
    filters = form.filters() if request.GET else {"section": None, "page_type": ""}
    rows = status.rows_for(**filters, user=request.user)
    codes = status.active_codes()
    totals = status.summary(rows)
    # Without a filter, the translatable snippets follow the pages.
    snippets = [] if any(filters.values()) else status.snippet_tables()
    return TemplateResponse(
        request,
        "locales/status.html",
        {
            "form": form,
            "lines": [(row, [row.cells[code] for code in codes]) for row in rows],
            "snippet_tables": [
                (
                    model._meta.verbose_name_plural.capitalize(),
                    [
                        (row, [row.cells[code] for code in codes])
                        for row in snippet_rows
                    ],
                )
                for model, snippet_rows in snippets
            ],
            "columns": [(code, NATIVE_NAMES.get(code, code)) for code in codes],
            "totals": [(code, totals.get(code, {})) for code in codes],
            "page_title": _("Translation status"),
        },
    )


def submit_for_review_view(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific
    if not review.can_submit_for_review(page, request.user):
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or reverse(
        "wagtailadmin_explore", args=[page.get_parent().pk]
    )
    if request.method == "POST":
        review.submit_for_review(page, request.user)
        messages.success(
            request,
            _("'%(title)s' was submitted for review.") % {"title": page.title},
        )
        return redirect(next_url)
    return TemplateResponse(
        request,
        "locales/submit_for_review.html",
        {
            "page": page,
            "next": next_url,
            "page_title": _("Submit translation for review"),
        },
    )
