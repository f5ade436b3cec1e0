"""@lock: GET the lock info, POST to lock (``{"timeout": seconds}``, default 600),
PATCH to refresh it, DELETE (``{"force": true}`` for another user's lock) to unlock
(``cms.api.locking``)."""

from cms.api import locking
from cms.api.service import Service, WriteService


class Get(Service):
    def reply(self) -> dict:
        return locking.info(self.request, self.context)


class Post(WriteService):
    def reply(self) -> dict:
        # Plone's "stealable": false is not kept: Wagtail's unlock permission decides.
        timeout = self.body().get("timeout")
        locking.lock(self.request, self.context, timeout=timeout)
        return locking.info(self.request, self.context)


class Patch(WriteService):
    def reply(self) -> dict:
        locking.refresh(self.request, self.context)
        return locking.info(self.request, self.context)


class Delete(WriteService):
    def reply(self) -> dict:
        force = self.flag("force", self.body().get("force"))
        locking.unlock(self.request, self.context, force=force)
        return locking.info(self.request, self.context)
