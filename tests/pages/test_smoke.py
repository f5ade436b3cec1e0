from tests import factories


def test_practice_page_is_created_under_its_index(practice_index):
    practice = factories.PracticePageFactory(parent=practice_index, countries=["BE-FR"])
    assert practice.get_parent().specific == practice_index
    assert list(practice.countries.values_list("code", flat=True)) == ["BE-FR"]
