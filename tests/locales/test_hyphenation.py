"""Long words of titles get soft hyphens by their own language (Debian's Chromium has
no hyphenation dictionaries); tests/site/test_hyphenated_titles.py renders them."""

import pytest

from locales.hyphenation import SOFT_HYPHEN, hyphenate


def shown(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "-")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ammattikoulutusverkosto", "fi", "am-mat-ti-kou-lu-tus-ver-kos-to"),
        ("Strategiatyöskentely", "fi", "Stra-te-gia-työs-ken-te-ly"),
        ("beroepsonderwijsnetwerk", "nl", "be-roeps-on-der-wijs-net-werk"),
        ("kutseharidusvõrgustik", "et", "kut-se-ha-ri-dus-võr-gus-tik"),
        ("profesionālās", "lv", "pro-fe-sio-nā-lās"),
        ("internationalisation", "en", "in-ter-na-tion-al-isa-tion"),
    ],
)
def test_long_words_break_by_the_rules_of_their_language(text, language, expected):
    assert shown(hyphenate(text, language)) == expected


def test_short_words_and_unknown_languages_are_left_alone():
    assert hyphenate("Valmennus ja ohjaus", "fi") == "Valmennus ja ohjaus"
    assert hyphenate("ammattikoulutusverkosto", "xx") == "ammattikoulutusverkosto"
    assert hyphenate("", "fi") == ""


def test_the_same_word_breaks_differently_by_language():
    # Finnish rules on an English word would split "na-tio-nal"; English keeps "tion".
    assert shown(hyphenate("internationalisation", "fi")) != shown(
        hyphenate("internationalisation", "en")
    )
