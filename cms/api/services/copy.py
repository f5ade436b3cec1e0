"""@copy (POST on the target folder): ``[{"source", "target"}]`` (cms.api.copying)."""

from cms.api import copying
from cms.api.service import WriteService


class Post(WriteService):
    def reply(self) -> list[dict]:
        return copying.copy(self.request, self.context, self.body())
