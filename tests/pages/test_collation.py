"""Country and language lists follow the reader's alphabet, not ISO codes: on the
site's filters and in the admin's forms."""

import re

from django.utils import translation

from pages.collation import collated, collation_key
from pages.site.forms import ApplicationForm, PracticeFilterForm, ResourceFilterForm
from pages.vocabularies import NETWORK_COUNTRIES


def option_labels(html: str, name: str) -> list[str]:
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    return [
        label.strip() for label in re.findall(r"<option[^>]*>([^<]*)</option>", select)
    ]


def test_finnish_puts_a_umlaut_after_z_and_sorts_by_finnish_names():
    with translation.override("fi"):
        names = [str(n) for n in collated(NETWORK_COUNTRIES.values())]
    assert names[0] == "Alankomaat"  # NL, last but few by code
    assert names.index("Italia") < names.index("Itävalta")  # a < ä
    assert names[-1] == "Viro"
    assert collated(["Öljy", "Zeta", "Äiti", "Aamu"], "fi") == [
        "Aamu",
        "Zeta",
        "Äiti",
        "Öljy",
    ]


def test_estonian_and_latvian_tailorings():
    # Estonian: s < š < z < ž < t, and õ ä ö ü after w.
    assert collated(["tee", "zoo", "šokk", "sai"], "et") == [
        "sai",
        "šokk",
        "zoo",
        "tee",
    ]
    assert collated(["ülem", "veski", "õun"], "et") == ["veski", "õun", "ülem"]
    # Latvian: č after c, š after s; ā sorts with a.
    assert collated(["dārzs", "čūska", "cena"], "lv") == ["cena", "čūska", "dārzs"]
    assert collated(["šis", "tas", "sala"], "lv") == ["sala", "šis", "tas"]
    assert collation_key("Ābele", "lv") < collation_key("Bite", "lv")


def test_site_filters_sort_countries_and_languages_in_the_readers_language(db):
    with translation.override("fi"):
        countries = option_labels(PracticeFilterForm().as_p(), "country")
        languages = option_labels(ResourceFilterForm().as_p(), "language")
        applying = option_labels(ApplicationForm().as_p(), "country")
    assert countries[0] == "Kaikki"
    assert countries[1] == "Alankomaat"
    assert countries[1:] == collated(countries[1:], "fi")
    assert languages[1:] == collated(languages[1:], "fi")
    assert languages[1] == "arabia"
    assert applying[1] == "Alankomaat" and applying[-1] == "Viro"
    with translation.override("nl"):
        countries = option_labels(PracticeFilterForm().as_p(), "country")
    assert countries[1] == "België"


def test_admin_forms_sort_countries_by_the_editors_language(client, editor, locales):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fi"
    profile.save()
    client.force_login(editor)
    html = client.get("/admin/snippets/pages/ambassador/add/").content.decode()
    countries = option_labels(html, "country")
    assert countries[1] == "Alankomaat", countries[:3]
    assert countries[1:] == collated(countries[1:], "fi")
