"""Dictionaries that fill themselves, for the word caches of text analysis.

Reading an item looks up each of its words in a cache; ``functools.lru_cache`` costs a Python call (and, with two
arguments, a key tuple) per word, while a ``dict`` subclass with ``__missing__`` is read by ``map(memo.__getitem__,
words)`` entirely in C, and calls Python only for a word it has not seen. Bounded: it is emptied when full (news
repeats its words, so it fills again with the common ones at once). ``MemosByLanguage`` keeps one per language, for
what a word gives in an item of that language.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict, Generic[K, V]):
    """``memo[key]`` is ``make(key)``, made once while at most ``limit`` keys are kept."""

    def __init__(self, make: Callable[[K], V], limit: int) -> None:
        super().__init__()
        self.make, self.limit = make, limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.make(key)
        return value


class MemosByLanguage(dict):
    """``memos[lang]`` is the ``Memo`` of ``make(word, lang=lang)``, each keeping at most ``limit`` words."""

    def __init__(self, make: Callable[..., V], limit: int) -> None:
        super().__init__()
        self.make, self.limit = make, limit

    def __missing__(self, lang: str) -> Memo[str, V]:
        memo = self[lang] = Memo(functools.partial(self.make, lang=lang), self.limit)
        return memo
