"""RSS 2.0 and Atom 1.0 feeds of a news index, one per locale (each locale has its own
news index page)."""

import datetime as dt

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from pages.site.conf import settings


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.language = index.locale.language_code

    def title(self):
        return self.index.title

    def link(self):
        return self.index.full_url

    def description(self):
        return self.index.intro or self.index.title

    def items(self):
        return self.index.articles()[: settings.FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.full_url

    def item_guid(self, item):
        return item.full_url

    def item_pubdate(self, item):
        # The article's date, at midnight in the site's time zone.
        return timezone.make_aware(dt.datetime.combine(item.date, dt.time()))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
