"""@vocabularies (the list) and @vocabularies/{name} (terms, filtered by ``title`` or
``token``/``tokens``, sorted, batched; ``b_size=-1`` gives every term)."""

from django.utils.translation import gettext as _

from cms.api import urls_public
from cms.api.batching import BATCH_PARAMS, Batch, batched_reply
from cms.api.exceptions import BadRequest, NotFound
from cms.api.params import as_list
from cms.api.plone_vocabularies import PLONE_VOCABULARIES
from cms.api.service import Service
from cms.api.vocabularies import VOCABULARIES as OWN

# vetcms's own names and plone.app.vocabularies' (Volto's widgets ask for those).
VOCABULARIES = {**OWN, **PLONE_VOCABULARIES}


class Get(Service):
    takes_subpath = True
    public = True
    params = BATCH_PARAMS | {"title", "token", "tokens", "sort_on"}

    def reply(self):
        base = urls_public.public_base(self.request) + "/@vocabularies"
        if not self.subpath:
            return [
                {"@id": f"{base}/{name}", "title": v.title}
                for name, v in VOCABULARIES.items()
            ]
        if len(self.subpath) > 1 or self.subpath[0] not in VOCABULARIES:
            raise NotFound(
                _("No vocabulary named '%(name)s'.") % {"name": "/".join(self.subpath)}
            )
        return self.terms(base + "/" + self.subpath[0])

    def terms(self, url: str) -> dict:
        q = self.query
        if "title" in q and ("token" in q or "tokens" in q):
            raise BadRequest(
                _("You can not filter by title and token at the same time.")
            )
        terms = VOCABULARIES[self.subpath[0]].terms(self.request)
        if "title" in q:
            needle = str(q["title"]).lower()
            terms = [t for t in terms if needle in t["title"].lower()]
        tokens = as_list(q.get("token")) + (
            q["tokens"]
            if isinstance(q.get("tokens"), list)
            else as_list(q.get("tokens"))
        )
        if tokens:
            terms = [t for t in terms if t["token"] in tokens]
        if q.get("sort_on") == "title":
            terms = sorted(terms, key=lambda t: t["title"].lower())
        elif "sort_on" in q:
            raise BadRequest(_("Vocabularies can only be sorted on title."))
        batch = Batch.from_params(q, allow_all=True)
        return batched_reply(
            batch, url, self.query_pairs, batch.slice(terms), len(terms)
        )
