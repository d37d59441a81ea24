"""Search, rules and similar items find a word's other forms, Kazakh in both alphabets, and claims across kk/ru."""

import json
import re
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from workstation.core.db import bodies, schema, story_state
from workstation.core.ingest.dedup import EXACT_ONLY_FTS, has_exact_only_index, store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.items import reindex, rules, search, similar
from workstation.core.workspace import open_workspace
from workstation.core.workspace.demo import build_demo

CLAIMS = Path(__file__).resolve().parents[1] / "data" / "analysis" / "claims.json"
# precision@5 of similar items on claims.json (docs/SEARCH.md), rounded down: a change that lowers it fails here.
PRECISION_AT_5 = 0.60


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = build_demo(tmp_path_factory.mktemp("demo") / "demo.db")
    db = open_workspace(path)
    yield db
    db.close()


def titles(db, ids):
    texts = bodies.texts(db, ids)
    return [f"{db.execute('SELECT title FROM items WHERE id = ?', [i]).fetchone()[0]} {texts[i]}".lower() for i in ids]


def test_russian_dictionary_form_finds_the_inflected_forms_on_the_demo(demo):
    found = titles(demo, search.search_ids(demo, "мошенник", limit=None))
    # The demo's forms of the word (it has no «мошенников»; the Russian labelled set covers that one).
    for form in ("мошенники", "мошенникам", "мошенниками"):
        assert any(re.search(rf"\b{form}\b", t) for t in found), form
    assert len(found) >= len(search.search_ids(demo, '"мошенники"', limit=None))


def test_kazakh_dictionary_form_finds_case_forms(demo):
    found = titles(demo, search.search_ids(demo, "ұтыс ойыны", limit=None))
    assert any("ойынын" in t for t in found)


def test_latin_kazakh_query_finds_cyrillic_items(demo):
    latin = set(search.search_ids(demo, "Qazaqstan", limit=None))
    assert latin and all("қазақстан" in t for t in titles(demo, latin))
    assert set(search.search_ids(demo, "utys oiyny", limit=None)) == set(search.search_ids(demo, "ұтыс ойыны",
                                                                                           limit=None))


def test_quoted_phrase_stays_exact(demo):
    for text in titles(demo, search.search_ids(demo, '"ұтыс ойыны"', limit=None)):
        assert "ұтыс ойыны" in text.replace("\n", " ")
    assert search.explain('"ұтыс ойыны"')[0].forms == ()


def test_exact_matches_rank_first(db):
    source = add_source(db, "https://example.kz/rss")
    store_items(db, source["id"], [
        ItemDraft(title="Мошенников задержали", content_text="Полиция задержала мошенников.", url="https://e.kz/1",
                  lang="ru"),
        ItemDraft(title="Мошенники звонят", content_text="Мошенники звонят от имени банка.", url="https://e.kz/2",
                  lang="ru")])
    ranked = search.search_ids(db, "мошенники", relevance=True)
    assert len(ranked) == 2 and titles(db, ranked[:1])[0].startswith("мошенники")
    assert search.count_matches(db, "мошенник") == 2


def test_fields_prefix_not_and_or_keep_working_with_forms(db):
    source = add_source(db, "https://example.kz/rss")
    ids = store_items(db, source["id"], [
        ItemDraft(title="Мошенники звонят", content_text="Звонки от имени банка", url="https://e.kz/1", lang="ru"),
        ItemDraft(title="Банк", content_text="Мошенников задержали", url="https://e.kz/2", lang="ru")]).new_ids
    assert set(search.search_ids(db, "title:мошенник")) == {ids[0]}
    assert set(search.search_ids(db, "text:мошенник")) == {ids[1]}
    assert set(search.search_ids(db, "мошенник NOT звонят")) == {ids[1]}
    assert set(search.search_ids(db, "мошенник -задержали OR полиция")) == {ids[0]}
    assert set(search.search_ids(db, "мошенн*")) == set(ids)


def test_explain_names_the_forms_of_each_word():
    [term] = search.explain("мошенники")
    assert term.exact == "мошенники" and "мошенник" in term.forms


def test_a_rule_fires_on_other_forms(db):
    source = add_source(db, "https://example.kz/rss")
    tag = db.execute("SELECT id FROM tags LIMIT 1").fetchone()[0]
    rules.add_rule(db, "ұтыс", "ұтыс ойыны", tag_id=tag)
    [item] = store_items(db, source["id"], [ItemDraft(title="Ұтыс ойынына қатысыңыз", content_text="",
                                                      url="https://e.kz/1", lang="kk")]).new_ids
    assert rules.apply_rules(db, [item])["tagged"] == 1


def test_similar_items_cross_kazakh_and_russian(demo):
    by_url = dict(demo.execute("SELECT url, id FROM items").fetchall())
    group = json.loads(CLAIMS.read_text(encoding="utf-8"))["groups"]
    zhuldyz = next(g for g in group if g["key"] == "zhuldyz_cars")
    ru = next(i for i in zhuldyz["items"] if i["lang"] == "ru")
    kk = {by_url[i["url"]] for i in zhuldyz["items"] if i["lang"] == "kk"}
    title, lang = demo.execute("SELECT title, lang FROM items WHERE id = ?", [by_url[ru["url"]]]).fetchone()
    text = bodies.read(demo, by_url[ru["url"]]).text
    found = similar.similar_items(demo, f"{title}\n{text}", exclude={by_url[ru["url"]]}, limit=5, lang=lang)
    assert kk & {r["id"] for r in found}
    assert all(r["reason"]["forms"] or r["reason"]["entities"] for r in found)
    copies = [r["refutation"] for r in found]
    assert copies == sorted(copies)  # copies before refutations


def precision_at_5(db) -> float:
    data = json.loads(CLAIMS.read_text(encoding="utf-8"))
    by_url = dict(db.execute("SELECT url, id FROM items").fetchall())
    scores = []
    for group in data["groups"]:
        ids = {by_url[i["url"]] for i in group["items"]}
        for item_id in ids:
            title, lang = db.execute("SELECT title, lang FROM items WHERE id = ?", [item_id]).fetchone()
            text = bodies.read(db, item_id).text
            top = similar.similar_items(db, f"{title}\n{text}", exclude={item_id}, limit=5, min_score=0, lang=lang)
            wanted = min(5, len(ids) - 1)
            scores.append(sum(r["id"] in ids for r in top) / wanted)
    return sum(scores) / len(scores)


def test_precision_at_5_of_similar_items_on_the_labelled_claims(demo):
    assert precision_at_5(demo) >= PRECISION_AT_5


def _old_workspace(path: Path, items: int) -> Database:
    """A workspace at the schema before word forms, with items indexed as that version did."""
    raw = Database(sqlite3.connect(path))
    schema.migrate(raw, schema.STEPS.index(schema._V12))  # the step before word forms
    raw.execute("INSERT INTO sources (id, uuid, kind, url, name, created_at) "
                "VALUES (1, 'u-s1', 'rss', 'https://example.kz/rss', 'Example', '2025-01-01T00:00:00Z')")
    for n in range(1, items + 1):
        raw.execute("INSERT INTO items (id, uuid, source_id, title, published_at, first_seen_at, fetched_at, "
                    "content_text, content_hash, lang) VALUES (?, ?, 1, ?, 'x', 'x', 'x', ?, ?, 'ru')",
                    [n, f"u-{n}", f"Мошенники {n}", "Мошенники звонят", f"h{n}"])
        raw.execute("INSERT INTO items_fts(rowid, title, text) VALUES (?, ?, ?)",
                    [n, f"мошенники {n}", "мошенники звонят"])
    raw.conn.commit()
    raw.close()
    return open_workspace(path)


def test_old_workspace_searches_exact_words_while_reindex_runs_and_resumes_after_cancel(tmp_path):
    db = _old_workspace(tmp_path / "old.db", 50)
    assert reindex.reindex_needed(db) and has_exact_only_index(db)
    assert len(search.search_ids(db, "мошенники", limit=None)) == 50  # exact words, from the old index
    assert search.search_ids(db, "мошенник", limit=None) == []
    seen = []
    result = reindex.reindex_forms(db, batch=10, progress=lambda done, total: seen.append((done, total)),
                                   cancel=lambda: len(seen) >= 2)
    moved = result.moved
    assert result.cancelled and 0 < moved < 50 and result.left == 50 - moved and seen[-1][0] == moved
    assert len(search.search_ids(db, "мошенники", limit=None)) == 50  # part moved, part not: all found
    assert len(search.search_ids(db, "мошенник", limit=None)) == moved
    result = reindex.reindex_forms(db, batch=10)
    assert not result.cancelled and result.moved == 50 - moved
    assert not reindex.reindex_needed(db) and not has_exact_only_index(db)
    assert len(search.search_ids(db, "мошенник", limit=None)) == 50
    assert seen[-1][1] == 50
    assert db.execute(f"SELECT 1 FROM sqlite_master WHERE name = '{EXACT_ONLY_FTS}'").fetchone() is None


def test_workspace_has_its_own_card_key(db, tmp_path):
    other = open_workspace(tmp_path / "other.db")
    assert story_state.card_key(db) and story_state.card_key(db) != story_state.card_key(other)
