"""Every file in ../shared/corpus ingests without an exception; hostile XML is defused; data stays intact."""

import time

from workstation.core.db import bodies, integrity
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
    titles = dict(db.execute("SELECT id, title FROM items").fetchall())
    stored = bodies.read_many(db, titles)
    assert titles and max(map(len, titles.values())) < 10_000
    assert max(len(body.text) for body in stored.values()) < 1_000_000
    assert not any("root:x:0:0" in titles[i] or "root:x:0:0" in body.text for i, body in stored.items())
    assert not any(bad in body.html for body in stored.values() for bad in ("<script", "javascript:", "onerror="))


def test_real_cyrillic_feeds_come_out_readable(corpus, db):
    real = sorted((corpus / "world" / "real").glob("*"))
    import_files(db, real)
    titles = [r[0] for r in db.execute("SELECT title FROM items WHERE lang = 'ru'")]
    assert len(titles) > 100
    garbled = [t for t in titles if "Ð" in t or "Ñ" in t or "\ufffd" in t]
    assert garbled == []
