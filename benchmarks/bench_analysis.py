"""Word forms for search: speed on real text, and recall and precision of the Kazakh candidates on the labelled sets.

    python benchmarks/bench_analysis.py                      # speed, then the figures of docs/SEARCH.md
    python benchmarks/bench_analysis.py --apertium-fst kaz.automorf.hfstol   # also measure kazstem's morphology

Speed: ``word_forms`` over the Russian and English items of ../shared/corpus/world/real and the Kazakh items of
the demo workspace (resources/demo/feeds), first with empty caches (every word new) and then warm (news
repeats its words, and the caches keep them), as words per second.

Quality: every candidate is scored on tests/data/analysis/ by ``workstation.core.analysis.evaluation`` (a pair
of forms counts as found when a search for each finds the other). The ``kazstem`` package itself cannot run
here (its wheel ships no morphology; its build script targets one named host), so its morphology is measured
directly: the apertium-kaz transducer it compiles, built with HFST from the same apertium-kaz commit
(see docs/SEARCH.md for the commands), read through ``hfst-lookup``; a word's forms are all its lemmas.
"""

from __future__ import annotations

import argparse
import collections
import re
import shutil
import subprocess
import time
from pathlib import Path

import _common as c
import feedparser
import lxml.html
import Stemmer

from workstation.core.analysis import evaluation, forms, kazakh, script
from workstation.core.language import detect_language
from workstation.core.textfold import fold

DATA = c.PROJECT_ROOT / "tests" / "data" / "analysis"
CORPUS = c.PROJECT_ROOT.parent / "shared" / "corpus" / "world" / "real"
DEMO = c.PROJECT_ROOT / "resources" / "demo" / "feeds"


# ----------------------------------------------------------------------------------------------------- texts

def _plain(html: str) -> str:
    try:
        return lxml.html.fromstring(f"<div>{html}</div>").text_content() if html.strip() else ""
    except (lxml.etree.ParserError, ValueError):
        return ""


def texts() -> dict[str, list[str]]:
    """Item texts by language: the real feeds of the corpus and the demo workspace's feeds."""
    by_lang: dict[str, list[str]] = collections.defaultdict(list)
    for folder in (CORPUS, DEMO):
        for path in sorted(folder.glob("*.xml")) if folder.exists() else ():
            for entry in feedparser.parse(path.read_bytes()).entries:
                body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary", "")
                text = f"{entry.get('title', '')} {_plain(body)}"
                by_lang[detect_language(text)].append(text)
    return by_lang


def clear_caches() -> None:
    for cached in (forms.word_form, forms.query_forms, forms.russian_form, forms.english_form,
                   forms.kazakh_latin_forms, kazakh.kazakh_stem):
        cached.cache_clear()


def _best_of(rounds: int, run, before=lambda: None) -> float:
    times = []
    for _ in range(rounds):
        before()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def speed(by_lang: dict[str, list[str]]) -> None:
    print("speed: word_forms(text, lang) over item texts (best of 3 rounds)")
    for lang in ("ru", "en", "kk"):
        items = by_lang.get(lang, [])
        count = sum(len(forms.words(text)) for text in items)
        if not count:
            continue

        def run(items=items, lang=lang) -> None:
            for text in items:
                forms.word_forms(text, lang)

        for label, before in (("cold", clear_caches), ("warm", lambda: None)):
            elapsed = _best_of(3, run, before)
            print(f"  {lang} {label}: {len(items):4d} items, {count:7d} words, {count / elapsed:>10,.0f} words/s "
                  f"({elapsed / count * 1e6:.2f} µs/word)")
    words = [word for text in by_lang.get("kk", []) for word in forms.words(text)]
    distinct = sorted(set(words))
    clear_caches()
    start = time.perf_counter()
    for word in distinct:
        kazakh.kazakh_stem(word)
    elapsed = time.perf_counter() - start
    print(f"  kk uncached kazakh_stem: {len(distinct)} distinct words, {len(distinct) / elapsed:,.0f} words/s")
    stemmer = Stemmer.Stemmer("russian")
    ru_words = sorted({fold(word) for text in by_lang.get("ru", []) for word in forms.words(text)})
    start = time.perf_counter()
    stemmer.stemWords(ru_words)
    elapsed = time.perf_counter() - start
    print(f"  ru uncached Snowball (PyStemmer.stemWords): {len(ru_words)} distinct words, "
          f"{len(ru_words) / elapsed:,.0f} words/s")


# -------------------------------------------------------------------------------------------------- quality

def _matcher(form_sets) -> evaluation.Matcher:
    """A matcher from a function word -> set of forms: found when the sets meet."""
    return lambda term, item_word: bool(form_sets(term) & form_sets(item_word))


def candidates(apertium_fst: Path | None, all_words: list[str]) -> dict[str, evaluation.Matcher]:
    def cut(word: str, length: int) -> str:
        key = script.kazakh_key(word)
        return key[:length]

    russian = Stemmer.Stemmer("russian")
    found = {
        "rule-based stripper (kazakh.py, chosen)": evaluation.kazakh_matcher,
        "exact words, folded (today's index)": _matcher(lambda w: {script.kazakh_key(w)}),
        "Snowball Russian applied to Kazakh": _matcher(lambda w: {russian.stemWord(fold(w))}),
        "first 5 letters": _matcher(lambda w: {cut(w, 5)}),
    }
    if apertium_fst:
        lemmas = apertium_lemmas(apertium_fst, all_words)
        found["kazstem's morphology (apertium-kaz FST, all lemmas)"] = _matcher(
            lambda w: lemmas.get(w) or {script.kazakh_key(w)})
        found["both (FST lemmas, stripped; stripper if unknown)"] = _matcher(
            lambda w: {kazakh.kazakh_stem(lemma) for lemma in lemmas[w]} if w in lemmas
            else {kazakh.kazakh_stem(w)})
    return found


def apertium_lemmas(fst: Path, words: list[str]) -> dict[str, set[str]]:
    """Every lemma the transducer gives each word (as written, and capitalised for proper names), as keys."""
    lookup = shutil.which("hfst-lookup")
    if not lookup:
        raise SystemExit("hfst-lookup is not installed (Debian/Ubuntu: apt install hfst)")
    queries = sorted({w for word in words for w in (word, word[:1].upper() + word[1:])})
    start = time.perf_counter()
    result = subprocess.run([lookup, "-q", str(fst)], input="\n".join(queries) + "\n", capture_output=True,
                            text=True, check=True)
    elapsed = time.perf_counter() - start
    lemmas: dict[str, set[str]] = collections.defaultdict(set)
    for line in result.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or parts[1].endswith("+?"):
            continue
        lemma = re.split(r"[<+]", parts[1], maxsplit=1)[0]
        if lemma:
            lemmas[parts[0].lower()].add(script.kazakh_key(lemma.lower()))
    print(f"  (apertium-kaz via hfst-lookup: {len(queries)} look-ups, {len(queries) / elapsed:,.0f} words/s, "
          f"{sum(1 for w in set(words) if w in lemmas)}/{len(set(words))} words known)")
    return lemmas


def quality(apertium_fst: Path | None) -> None:
    dev = evaluation.load(DATA / "kazakh_forms.json")["groups"]
    held_out = evaluation.load(DATA / "kazakh_forms_heldout.json")["groups"]
    pairs = evaluation.load(DATA / "kazakh_scripts.json")["pairs"]
    all_words = [script.to_cyrillic(w) if script.is_latin_word(w.lower()) else w.lower()
                 for group in dev + held_out for key in ("forms", "not", "typed") for w in group.get(key, ())]
    all_words += [script.to_cyrillic(w).lower() for pair in pairs for w in pair["latin"].split()]
    all_words += [w.lower() for pair in pairs for w in pair["cyrillic"].split()]
    print("\nKazakh candidates (recall / precision / false matches; development set, held-out set):")
    for name, matcher in candidates(apertium_fst, all_words).items():
        a, b = evaluation.score_groups(dev, matcher), evaluation.score_groups(held_out, matcher)
        print(f"  {name:55s} dev {a.recall:.3f} / {a.precision:.3f} / {a.false_matches:3d}   "
              f"held-out {b.recall:.3f} / {b.precision:.3f} / {b.false_matches:3d}")
    for label, change in (("without PROTECTED", "PROTECTED"), ("without SHORT_STEMS", "SHORT")):
        saved = kazakh._PROTECTED_BY_START, kazakh._SHORT_KEYS
        if change == "PROTECTED":
            kazakh._PROTECTED_BY_START = {}
        else:
            kazakh._SHORT_KEYS = frozenset()
        clear_caches()
        a = evaluation.score_groups(dev, evaluation.kazakh_matcher)
        b = evaluation.score_groups(held_out, evaluation.kazakh_matcher)
        print(f"  {'rule-based, ' + label:55s} dev {a.recall:.3f} / {a.precision:.3f} / {a.false_matches:3d}   "
              f"held-out {b.recall:.3f} / {b.precision:.3f} / {b.false_matches:3d}")
        kazakh._PROTECTED_BY_START, kazakh._SHORT_KEYS = saved
    clear_caches()
    russian = evaluation.score_groups(evaluation.load(DATA / "russian_forms.json")["groups"],
                                      evaluation.russian_matcher)
    scripts = evaluation.score_scripts(pairs, evaluation.script_matcher)
    print(f"\nRussian (Snowball): recall {russian.recall:.3f} precision {russian.precision:.3f} "
          f"({russian.found}/{russian.must_find} found, {russian.false_matches}/{russian.must_not} false matches)")
    print(f"Kazakh Latin <-> Cyrillic: recall {scripts.recall:.3f} precision {scripts.precision:.3f} "
          f"({scripts.found}/{scripts.must_find} found, {scripts.false_matches}/{scripts.must_not} false matches)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apertium-fst", type=Path, help="a compiled apertium-kaz analyser (kaz.automorf.hfstol)")
    parser.add_argument("--no-speed", action="store_true", help="only the quality figures")
    args = parser.parse_args()
    c.print_machine()
    if not args.no_speed:
        speed(texts())
    quality(args.apertium_fst)


if __name__ == "__main__":
    main()
