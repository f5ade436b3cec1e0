"""@suggest?q=…: autocomplete for search boxes, in the context's language (page titles
and taxonomy names that start with the words typed; see search/suggest.py).

    GET /++api++/fi/@suggest?q=oppis&limit=8
    → {"@id": …, "q": "oppis", "items": [{"title": "…", "kind": "page"}, …]}"""

from django.utils.translation import gettext as _

from cms.api.exceptions import BadRequest
from cms.api.params import to_int
from cms.api.service import Service
from locales.ids import locale_code
from search.suggest import suggest

MAX_LIMIT = 20


class Get(Service):
    params = {"q", "limit", "Language"}
    public = True  # titles of published, public pages only

    def reply(self) -> dict:
        text = self.query.get("q", "")
        if not isinstance(text, str):
            raise BadRequest(_("q must be text."))
        limit = to_int("limit", self.query.get("limit", 8), minimum=1)
        language = self.query.get("Language") or self.language()
        try:
            found = suggest(text, locale=language, limit=min(limit, MAX_LIMIT))
        except ValueError as error:  # SearchError: bad language, too long
            raise BadRequest(str(error)) from None
        except RuntimeError:  # SearchUnavailable
            found = []
        items = [{"title": item["text"], "kind": item["kind"]} for item in found]
        return {"@id": self.url, "q": text, "items": items}

    def language(self) -> str | None:
        if self.context.depth > 1:
            return locale_code(self.context.locale_id)
        return None
