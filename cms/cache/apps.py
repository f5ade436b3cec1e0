from django.apps import AppConfig


class CacheConfig(AppConfig):
    name = "cms.cache"
    label = "vetcms_cache"
    verbose_name = "Response cache"

    def ready(self):
        from cms.cache import signals
        from cms.core import request_reads

        signals.connect()
        request_reads.connect()
