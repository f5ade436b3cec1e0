from django.apps import AppConfig


class CacheConfig(AppConfig):
    name = "cms.cache"
    label = "vetcms_cache"
    verbose_name = "Response cache"

    def ready(self):
        from cms.cache import request_reads, signals

        signals.connect()
        request_reads.connect()
