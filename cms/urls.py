import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import admin_reports, media_serve
from locales import machine_translate, po_import
from pages.site.sitemap import sitemap_urls

urlpatterns = [
    # Wagtail's "Page types usage" report without other locales' unseen titles.
    path("admin/", include(admin_reports.urlpatterns())),
    # A PO upload in localize's editor goes to review (locales/po_import.py).
    path("admin/", include(po_import.urlpatterns())),
    # localize's "Translate with …" button says how many segments it filled.
    path("admin/", include(machine_translate.urlpatterns())),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Uploaded files, in development and production: images used only by private
    # pages are checked (cms/media_serve.py).
    re_path(
        rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$",
        media_serve.serve,
        name="media",
    ),
    # The Plone-style API: /++api++/…, /api/openapi.json (cms/api/urls.py).
    path("", include("cms.api.urls")),
    # One sitemap per language, untranslated pages at their fallback addresses.
    path("", include(sitemap_urls())),
]

if settings.DJANGO_ADMIN:
    from django.contrib import admin

    urlpatterns.insert(0, path("django-admin/", admin.site.urls))

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Every public page lives under its language prefix: /en/, /fi/, /nl/, /et/, /lv/.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
