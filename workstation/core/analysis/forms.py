"""Word forms for search: the normalised form of each word, so that "мошенник" finds "мошенники" and
"ұтыс ойыны" finds "ұтыс ойынын".

Which normaliser a word gets is decided by the word and the item's language:

- a Cyrillic word with a Kazakh letter (ә ғ қ ң ө ұ ү һ і) is Kazakh (``kazakh.kazakh_stem``);
- another Cyrillic word is Kazakh in a Kazakh item, else Russian (Snowball, through PyStemmer);
- a Latin word marked as Kazakh ("Qazaqstan", "şaruaşylyq", see ``script.is_kazakh_latin``) is written in
  Cyrillic and then stemmed as Kazakh, and so is every Latin word of a text written in Kazakh Latin; another
  Latin word is stemmed as English in an English item and only folded elsewhere (brand names in a Kazakh or
  Russian text: "WhatsApp", "SIM");
- a word with a digit ("5G", "2026") is only folded.

Every form is folded (``textfold.fold``: case, ё → е, Kazakh letters as typed on a Russian keyboard), so the
keyboard folding of the exact index carries over. A document word gets exactly one form (``word_forms`` keeps
one form per word, in order, so phrases still work on the forms); a search term gets every form the same word
may have been stored under (``query_forms``): "казакстан", typed without Kazakh letters, may be the Russian
"Казахстан"-like word or Kazakh typed on a Russian keyboard, so it asks for both.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from dataclasses import dataclass

import Stemmer

from workstation.core.analysis import script
from workstation.core.analysis.kazakh import KAZAKH_LETTERS, kazakh_stem
from workstation.core.analysis.memo import MemosByLanguage
from workstation.core.textfold import fold

log = logging.getLogger(__name__)

# Words as FTS5's unicode61 tokenizer sees them (letters and digits), plus the apostrophe of the 2017 Kazakh Latin
# alphabet inside a Latin word ("s'aruas'ylyq").
_WORDS = re.compile(r"[^\W_]+(?:['’ʼ][^\W\d_]+)*")
# Characters that hide inside words in feed text: soft hyphen, zero-width space and joiners, word joiner, and the
# combining dot that "İ".casefold() leaves behind.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u0307]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]")
_DIGIT = re.compile(r"\d")
_APOSTROPHE = re.compile(r"['’ʼ`´]")

# A Latin word this short is not read as Kazakh unless it is marked as such: "men", "bar", "on" are English.
_MIN_UNMARKED_KAZAKH_LATIN = 4
# A Latin text is written in Kazakh when at least this share of its Latin words is marked as Kazakh.
_KAZAKH_LATIN_TEXT_SHARE = 0.1

_RUSSIAN = Stemmer.Stemmer("russian")
_ENGLISH = Stemmer.Stemmer("english")

# Stored forms are only comparable with forms made by the same rules: an index keeps this number beside them and
# rebuilds its forms when it changes. Raise it with any change that changes a form.
FORMS_VERSION = 1

KK, RU, EN = "kk", "ru", "en"
KK_LATIN = "kk-latn"  # not a language code of the store: a Latin text that ``word_forms`` found written in Kazakh


def words(text: str) -> list[str]:
    """The words of a text, lower-cased (Unicode case folding), in order."""
    if not text:
        return []
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.casefold()
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return _WORDS.findall(text)


@functools.lru_cache(maxsize=1 << 17)
def russian_form(word: str) -> str:
    return _RUSSIAN.stemWord(fold(word))


@functools.lru_cache(maxsize=1 << 16)
def english_form(word: str) -> str:
    return _ENGLISH.stemWord(_APOSTROPHE.sub("", word))


@functools.lru_cache(maxsize=1 << 16)
def kazakh_latin_forms(word: str) -> tuple[str, ...]:
    """A Latin word read as Kazakh: its Cyrillic spelling, stemmed as written and as keyboard text."""
    cyrillic = script.to_cyrillic(word)
    proper = kazakh_stem(cyrillic)
    keyboard = kazakh_stem(cyrillic, keyboard=True)
    return (proper,) if proper == keyboard else (proper, keyboard)


def _latin_document_form(word: str, lang: str) -> str:
    if script.is_kazakh_latin(word) or (lang == KK_LATIN and script.is_latin_word(word)):
        cyrillic = script.to_cyrillic(word)
        has_kazakh = not KAZAKH_LETTERS.isdisjoint(cyrillic)
        return kazakh_stem(cyrillic, keyboard=not has_kazakh)
    if lang == EN:
        return english_form(word)
    return fold(_APOSTROPHE.sub("", word))


def word_form(word: str, lang: str | None = None) -> str:
    """The one form under which a (lower-case) word of an item in ``lang`` is stored."""
    return _FORMS_BY_LANGUAGE[lang or ""][word]


def _made_form(word: str, lang: str) -> str:
    if _DIGIT.search(word):
        return fold(word)
    if _CYRILLIC.match(word):
        if lang == KK or not KAZAKH_LETTERS.isdisjoint(word):
            return kazakh_stem(word)
        return russian_form(word)
    if _LATIN.match(word):
        return _latin_document_form(word, lang)
    return fold(word)


# Forms by language, each a cache of up to 2¹⁷ words (``memo``: an item's words are looked up in C).
_FORMS_BY_LANGUAGE = MemosByLanguage(_made_form, 1 << 17)


def _is_kazakh_latin_text(tokens: list[str]) -> bool:
    latin = [token for token in tokens if _LATIN.match(token)]
    if not latin or len(latin) * 2 < len(tokens):
        return False
    marked = sum(1 for token in latin if script.is_kazakh_latin(token))
    return marked >= max(1, _KAZAKH_LATIN_TEXT_SHARE * len(latin))


def word_forms(text: str, lang_hint: str | None = None) -> list[str]:
    """One normalised form per word of ``text``, in order: what the index stores beside the exact words.

    ``lang_hint`` is the item's language as ``language.detect_language`` gives it ("kk", "ru", "en", "other" or
    ""). A Latin-script text that is not English is checked for Kazakh written in Latin letters. Never raises.
    """
    try:
        tokens = words(text)
        lang = lang_hint or ""
        if lang not in (KK, RU, EN) and _is_kazakh_latin_text(tokens):
            lang = KK_LATIN
        return list(map(_FORMS_BY_LANGUAGE[lang].__getitem__, tokens))
    except Exception:  # noqa: BLE001 - a bug met on one text must not stop storing the items around it
        log.warning("A text's word forms could not be made; it is indexed by its exact words only", exc_info=True)
        return []


@dataclass(frozen=True)
class ItemForms:
    """The word forms of an item read three ways: its title, its text (up to the index's limit), and its lead (the
    title and the start of the text, as the radar reads an item)."""

    title: list[str]
    text: list[str]
    lead: list[str]


def item_forms(title: str, text: str, lang_hint: str | None, *, text_chars: int, lead_chars: int) -> ItemForms:
    """``word_forms`` of ``title``, of ``text[:text_chars]`` and of ``f"{title}\n{text[:lead_chars]}"``, with the
    words they share made into forms once (the full-text row and the radar's keys read the same words).

    Exactly the three answers of ``word_forms``: text split just before a space or line break gives the words of
    each part (no word spans one, and Unicode normalisation composes nothing across one). A text in another language
    is read as a whole (whether it is Kazakh in Latin letters depends on all its words), so its three are made apart,
    as they are for a lead longer than the text.
    """
    lead_text = text[:lead_chars]
    text = text[:text_chars]
    if (lang_hint or "") not in (KK, RU, EN) or lead_chars > text_chars:
        return ItemForms(word_forms(title, lang_hint), word_forms(text, lang_hint),
                         word_forms(f"{title}\n{lead_text}", lang_hint))
    title_forms = word_forms(title, lang_hint)
    if len(lead_text) == len(text):
        text_forms = word_forms(text, lang_hint)
        return ItemForms(title_forms, text_forms, title_forms + text_forms)
    cut = max(0, lead_text.rfind(" "), lead_text.rfind("\n"))
    shared = word_forms(text[:cut], lang_hint)
    return ItemForms(title_forms, shared + word_forms(text[cut:], lang_hint),
                     title_forms + shared + word_forms(lead_text[cut:], lang_hint))


@functools.lru_cache(maxsize=1 << 16)
def query_forms(word: str, lang_hint: str | None = None) -> tuple[str, ...]:
    """Every form a search term may have been stored under, without repeats, most likely first.

    ``lang_hint`` narrows the choice when the analyst names the items' language; without it a Cyrillic word
    without Kazakh letters asks for its Russian form and both Kazakh readings (as written, and as Kazakh typed
    on a Russian keyboard), and a Latin word asks for its folded and English forms and, unless it is short, its
    Kazakh forms ("Shymkent" finds "Шымкентте").
    """
    tokens = words(word)
    if len(tokens) != 1:
        return tuple(dict.fromkeys(form for token in tokens for form in query_forms(token, lang_hint)))
    token = tokens[0]
    if _DIGIT.search(token):
        return (fold(token),)
    forms: list[str] = []
    if _CYRILLIC.match(token):
        if not KAZAKH_LETTERS.isdisjoint(token):
            forms.append(kazakh_stem(token))
        else:
            if lang_hint in (None, "", RU, EN):
                forms.append(russian_form(token))
            if lang_hint in (None, "", KK):
                forms += [kazakh_stem(token), kazakh_stem(token, keyboard=True)]
            if lang_hint not in (None, "", RU, EN, KK):
                forms.append(russian_form(token))
    elif _LATIN.match(token):
        if script.is_kazakh_latin(token):
            forms += kazakh_latin_forms(token)
        else:
            forms += [fold(_APOSTROPHE.sub("", token)), english_form(token)]
            if len(token) >= _MIN_UNMARKED_KAZAKH_LATIN and lang_hint not in (RU, EN):
                forms += kazakh_latin_forms(token)
    else:
        forms.append(fold(token))
    return tuple(dict.fromkeys(forms))


def same_word(query: str, document_word: str, document_lang: str | None = None) -> bool:
    """Whether a search for ``query`` finds the (first) word of ``document_word`` in an item in
    ``document_lang`` by word form: the test the labelled sets are scored with."""
    return word_form(words(document_word)[0], document_lang) in query_forms(query)
