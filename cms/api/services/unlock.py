"""@unlock (POST): the older plone.restapi spelling of ``DELETE @lock``."""

from cms.api.services.lock import Delete


class Post(Delete):
    pass
