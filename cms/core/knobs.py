"""Plugin settings django-filter style: defaults in code, each overridable by a prefixed
Django setting, and re-read when a setting changes (so override_settings works)."""

from typing import Any

from django.conf import settings as django_settings
from django.core.signals import setting_changed


class Knobs:
    """Attribute access to ``defaults``, each overridden by the setting
    ``prefix + NAME``; looked up lazily, cached until a prefixed setting changes."""

    def __init__(self, prefix: str, defaults: dict[str, Any]):
        self._prefix = prefix
        self._defaults = defaults
        self._cache: dict[str, Any] = {}
        setting_changed.connect(self._on_setting_changed, weak=False)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in self._defaults:
            raise AttributeError(name)
        if name not in self._cache:
            self._cache[name] = getattr(
                django_settings, self._prefix + name, self._defaults[name]
            )
        return self._cache[name]

    def reset(self) -> None:
        self._cache.clear()

    def _on_setting_changed(self, *, setting: str, **kwargs) -> None:
        if setting.startswith(self._prefix):
            self.reset()
