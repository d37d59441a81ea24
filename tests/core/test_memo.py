"""The self-filling word caches of text analysis: each word is worked out once, and a cache never outgrows its limit."""

from __future__ import annotations

from workstation.core.analysis import forms
from workstation.core.analysis.memo import Memo, MemosByLanguage


def test_a_memo_makes_each_value_once_and_stays_within_its_limit():
    made: list[str] = []

    def make(word: str) -> str:
        made.append(word)
        return word.upper()

    memo = Memo(make, limit=3)
    assert list(map(memo.__getitem__, ["a", "b", "a", "c", "b"])) == ["A", "B", "A", "C", "B"]
    assert made == ["a", "b", "c"]
    assert memo["d"] == "D" and len(memo) <= 3  # full: emptied, then filled again
    assert memo["a"] == "A" and made[-1] == "a" and len(memo) <= 3


def test_each_language_has_its_own_memo():
    memos = MemosByLanguage(lambda word, lang: f"{word}:{lang}", limit=2)
    assert memos["kk"]["сөз"] == "сөз:kk" and memos["ru"]["сөз"] == "сөз:ru"
    assert memos["kk"] is memos["kk"] and len(memos["kk"]) == 1 and memos["kk"].limit == 2


def test_word_forms_are_the_same_from_the_cache_and_made_afresh():
    text = "Мошенники ұтыс ойынын жариялады: Qazaqstan банкі, WhatsApp 5G"
    for lang in ("kk", "ru", "en", "other", ""):
        cached = forms.word_forms(text, lang)
        assert cached == forms.word_forms(text, lang)
        forms._FORMS_BY_LANGUAGE.clear()
        assert forms.word_forms(text, lang) == cached
    assert forms.word_forms("мошенники", "ru") == [forms.word_form("мошенники", "ru")] == ["мошенник"]
