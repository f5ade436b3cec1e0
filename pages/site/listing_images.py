"""The pictures of listed items (``includes/listing_image.html``), fetched with their
renditions for a whole batch at once, so a listing's queries do not grow with it."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

# The renditions listing_image.html draws: the card's 10rem and twice that.
RENDITIONS = ("fill-160x100", "fill-320x200")


def with_images(queryset):
    """``queryset`` of pages with an ``image`` field, its images and their listing
    renditions prefetched."""
    images = get_image_model().objects.prefetch_renditions(*RENDITIONS)
    return queryset.prefetch_related(Prefetch("image", queryset=images))
