"""The client's address, one rule for every limit (logins, the application form):
REMOTE_ADDR, or the first X-Forwarded-For entry when the site runs behind a proxy it
trusts (``VETCMS_SITE_TRUST_X_FORWARDED_FOR``)."""

from django.conf import settings


def client_ip(request) -> str:
    if getattr(settings, "VETCMS_SITE_TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")
