"""@site: site-wide settings Volto reads at start-up (public, like plone.restapi 10)."""

from django.conf import settings
from wagtail.models import Site

from cms.api.service import Service
from cms.conf import settings as api_settings
from locales.config import LANGUAGE_CODES, SOURCE_LANGUAGE


class Get(Service):
    public = True

    def reply(self) -> dict:
        site = Site.find_for_request(self.request)
        title = (
            api_settings.SITE_TITLE
            or (site.site_name if site else "")
            or getattr(settings, "WAGTAIL_SITE_NAME", "")
        )
        sizes = [
            f"{name} {spec.split('-')[-1].replace('x', ':')}"
            for name, spec in api_settings.IMAGE_SCALES.items()
        ]
        return {
            "@id": self.url,  # on its context, as in Plone (a client rooted at /en)
            "plone.site_title": title,
            "plone.site_logo": None,
            "plone.robots_txt": "",
            "plone.allowed_sizes": sizes,
            "plone.available_languages": list(LANGUAGE_CODES),
            "plone.default_language": SOURCE_LANGUAGE,
            "plone.portal_timezone": settings.TIME_ZONE,
            "features": {
                "multilingual": len(LANGUAGE_CODES) > 1,
                "filter_aliases_by_date": False,
            },
        }
