"""What-if measurements for the fixes proposed in docs/PERFORMANCE.md, beside the product's own code, same run.

    python benchmarks/bench_fixes.py             # the 1,000,000-item workspace (+ a temporary 3.6 GB copy for indexes)
    python benchmarks/bench_fixes.py --quick     # the 50,000-item workspace
    python benchmarks/bench_fixes.py --no-copy   # skip the part that needs extra indexes on a copy

Nothing in the product is changed. Each alternative is written here (SQL, or a small function mirroring the
product's) and timed next to the current code on the same data; where an alternative must give the same answer,
the script checks it does. Parts:
  search  - the desktop's page query and counts (read-only, on the cached workspace of bench_search)
  sort    - sorting by source and by language, with the indexes the fix would add (on a temporary copy)
  ingest  - textfold.fold, language.detect_language and feedparser, on the items of 20 generated feeds
"""

from __future__ import annotations

import argparse
import functools
import io
import re
import shutil
import sqlite3
import tempfile
import time
import unicodedata
from pathlib import Path

import _common as c
from bigworkspace import ensure_workspace

from workstation.core.items import overview
from workstation.core.items.queries import LIST_COLUMNS, ItemFilter, count_items, page_items
from workstation.core.items.search import to_fts
from workstation.core.workspace import open_workspace

THRESHOLD = 20_000
_WORD = re.compile(r"[^\W\d_]+")  # the word pattern and script rule of language.py as first measured


def _script(word: str) -> str:
    first = word[0]
    if "\u0400" <= first <= "\u052f":
        return "cyrillic"
    if first.isascii() or "\u00c0" <= first <= "\u024f":
        return "latin"
    return "other"  # matches above which the page query walks the sort index instead of sorting all matches


def best_of(func, runs: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return c.median(times), result


COLS = ", ".join(f"items.{col}" for col in LIST_COLUMNS)


def page_walk_index(db, fts: str, limit: int = 200) -> list[int]:
    """The page query with the text condition written ``+items.id IN (...)``: SQLite then cannot drive the
    query from the match list and walks items_published in order instead, stopping after ``limit`` rows."""
    sql = (f"SELECT {COLS}, sources.name FROM items LEFT JOIN sources ON sources.id = items.source_id "
           "WHERE +items.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?) "
           "ORDER BY items.published_at DESC, items.id DESC LIMIT ?")
    return [row[0] for row in db.execute(sql, [fts, limit])]


def page_hybrid(db, query: str, limit: int = 200) -> list[int]:
    fts = to_fts(query)
    matches = db.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH ?", [fts]).fetchone()[0]
    if matches < THRESHOLD:
        return [row["id"] for row in page_items(db, ItemFilter(query=query), limit=limit)]
    return page_walk_index(db, fts, limit)


def search_part(db, vocab: c.Vocabulary) -> None:
    rare = vocab.word_at("ru", len(vocab.words["ru"]) - 40)
    queries = ["Казахстана", "казакстан", "бан*", "мошен*", '"ұтыс ойыны"', "фейк OR жалған OR fake",
               "мошенники -звонят", "вакцинации", "банк AND Алматы", rare]
    rows = []
    for q in queries:
        fts = to_fts(q)
        now_s, now_rows = best_of(lambda q=q: [r["id"] for r in page_items(db, ItemFilter(query=q), limit=200)])
        walk_s, walk_rows = best_of(lambda fts=fts: page_walk_index(db, fts))
        hybrid_s, hybrid_rows = best_of(lambda q=q: page_hybrid(db, q))
        count_s, count = best_of(lambda q=q: count_items(db, ItemFilter(query=q)))
        fts_count_s, fts_count = best_of(lambda fts=fts: db.execute(
            "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?", [fts]).fetchone()[0])
        same = now_rows == walk_rows == hybrid_rows and count == fts_count
        rows.append([f"`{q}`", count, c.ms(now_s), c.ms(walk_s), c.ms(hybrid_s), f"{now_s / hybrid_s:.0f}x",
                     c.ms(count_s), c.ms(fts_count_s), "yes" if same else "NO"])
    print("\n### search: the desktop's first page and its count (ms, median of 5)")
    print(c.table(rows, ["query", "matches", "page_items now", "walk sort index (+id IN)",
                         f"hybrid (FTS count, walk if >= {THRESHOLD})", "speed-up", "count_items now",
                         "count in FTS only", "same rows/count"]))

    flt = ItemFilter(langs=["kk"])
    now_s, now = best_of(lambda: count_items(db, flt))
    alt_s, alt = best_of(lambda: db.execute("SELECT count(*) FROM items WHERE items.lang IN (?)", ["kk"]).fetchone()[0])
    g_now_s, g_now = best_of(lambda: overview.global_counts(db), 3)

    def global_counts_alt() -> dict[str, int]:
        one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
        return {"total": one("SELECT count(*) FROM items"), "unread": one("SELECT count(*) FROM items WHERE read = 0"),
                "starred": one("SELECT count(*) FROM items WHERE starred = 1"),
                "orphans": one("SELECT count(*) FROM items WHERE source_id IS NULL")}

    g_alt_s, g_alt = best_of(global_counts_alt, 3)
    print("\n### counts beside the list and in the sources pane (ms, median)")
    print(c.table([
        ["count_items(language kk): LEFT JOIN sources kept", c.ms(now_s), "without the join (no folder filter)",
         c.ms(alt_s), "yes" if now == alt else "NO"],
        ["overview.global_counts: one scan of every row", c.ms(g_now_s), "four counts on (partial) indexes",
         c.ms(g_alt_s), "yes" if g_now == g_alt else "NO"]], ["now", "ms", "alternative", "ms", "same answer"]))


def sort_part(path: Path, workdir: Path) -> None:
    copy = workdir / "copy.db"
    started = time.perf_counter()
    shutil.copyfile(path, copy)
    original = open_workspace(path)
    db = sqlite3.connect(copy)
    db.execute("CREATE INDEX items_lang_id ON items(lang)")  # (lang, rowid): serves ORDER BY lang, id
    db.execute("CREATE INDEX items_source_id ON items(source_id)")  # (source_id, rowid)
    db.execute("CREATE INDEX sources_name_nocase ON sources(name COLLATE NOCASE, id)")
    db.commit()
    print(f"\n(copy and three indexes: {time.perf_counter() - started:.0f} s)")
    rows = []
    for desc in (False, True):
        d = "DESC" if desc else "ASC"
        for sort, rewrite in (
            ("lang", f"SELECT {COLS}, sources.name FROM items LEFT JOIN sources ON sources.id = items.source_id "
                     f"ORDER BY items.lang {d}, items.id {d} LIMIT 200"),
            ("source", f"SELECT {COLS}, sources.name FROM sources CROSS JOIN items ON items.source_id = sources.id "
                       f"ORDER BY sources.name COLLATE NOCASE {d}, sources.id {d}, items.id {d} LIMIT 200"),
        ):
            now_s, _ = best_of(lambda sort=sort, desc=desc: page_items(original, ItemFilter(), sort=sort,
                                                                         descending=desc), 3)
            alt_s, _ = best_of(lambda sql=rewrite: db.execute(sql).fetchall(), 3)
            plan = " | ".join(r[-1] for r in db.execute("EXPLAIN QUERY PLAN " + rewrite))
            rows.append([f"{sort} {d.lower()}", c.ms(now_s), c.ms(alt_s), f"{now_s / alt_s:.0f}x", plan])
    original.close()
    db.close()
    print("### sort by language and by source: first page (ms, median of 3)")
    print(c.table(rows, ["sort", "page_items now", "with the index (+ rewrite for source)", "speed-up",
                         "plan of the alternative"]))
    print("(source rewrite: sources outer in name order, items by (source_id, rowid); items whose source was "
          "removed need a UNION ALL branch, as coalesce(name, '') puts them first)")


# --- ingest: pure-Python hot spots -----------------------------------------------------------------------------

def ingest_part(workdir: Path) -> None:
    import feedparser
    from feeds import write_feeds
    from lxml import etree

    from workstation.core import language, textfold
    from workstation.core.ingest.decode import decode, xml_for_parser
    from workstation.core.ingest.normalize import clean_title, html_to_text, sanitize_html
    from workstation.core.ingest.parse import _entry_html

    paths = write_feeds(workdir / "feeds", 20, 100)
    docs = [xml_for_parser(decode(p.read_bytes()).text) for p in paths]
    texts = []
    for doc in docs:
        for entry in feedparser.parse(io.BytesIO(doc), sanitize_html=False, resolve_relative_uris=False).entries:
            texts.append(f"{clean_title(entry.get('title'))}\n{html_to_text(sanitize_html(_entry_html(entry)))}")

    pairs = list(textfold._KAZAKH_TO_RUSSIAN.items())

    def fold_replace(text: str) -> str:
        text = text.casefold()
        if not text.isascii():
            for old, new in pairs:
                if old in text:
                    text = text.replace(old, new)
        return text

    @functools.lru_cache(maxsize=1 << 16)
    def classify(word: str) -> tuple[int, int, int, int, int]:  # kk, kk_core, ru, foreign, i_words
        letters = set(word)
        if letters & language._FOREIGN_LETTERS:
            return 0, 0, 0, 2, 0
        if word in language._UK_BE_WORDS or word in language._KY_WORDS:
            return 0, 0, 0, 1, 0
        if letters & language._KK_LETTERS or word in language._KK_WORDS:
            core = bool(letters & language._KK_CORE_LETTERS or "і" in letters or word in language._KK_WORDS)
            return 1, int(core), 0, 0, 0
        if word in language._RU_WORDS:
            return 0, 0, 1, 0, 0
        return (0, 0, 0, 0, 1) if "і" in letters else (0, 0, 0, 0, 0)

    def cyrillic(words: list[str]) -> str:
        kk = kk_core = ru = foreign = i_words = 0
        for word in words:
            a, b, r, f, i = classify(word)
            kk, kk_core, ru, foreign, i_words = kk + a, kk_core + b, ru + r, foreign + f, i_words + i
        if kk >= 3 and not kk_core and not i_words:
            foreign, kk = foreign + kk, 0
        if kk:
            kk += i_words
        else:
            foreign += i_words
        if foreign > kk and foreign >= ru:
            return "other"
        return "kk" if kk > ru else "ru"

    noise_hint = re.compile(r"://|www\.|@|#")

    def detect_cached(text: str) -> str:
        """language.detect_language with the per-word decision cached and the URL/handle regex run only when
        the text has '://', 'www.', '@' or '#'."""
        if not text or not isinstance(text, str):
            return ""
        sample = unicodedata.normalize("NFC", text[:language.SAMPLE_CHARS]).casefold()
        if noise_hint.search(sample):
            sample = language._NOISE.sub(" ", sample)
        words = _WORD.findall(sample)
        if not words:
            return ""
        by_script: dict[str, list[str]] = {"cyrillic": [], "latin": [], "other": []}
        letters = {"cyrillic": 0, "latin": 0, "other": 0}
        for word in words:
            script = _script(word)
            by_script[script].append(word)
            letters[script] += len(word)
        script = max(letters, key=letters.__getitem__)
        if script == "cyrillic":
            return cyrillic(by_script["cyrillic"])
        if script == "latin":
            latin = by_script["latin"]
            english = sum(1 for word in latin if word in language._EN_WORDS)
            return "en" if english and english / len(latin) >= language._EN_MIN_SHARE else "other"
        return "other"

    atom = "{http://www.w3.org/2005/Atom}"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)

    def lxml_entries(doc: bytes) -> int:
        """What feedparser gives the workstation for a plain RSS 2.0 or Atom feed, read with lxml."""
        root = etree.fromstring(doc, parser)
        out = []
        if root.tag == "rss":
            for it in root.iter("item"):
                out.append((it.findtext("title"), it.findtext("link"), it.findtext("guid"), it.findtext("pubDate"),
                            it.findtext("description")))
        else:
            for e in root.iter(atom + "entry"):
                link = e.find(atom + "link")
                out.append((e.findtext(atom + "title"), link.get("href") if link is not None else None,
                            e.findtext(atom + "id"), e.findtext(atom + "published"), e.findtext(atom + "summary")))
        return len(out)

    n = len(texts)
    rows = []
    for label, now, alt in (
        ("textfold.fold (str.translate with a dict) vs casefold + str.replace per letter",
         lambda: [textfold.fold(t) for t in texts], lambda: [fold_replace(t) for t in texts]),
        ("language.detect_language vs per-word cache + URL regex only when needed",
         lambda: [language.detect_language(t) for t in texts], lambda: [detect_cached(t) for t in texts]),
        ("feedparser.parse (sanitize and URI resolution off) vs lxml for plain RSS 2.0/Atom",
         lambda: sum(len(feedparser.parse(io.BytesIO(d), sanitize_html=False, resolve_relative_uris=False,
                                          response_headers={"content-type": "application/xml; charset=utf-8"})
                         .entries) for d in docs),
         lambda: sum(lxml_entries(d) for d in docs)),
    ):
        now_s, now_out = best_of(now, 3)
        alt_s, alt_out = best_of(alt, 3)
        rows.append([label, f"{now_s / n * 1e6:.0f}", f"{alt_s / n * 1e6:.0f}", f"{now_s / alt_s:.1f}x",
                     "yes" if now_out == alt_out else "NO"])
    print(f"\n### ingest hot spots ({n} items of 20 generated feeds; µs per item, median of 3)")
    print(c.table(rows, ["now vs alternative", "now µs", "alternative µs", "speed-up", "same output"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="the 50,000-item workspace")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--no-copy", action="store_true", help="skip the sort part (it copies the workspace)")
    args = parser.parse_args()
    if args.quick:
        args.items = 50_000
    c.print_machine()
    path = ensure_workspace(args.items)
    print(f"workspace: {path.name}")
    workdir = Path(tempfile.mkdtemp(prefix="bench-fixes-", dir=c.OUT_DIR))
    try:
        db = open_workspace(path)
        search_part(db, c.Vocabulary())
        db.close()
        if not args.no_copy:
            sort_part(path, workdir)
        ingest_part(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
