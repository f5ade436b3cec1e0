"""A Plone-style headless JSON API (plone.restapi conventions) over the Wagtail
page tree.

Pages are reached through ``/++api++/<path>`` or with ``Accept: application/json``
on the page's own URL; named services are path steps starting with ``@``
(``@search``, …)."""
