"""Browsable API documentation: Swagger UI (from drf-spectacular-sidecar, a PyPI
package that ships its files, so the docs work offline) over /api/openapi.json, with
its five-language examples (cms/api/openapi_examples.py)."""

from django.shortcuts import render
from django.urls import reverse


def docs_view(request):
    schema_url = reverse("vetcms-api-openapi")
    return render(request, "vetcms_api/docs.html", {"schema_url": schema_url})
