"""@lock: GET the lock info, POST to lock, DELETE (``{"force": true}`` for another
user's lock) to unlock (``cms.api.locking``)."""

from cms.api import locking
from cms.api.service import Service, WriteService


class Get(Service):
    def reply(self) -> dict:
        return locking.info(self.request, self.context)


class Post(WriteService):
    def reply(self) -> dict:
        self.body()  # Plone's stealable/timeout: Wagtail locks are neither
        locking.lock(self.request, self.context)
        return locking.info(self.request, self.context)


class Delete(WriteService):
    def reply(self) -> dict:
        force = self.flag("force", self.body().get("force"))
        locking.unlock(self.request, self.context, force=force)
        return locking.info(self.request, self.context)
