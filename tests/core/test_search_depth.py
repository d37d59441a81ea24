"""A query nested too deep is a plain message, never a crash: not in the parser (RecursionError), not in FTS5
(its parser stack)."""

import pytest

from workstation.core.errors import MESSAGES, WorkstationError
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.items import search

DEEP = [
    "(" * 300 + "банк" + ")" * 300,
    "(" * 100_000,
    "title:(" * 300 + "банк" + ")" * 300,
    " ".join(["(банк OR"] * 300) + " kaspi" + ")" * 300,
]


@pytest.fixture
def stocked(db):
    source = add_source(db, "https://example.kz/rss")
    store_items(db, source["id"], [ItemDraft(title="Банк ақша таратпайды", content_text="Kaspi бонус фейк", lang="kk",
                                             url="https://example.kz/1")])
    return db


@pytest.mark.parametrize("query", DEEP)
def test_a_query_nested_too_deep_is_a_plain_message(stocked, query):
    with pytest.raises(WorkstationError) as err:
        search.search_ids(stocked, query)
    assert err.value.key == "search.too_deep"
    assert str(err.value) == MESSAGES["search.too_deep"].format(limit=search.MAX_DEPTH)


@pytest.mark.parametrize("query", ["title:" * 5000 + "банк", "банк " + "-" * 5000 + "kaspi", "банк" + " NOT фейк" * 500,
                                   "банк" + " AND NOT фейк" * 500, "банк" + " OR kaspi" * 2000])
def test_long_flat_queries_never_exhaust_a_stack(stocked, query):
    try:
        search.search_ids(stocked, query)
    except WorkstationError as exc:
        assert exc.key in ("search.invalid", "search.dangling_operator")


def test_every_query_within_the_limit_runs(stocked):
    # The worst shapes per level: an OR, an AND and a NOT pending at each bracket, and fields.
    shapes = ["(a OR b c NOT {})", "(a OR b OR c AND d NOT {})", "title:({} OR a)", "(a OR b (c OR d NOT {}))",
              "(x NOT y AND NOT {} OR z)"]
    for shape in shapes:
        query, depth = "банк", 0
        while True:
            deeper = shape.format(query)
            try:
                search.to_fts(deeper)
            except WorkstationError:
                break
            query, depth = deeper, depth + 1
        assert depth >= search.MAX_DEPTH // 2
        assert search.search_ids(stocked, query) is not None  # FTS5 takes the deepest query the parser lets through


def test_a_chain_of_nots_is_one_group_for_fts5():
    assert search.to_fts("a NOT b NOT c") == '("a" NOT "b" NOT "c")'
    assert search.to_fts("a AND NOT b AND NOT c d") == '(("a" NOT "b" NOT "c") AND "d")'
