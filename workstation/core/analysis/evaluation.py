"""Recall and precision of word forms on the labelled sets in tests/data/analysis/ (see docs/SEARCH.md).

A labelled group lists forms of one word, which must find each other, and words that look alike but must not
be found. Each pair is tried both ways, a search for one word over an item holding the other; a pair counts
as found when both searches find it. A group may also list the word as typed on a Russian keyboard ("typed"):
such a search term must find every form of the group (one way: items are written with Kazakh letters).
Recall: the share of must-find pairs found. Precision: of all pairs found, the share that are must-find pairs
(false matches are must-not pairs found).

The matcher is a parameter, so that other normalisers (``kazstem``'s morphology, a plain prefix cut) are
measured the same way; ``kazakh_matcher``, ``russian_matcher`` and ``script_matcher`` are the ones search uses
(``forms.same_word``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from workstation.core.analysis.forms import KK_LATIN, same_word

Matcher = Callable[[str, str], bool]  # (search term, word in an item) -> found


@dataclass(frozen=True)
class Scores:
    must_find: int
    found: int  # must-find pairs found
    must_not: int
    false_matches: int  # must-not pairs found
    missed: tuple[tuple[str, str], ...] = ()
    confused: tuple[tuple[str, str], ...] = ()

    @property
    def recall(self) -> float:
        return self.found / self.must_find if self.must_find else 1.0

    @property
    def precision(self) -> float:
        matched = self.found + self.false_matches
        return self.found / matched if matched else 1.0

    @property
    def false_match_rate(self) -> float:
        return self.false_matches / self.must_not if self.must_not else 0.0


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _both_ways(matcher: Matcher, a: str, b: str) -> bool:
    return matcher(a, b) and matcher(b, a)


def score_groups(groups: Iterable[dict], matcher: Matcher) -> Scores:
    """Score word-form groups ({"forms": [...], "not": [...], "typed": [...]}); pairs are counted once, whatever
    the groups."""
    positive: set[tuple[str, str]] = set()
    negative: set[tuple[str, str]] = set()
    typed: set[tuple[str, str]] = set()
    for group in groups:
        forms = list(dict.fromkeys(group["forms"]))
        positive.update(tuple(sorted(pair)) for pair in combinations(forms, 2))
        negative.update(tuple(sorted((form, other))) for form in forms for other in group.get("not", ())
                        if other not in forms)
        typed.update((term, form) for term in group.get("typed", ()) for form in forms if term != form)
    negative -= positive
    missed = sorted(pair for pair in positive if not _both_ways(matcher, *pair))
    missed += sorted(pair for pair in typed if not matcher(*pair))
    confused = tuple(sorted(pair for pair in negative if matcher(*pair) or matcher(pair[1], pair[0])))
    must_find = len(positive) + len(typed)
    return Scores(must_find, must_find - len(missed), len(negative), len(confused), tuple(missed), confused)


def score_scripts(pairs: Iterable[dict], matcher: Callable[[str, str, str], bool]) -> Scores:
    """Score Latin/Cyrillic pairs: ``matcher(term, item_word, item_lang)``; a Latin item word is in a text written
    in Kazakh Latin letters, a Cyrillic one in a Kazakh item. Phrases are compared word by word."""
    found = missed_count = false = must_not = must_find = 0
    missed: list[tuple[str, str]] = []
    confused: list[tuple[str, str]] = []
    for pair in pairs:
        latin, cyrillic = pair["latin"].split(), pair["cyrillic"].split()
        both = len(latin) == len(cyrillic) and all(
            matcher(lat, cyr, "kk") and matcher(cyr, lat, KK_LATIN) for lat, cyr in zip(latin, cyrillic, strict=True))
        either = len(latin) == len(cyrillic) and all(
            matcher(lat, cyr, "kk") or matcher(cyr, lat, KK_LATIN) for lat, cyr in zip(latin, cyrillic, strict=True))
        if pair["match"]:
            must_find += 1
            if both:
                found += 1
            else:
                missed_count += 1
                missed.append((pair["latin"], pair["cyrillic"]))
        else:
            must_not += 1
            if either:
                false += 1
                confused.append((pair["latin"], pair["cyrillic"]))
    return Scores(must_find, found, must_not, false, tuple(missed), tuple(confused))


def kazakh_matcher(term: str, item_word: str) -> bool:
    return same_word(term, item_word, "kk")


def russian_matcher(term: str, item_word: str) -> bool:
    return same_word(term, item_word, "ru")


def script_matcher(term: str, item_word: str, item_lang: str) -> bool:
    return same_word(term, item_word, item_lang)
