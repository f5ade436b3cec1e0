"""A practice's themes, countries, target groups and kind link to the filtered
listing; practices and events show related items; online events show their join and
registration links; past events do not offer "Add to calendar"."""

import datetime as dt

from tests import factories


def test_practice_terms_link_to_the_filtered_listing(client, practice_index):
    theme = factories.ThemeFactory(name="Guidance", slug="guidance")
    group = factories.TargetGroupFactory(name="Young adults", slug="young-adults")
    practice = factories.PracticePageFactory(
        parent=practice_index,
        title="Mentoring",
        kind="quick-win",
        countries=["FI", "NL"],
    )
    practice.themes.set([theme])
    practice.target_groups.set([group])
    practice.save_revision().publish()
    other = factories.PracticePageFactory(parent=practice_index, title="Other")
    listing = practice_index.url

    html = client.get(practice.url).content.decode()
    assert f'<a href="{listing}?theme=guidance">Guidance</a>' in html
    assert f'<a href="{listing}?group=young-adults">Young adults</a>' in html
    assert f'<a href="{listing}?country=FI">Finland</a>' in html
    assert f'<a href="{listing}?kind=quick-win">Quick win</a>' in html

    def titles(query):
        page_obj = client.get(listing, query).context["page_obj"]
        return [p.title for p in page_obj]

    assert titles({"group": "young-adults"}) == ["Mentoring"]
    assert titles({"theme": "guidance"}) == ["Mentoring"]
    assert "Other" in titles({}) and other.live


def test_country_list_is_in_the_readers_alphabet(client, practice_index):
    practice = factories.PracticePageFactory(
        parent=practice_index, countries=["SE", "NL", "FI", "AT"]
    )
    html = client.get(practice.url).content.decode()
    facts = html.split('class="facts"', 1)[1]
    names = ["Austria", "Finland", "Netherlands", "Sweden"]
    assert sorted(names, key=facts.index) == names


def test_related_practices_share_a_theme(client, practice_index):
    theme = factories.ThemeFactory(name="Guidance", slug="guidance")
    first, second, unrelated = (
        factories.PracticePageFactory(parent=practice_index, title=title)
        for title in ("First", "Second", "Unrelated")
    )
    for page in (first, second):
        page.themes.set([theme])
        page.save_revision().publish()
    html = client.get(first.url).content.decode()
    related = html.split('id="related-heading"', 1)[1]
    assert f'<a href="{second.url}">Second</a>' in related
    assert "Unrelated" not in related and ">First<" not in related


def test_upcoming_online_event_offers_join_register_and_calendar(client, event_index):
    organiser = factories.OrganisationFactory(name="Cedefop")
    event = factories.EventPageFactory(
        parent=event_index,
        online=True,
        online_url="https://meet.example.org/room",
        registration_url="https://example.org/register",
    )
    sibling = factories.EventPageFactory(parent=event_index, title="Sibling seminar")
    for page in (event, sibling):
        page.organisers.set([organiser])
        page.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert 'id="join-link" href="https://meet.example.org/room"' in html
    assert 'id="register-link" href="https://example.org/register"' in html
    assert 'id="ical-link"' in html
    assert "Sibling seminar" in html.split('id="related-heading"', 1)[1]


def test_past_event_offers_no_calendar_nor_registration(client, event_index):
    past = factories.EventPageFactory(
        parent=event_index,
        start=dt.datetime(2020, 1, 1, 9, tzinfo=dt.UTC),
        end=dt.datetime(2020, 1, 1, 10, tzinfo=dt.UTC),
        online=True,
        online_url="https://meet.example.org/old",
        registration_url="https://example.org/old-register",
    )
    html = client.get(past.url).content.decode()
    assert "ical-link" not in html and "Add to calendar" not in html
    assert "register-link" not in html and "join-link" not in html
    assert "https://meet.example.org/old" not in html
    assert "This event has taken place." in html
