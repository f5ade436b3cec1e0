"""Wagtail's stock API v2 (pages, images, documents), mounted at /api/v2/ so the bench
can compare our Plone-style API with it on the same data. It lists what the access rule
lets anyone read: published, unexpired, public pages (cms.core.access), and documents and
images that such pages use or no page uses (cms.core.media_access)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.core import access, media_access


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        # Wagtail's live().public() misses expiry that the scheduler has not applied;
        # the filter in indexed fields keeps ?search= working.
        return access.searchable_pages(super().get_base_queryset())


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.exclude(pk__in=media_access.private_ids(queryset.model))


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.exclude(pk__in=media_access.private_ids(queryset.model))


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)
router.register_endpoint("images", PublicImagesAPIViewSet)
router.register_endpoint("documents", PublicDocumentsAPIViewSet)
