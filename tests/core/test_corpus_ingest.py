"""Every file in ../shared/corpus ingests without an exception; hostile XML is defused; data stays intact."""

import time

from workstation.core.db import integrity
from workstation.core.ingest.run import import_files


def test_every_corpus_file_ingests_without_an_exception(corpus, db):
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in (".xml", ".rss", ".atom",
                                                                                         ".rdf", ".html", ".htm",
                                                                                         ".opml", ".gz", ".txt"))
    assert len(files) > 250
    started = time.monotonic()
    outcomes = import_files(db, files)
    assert len(outcomes) == len(files)
    errors = [o for o in outcomes if not o.ok]
    # A failure is a clear one-line message, never a traceback text.
    assert all(o.error and "Traceback" not in o.error and "\n" not in o.error for o in errors)
    ok = [o for o in outcomes if o.ok]
    assert len(ok) > len(files) * 0.7
    assert integrity.integrity_problems(db) == []
    assert time.monotonic() - started < 120


def test_hostile_feeds_neither_expand_entities_nor_read_local_files(corpus, db):
    hostile = sorted((corpus / "world" / "hostile").glob("*"))
    assert hostile
    import_files(db, hostile)
    longest = db.execute("SELECT max(length(title)), max(length(content_text)) FROM items").fetchone()
    assert (longest[0] or 0) < 10_000 and (longest[1] or 0) < 1_000_000
    leaked = db.execute("SELECT count(*) FROM items WHERE content_text LIKE '%root:x:0:0%' "
                        "OR title LIKE '%root:x:0:0%'").fetchone()[0]
    assert leaked == 0
    scripts = db.execute("SELECT count(*) FROM items WHERE content_html LIKE '%<script%' "
                         "OR content_html LIKE '%javascript:%' OR content_html LIKE '%onerror=%'").fetchone()[0]
    assert scripts == 0


def test_real_cyrillic_feeds_come_out_readable(corpus, db):
    real = sorted((corpus / "world" / "real").glob("*"))
    import_files(db, real)
    titles = [r[0] for r in db.execute("SELECT title FROM items WHERE lang = 'ru'")]
    assert len(titles) > 100
    garbled = [t for t in titles if "Ð" in t or "Ñ" in t or "\ufffd" in t]
    assert garbled == []
