"""Schema step 18: item bodies kept apart and compressed, a contentless full-text index, and the move of a workspace
made before it (items.compact), on real workspace files."""

import random
import sqlite3

from sqlite_utils import Database

from workstation.core.db import backup, bodies, integrity, schema
from workstation.core.ingest.dedup import STORED_FTS, index_row, store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source, remove_source
from workstation.core.items import compact, queries, search
from workstation.core.workspace import open_workspace

# Bodies of every shape: HTML and text, no HTML, no text, neither, long (beyond what the index reads), astral
# characters, a NUL, markup-looking text, and a word that appears in one item only so search can name it.
BODIES = [
    ("Мошенники звонят от имени банка", '<p>Мошенники <a href="https://bank.kz/a" rel="noopener noreferrer nofollow">'
     "звонят</a> от имени банка. uniq0</p>", "Мошенники звонят от имени банка. uniq0"),
    ("Ұтыс ойыны жалған", "", "Ұтыс ойынына қатысыңыз деген хабарлама жалған. uniq1"),
    ("Only HTML uniq2", "<p>uniq2 <strong>bold</strong></p>", ""),
    ("Пустое", "", ""),
    ("Длинный текст uniq4", "<p>" + "слово " * 6000 + "uniq4</p>", "слово " * 6000 + "uniq4 🙂 \x00 <b>не тег</b>"),
    ("Емодзи 🙂 и кавычки «ёлка»", "<p>Ёлка 🎄 uniq5</p>", "Ёлка 🎄 uniq5"),
]


def _old_workspace(path) -> list[tuple[int, str, str, str]]:
    """A workspace at schema 17, its items stored as ingest stored them then (bodies in the rows, the index with its
    own copy); returns (id, title, html, text) of each."""
    raw = Database(sqlite3.connect(path))
    schema.migrate(raw, 17)
    raw.execute("INSERT INTO sources (id, uuid, kind, url, name, created_at) "
                "VALUES (1, 'u-s1', 'rss', 'https://example.kz/rss', 'Example', '2025-01-01T00:00:00Z')")
    stored = []
    for n, (title, html, text) in enumerate(BODIES, start=1):
        raw.execute("INSERT INTO items (id, uuid, source_id, guid, title, published_at, first_seen_at, fetched_at, "
                    "content_html, content_text, content_hash, lang) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'ru')",
                    [n, f"u-{n}", f"g{n}", title, f"2025-01-0{n}T10:00:00Z", f"2025-01-0{n}T10:05:00Z",
                     f"2025-01-0{n}T10:05:00Z", html, text, f"h{n}"])
        raw.execute("INSERT INTO items_fts(rowid, title, text, title_forms, text_forms) VALUES (?, ?, ?, ?, ?)",
                    [n, *index_row(title, text, "ru")])
        stored.append((n, title, html, text))
    raw.conn.commit()
    raw.close()
    return stored


def _everything_found(db, stored) -> None:
    for item_id, _title, _html, _text in stored:
        if item_id != 4:  # the empty item has no word of its own
            assert search.search_ids(db, f"uniq{item_id - 1}") == [item_id]
    assert search.search_ids(db, "мошенник") == [1]  # a word form, from the forms columns
    assert search.search_ids(db, '"ұтыс ойыны"') == [2]


def test_a_migrated_workspace_keeps_every_body_byte_identical_and_searchable(tmp_path):
    path = tmp_path / "workspace.db"
    stored = _old_workspace(path)
    db = open_workspace(path)
    assert [p.name for p in backup.backups_dir(path).iterdir() if "before-schema" in p.name]  # backed up first
    assert compact.compact_needed(db) and compact.items_left(db) == len(stored)
    _everything_found(db, stored)  # before the move: search reads the index kept from before
    seen = []
    result = compact.compact(db, batch=2, progress=lambda done, total: seen.append((done, total)),
                             cancel=lambda: len(seen) == 1)
    assert result.cancelled and result.left == len(stored) - 2  # stopped after the first two, newest first
    _everything_found(db, stored)  # half moved: found in one index or the other, never twice
    assert len(search.search_ids(db, "uniq0 OR uniq1 OR uniq2 OR uniq4 OR uniq5", limit=None)) == 5
    compact.compact(db, progress=lambda done, total: seen.append((done, total)))
    assert not compact.compact_needed(db) and seen[-1] == (4, 4)
    assert STORED_FTS not in db.table_names()
    kept = bodies.read_many(db, [s[0] for s in stored])
    for item_id, title, html, text in stored:
        assert db.execute("SELECT title, content_html, content_text FROM items WHERE id = ?",
                          [item_id]).fetchone() == (title, "", "")
        assert kept[item_id].html.encode() == html.encode() and kept[item_id].text.encode() == text.encode()
        assert queries.get_item(db, item_id)["content_text"] == text
    _everything_found(db, stored)
    assert db.execute("SELECT count(*) FROM item_bodies").fetchone()[0] == len(stored) - 1  # none for the empty one
    assert integrity.integrity_problems(db) == []


def test_an_old_item_changed_before_the_move_is_found_by_its_new_words_only(tmp_path):
    path = tmp_path / "workspace.db"
    _old_workspace(path)
    db = open_workspace(path)
    store_items(db, 1, [ItemDraft(title="Ұтыс ойыны жалған", guid="g2", lang="ru",
                                  content_text="Жаңа мәтін uniq9", content_html="<p>Жаңа мәтін uniq9</p>")])
    assert search.search_ids(db, "uniq9") == [2] and search.search_ids(db, "uniq1") == []
    compact.compact(db)
    assert bodies.read(db, 2) == bodies.Body("<p>Жаңа мәтін uniq9</p>", "Жаңа мәтін uniq9")
    assert search.search_ids(db, "uniq9") == [2] and search.search_ids(db, "uniq1") == []
    assert integrity.integrity_problems(db) == []


def test_changed_and_removed_items_leave_the_contentless_index(db):
    source = add_source(db, "https://news.kz/rss")
    first = store_items(db, source["id"], [ItemDraft(title="Банк", url="https://news.kz/1", guid="g1", lang="ru",
                                                     content_text="Мошенники звонят uniqa")]).new_ids
    store_items(db, source["id"], [ItemDraft(title="Банк", url="https://news.kz/1", guid="g1", lang="ru",
                                             content_text="Полиция задержала uniqb")])
    assert search.search_ids(db, "uniqa") == [] and search.search_ids(db, "uniqb") == first
    assert search.search_ids(db, "мошенник") == [] and search.count_matches(db, "задержать") == 1
    remove_source(db, source["id"])
    assert db.execute("SELECT count(*) FROM items_fts").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM item_bodies").fetchone()[0] == 0
    assert search.search_ids(db, "uniqb") == []
    assert integrity.integrity_problems(db) == []


# Words for generated news: the commonest words of Russian and Kazakh news and made-up names, drawn Zipf-like.
_WORDS = ("в и на с по не что о за для из к от это как также года сообщает заявил области республики Казахстана "
          "министр президент правительство акимат города жителей тенге банк полиция суд мошенники информация "
          "және мен бұл туралы үшін бойынша деп осы бар облысы қаласы әкімдігі министрлігі ақпарат").split()


def _news(rng: random.Random, n: int) -> ItemDraft:
    def sentence() -> str:
        words = [rng.choice(_WORDS) if rng.random() < 0.7 else
                 "".join(rng.choice("бвгдклмнпрстаеиоу") for _ in range(rng.randint(4, 10)))
                 for _ in range(rng.randint(8, 16))]
        return " ".join(words).capitalize() + "."
    paragraphs = [" ".join(sentence() for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(2, 4))]
    html = "\n".join(f'<p>{p} <a href="https://site.kz/tag/{n}" rel="noopener noreferrer nofollow">тег</a></p>'
                     for p in paragraphs)
    return ItemDraft(title=sentence(), url=f"https://site.kz/news/{n}", guid=f"g{n}", lang="ru",
                     content_html=html, content_text="\n".join(paragraphs))


def test_the_items_of_a_generated_feed_take_less_disk_than_their_content(tmp_path):
    """The bound: what an item takes in the workspace (its row and indexes, its compressed body, its share of the
    full-text index) at most 1.1 times its title, text and HTML in UTF-8. 0.95 on the 30,000-item benchmark fixture
    (docs/PERFORMANCE.md, "Size on disk"); a few hundred items leave pages half-filled and the index in small
    segments, hence the margin. Schema 17 took 3.2 times on the same fixture, its index alone 1.5 times."""
    db = open_workspace(tmp_path / "workspace.db")  # a SQLite file: its pages are what is measured
    rng = random.Random(17)
    drafts = [_news(rng, n) for n in range(400)]
    source = add_source(db, "https://site.kz/rss")
    store_items(db, source["id"], drafts)
    content = sum(len(d.title.encode()) + len(d.content_html.encode()) + len(d.content_text.encode()) for d in drafts)
    item_tables = {"items", "item_bodies"} | {r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE tbl_name = 'items' OR name LIKE 'items_fts%'")}
    used = sum(size for name, size in db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
               if name in item_tables)
    assert "items_fts_content" not in item_tables  # no second copy of the words
    assert used <= 1.1 * content, used / content
    packed = db.execute("SELECT sum(length(body)) FROM item_bodies").fetchone()[0]
    assert packed <= 0.35 * sum(len(d.content_html.encode()) + len(d.content_text.encode()) for d in drafts)


def test_a_feed_that_repeats_an_item_with_new_text_keeps_the_last_text_and_words(db):
    source = add_source(db, "https://news.kz/rss")
    first, again = (ItemDraft(title="Банк", url="https://news.kz/1", guid="g1", lang="ru", content_text=text,
                              content_html=f"<p>{text}</p>") for text in ("Было uniqc", "Стало uniqd"))
    summary = store_items(db, source["id"], [first, again])  # one part: the second changes the item just stored
    assert (summary.new, summary.updated) == (1, 1)
    assert bodies.read(db, summary.new_ids[0]) == bodies.Body("<p>Стало uniqd</p>", "Стало uniqd")
    assert search.search_ids(db, "uniqd") == summary.new_ids and search.search_ids(db, "uniqc") == []
    assert integrity.integrity_problems(db) == []
