"""RSS 2.0 and Atom 1.0 feeds of a news index, one per locale (each locale has its own
news index page)."""

import datetime as dt

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from locales.localized import mark, reader_language
from pages.site.conf import settings


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.language = index.locale.language_code
        self.request = None

    def __call__(self, request, *args, **kwargs):
        # The feed of /fi/ lists Finnish articles and English ones nobody translated.
        self.request = request
        self.language = reader_language(request, self.index)
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index.title

    def link(self):
        return self.index.full_url

    def description(self):
        return self.index.intro or self.index.title

    def items(self):
        articles = self.index.articles(self.language)[: settings.FEED_ITEMS]
        return mark(articles, self.language, self.request)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return self.request.build_absolute_uri(item.reader_url)

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        # The article's date, at midnight in the site's time zone.
        return timezone.make_aware(dt.datetime.combine(item.date, dt.time()))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
