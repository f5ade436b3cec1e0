"""@system: what Plone's control panel shows about the installation, for managers
(superusers): the versions vetcms runs on and whether migrations are pending
(Plone's ``upgrade``)."""

import platform
from importlib.metadata import PackageNotFoundError, version

from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from cms.api.access import require_user
from cms.api.exceptions import Unauthorized
from cms.api.service import Service

PACKAGES = {
    "vetcms_version": "vetcms",
    "wagtail_version": "wagtail",
    "wagtail_localize_version": "wagtail-localize",
    "django_version": "django",
    "pil_version": "pillow",
}


def _version(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None


def migrations_pending() -> bool:
    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


class Get(Service):
    public = True

    def reply(self) -> dict:
        if not require_user(self.request).is_superuser:
            raise Unauthorized()
        return {
            "@id": self.url,
            **{key: _version(package) for key, package in PACKAGES.items()},
            "python_version": platform.python_version(),
            "database": connection.vendor,
            "debug_mode": "Yes" if settings.DEBUG else "No",
            "upgrade": migrations_pending(),
        }
