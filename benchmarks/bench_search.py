"""Full-text search over a 1,000,000-item workspace: the command line's path and the desktop's path.

    python benchmarks/bench_search.py            # 1,000,000 items (first run builds and caches the workspace)
    python benchmarks/bench_search.py --quick    # 50,000 items, 3 rounds
    python benchmarks/bench_search.py --items 200000 --rounds 7

For each analyst query: ``workstation.core.items.queries.search_items(db, q, limit=50)`` (CLI ``search``: newest stored
first, straight on the index), ``page_items(db, ItemFilter(query=q), limit=200)`` (the desktop's first page,
newest published first) and ``count_items`` (the desktop's count beside the list, run in parallel with the page).
The named baseline, timed in the same rounds, is the bare FTS5 statement the query becomes
(``SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT 50``): ratios show what the
product adds on top of SQLite itself. Rounds go over all queries in turn, so noise spreads over all of them; the
first round (cold caches for this process) is reported apart and left out of the medians.
"""

from __future__ import annotations

import argparse
import time

import _common as c
from bigworkspace import ensure_workspace

from workstation.core.items.queries import ItemFilter, count_items, page_items, search_items
from workstation.core.items.search import to_fts
from workstation.core.workspace import open_workspace

TARGET_MS = 50.0


def queries(vocab: c.Vocabulary) -> list[tuple[str, str]]:
    rare_ru = vocab.word_at("ru", len(vocab.words["ru"]) - 40)
    rare_kk = vocab.word_at("kk", len(vocab.words["kk"]) - 40)
    mid_kk = vocab.word_at("kk", 2000)
    return [
        ("common word (ru)", "Казахстана"),
        ("common word (kk)", "Қазақстан"),
        ("common word, keyboard (kk typed ru)", "казакстан"),
        ("mid-frequency word", "вакцинации"),
        ("mid-frequency tail word (kk)", mid_kk),
        ("rare word (ru)", rare_ru),
        ("rare word (kk)", rare_kk),
        ("phrase (kk)", '"ұтыс ойыны"'),
        ("phrase, keyboard (kk typed ru)", '"утыс ойыны"'),
        ("phrase (ru)", '"Национальный банк"'),
        ("prefix", "мошен*"),
        ("short prefix", "бан*"),
        ("AND", "мошенники AND карты"),
        ("three words (implicit AND)", "выплаты пенсии тенге"),
        ("OR of three", "фейк OR жалған OR fake"),
        ("NOT", "фейк NOT 5G"),
        ("-word", "мошенники -звонят"),
        ("title: field", "title:алаяқтар"),
        ("groups", "(розыгрыш OR ұтыс) AND (призы OR сыйлық)"),
        ("rare AND common", f"{rare_kk} Астана"),
        ("English phrases OR", '"fact check" OR "false claim"'),
        ("common AND common", "банк AND Алматы"),
    ]


def timed(func) -> tuple[float, object]:
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="50,000 items, 3 rounds")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds after the first (cold) one")
    parser.add_argument("--plans", action="store_true", help="print the query plan of every desktop query")
    args = parser.parse_args()
    if args.quick:
        args.items, args.rounds = 50_000, 3
    c.print_machine()
    built = c.Stopwatch()
    path = ensure_workspace(args.items)
    print(f"workspace: {path} ({path.stat().st_size / 1e9:.2f} GB) ready in {built.elapsed():.1f} s")
    db = open_workspace(path)
    total = db.execute("SELECT max(id) FROM items").fetchone()[0]
    qs = queries(c.Vocabulary())
    names = ("baseline", "search_items", "page_items", "count_items")
    times: dict[str, dict[str, list[float]]] = {q: {n: [] for n in names} for _, q in qs}
    first: dict[str, dict[str, float]] = {q: {} for _, q in qs}
    hits: dict[str, tuple[int, int, int]] = {}
    for round_number in range(args.rounds + 1):
        for _label, q in qs:
            fts = to_fts(q)
            runs = {
                "baseline": lambda fts=fts: db.execute(
                    "SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT 50",
                    [fts]).fetchall(),
                "search_items": lambda q=q: search_items(db, q, limit=50),
                "page_items": lambda q=q: page_items(db, ItemFilter(query=q), limit=200),
                "count_items": lambda q=q: count_items(db, ItemFilter(query=q)),
            }
            results = {}
            for name in names:
                seconds, results[name] = timed(runs[name])
                if round_number == 0:
                    first[q][name] = seconds
                else:
                    times[q][name].append(seconds)
            hits[q] = (len(results["search_items"]), len(results["page_items"]), results["count_items"])
        print(f"  round {round_number} done{' (cold, not in medians)' if round_number == 0 else ''}", flush=True)

    rows = []
    for label, q in qs:
        t = times[q]
        base = c.median(t["baseline"])
        rows.append([label, f"`{q}`", hits[q][2],
                     c.ms(base), c.ms(c.median(t["search_items"])), c.ms(c.p90(t["search_items"])),
                     c.ms(c.median(t["page_items"])), c.ms(c.p90(t["page_items"])),
                     f"{c.median(t['page_items']) / base:.0f}x" if base else "-",
                     c.ms(c.median(t["count_items"])), c.ms(first[q]["page_items"])])
    print(f"\n{total} items; {args.rounds} timed rounds; times in ms (median, p90); ratio = page_items / baseline")
    print(c.table(rows, ["query", "text", "matches", "baseline FTS5 ms", "search_items ms", "p90",
                         "page_items ms", "p90", "page/base", "count_items ms", "page_items first-round ms"]))
    overall = {n: c.median(c.median(times[q][n]) for _, q in qs) for n in names}
    print(f"\noverall median of per-query medians (target < {TARGET_MS:.0f} ms): " +
          ", ".join(f"{n} {c.ms(v)} ms" for n, v in overall.items()))
    for name in ("search_items", "page_items"):
        slow = [(label, c.median(times[q][name])) for label, q in qs if c.median(times[q][name]) * 1000 > TARGET_MS]
        print(f"{name}: {len(slow)} of {len(qs)} queries over {TARGET_MS:.0f} ms" +
              (": " + "; ".join(f"{label} {c.ms(s)} ms" for label, s in slow) if slow else ""))

    # Why: the plan SQLite picks for the desktop's query, for the common and the rare word.
    examples = qs if args.plans else [qs[0], qs[5], qs[12]]
    for label, q in examples:
        print(f"\nplan of page_items for {label} `{q}`:")
        where = "items.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"
        sql = ("EXPLAIN QUERY PLAN SELECT items.id, sources.name FROM items LEFT JOIN sources "
               f"ON sources.id = items.source_id WHERE {where} ORDER BY items.published_at DESC, items.id DESC "
               "LIMIT 200")
        for row in db.execute(sql, [to_fts(q)]).fetchall():
            print("   ", row[-1])
    db.close()


if __name__ == "__main__":
    main()
