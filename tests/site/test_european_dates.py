"""Dates on the readers' site in each locale's European form: English writes
"17 March 2027" and a 24-hour clock, never Django's US "March 17, 2027, 2:30 p.m."."""

import datetime as dt

import pytest
from django.utils import formats, translation

pytestmark = pytest.mark.django_db

DAY = dt.datetime(2027, 3, 17, 14, 30)


@pytest.mark.parametrize(
    "language, date, time",
    [
        ("en", "17 March 2027", "14:30"),
        ("fi", "17. maaliskuuta 2027", "14.30"),
        ("nl", "17 maart 2027", "14:30"),
        ("et", "17. märts 2027", "14:30"),
        ("lv", "2027. gada 17. marts", "14:30"),
    ],
)
def test_each_language_writes_dates_the_european_way(language, date, time):
    with translation.override(language):
        assert formats.date_format(DAY, "DATE_FORMAT") == date
        assert formats.time_format(DAY, "TIME_FORMAT") == time


def test_a_news_article_shows_its_english_date_the_european_way(client, home):
    from tests import factories

    index = factories.NewsIndexPageFactory(parent=home)
    article = factories.NewsPageFactory(
        parent=index, title="Skills week", date=dt.date(2027, 3, 17)
    )
    html = client.get(article.url).content.decode()
    assert ">17 March 2027</time>" in html
