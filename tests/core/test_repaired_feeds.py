"""A feed that is not well-formed XML is read with repairs (feedparser's lenient reading): its items are stored, and
the source says so until a reading needs no repair, on the command line and in its JSON, because items past the
damage may be missing. Its warning stays home: a bundle does not carry it."""

import json

from tests.support import bundles
from workstation.cli import main
from workstation.core.exchange import bundle
from workstation.core.ingest.run import import_files
from workstation.core.ingest.sources import list_sources

BROKEN = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Дала</title>"
          "<link>https://dala.example/</link>"
          "<item><title>Ақша & банк</title><link>https://dala.example/1</link></item>"
          "<item><title>Жаңалық</title><link>https://dala.example/2</link></item></channel></rss>")


def test_a_feed_read_with_repairs_says_so_until_it_needs_none(db, db_path, tmp_path, capsys):
    feed = tmp_path / "dala.xml"
    feed.write_text(BROKEN, encoding="utf-8")
    [outcome] = import_files(db, [feed])
    assert outcome.ok and outcome.new == 2 and "not well-formed" in outcome.warning
    [source] = list_sources(db)
    assert "not well-formed" in source["last_warning"]
    assert main(["--db", str(db_path), "sources", "list"]) == 0
    assert "read with repairs: line 1, column 138: not well-formed (invalid token)" in capsys.readouterr().out
    assert main(["--db", str(db_path), "sources", "list", "--json"]) == 0
    assert "not well-formed" in json.loads(capsys.readouterr().out)[0]["last_warning"]
    bundle.export_bundle(db, tmp_path / "b.mmwb")  # the source travels, its fetch state stays home
    [travelling] = bundles.rows(bundles.members(tmp_path / "b.mmwb"), "sources")
    assert travelling["url"] == source["url"] and "last_warning" not in travelling

    feed.write_text(BROKEN.replace(" & ", " &amp; "), encoding="utf-8")  # the site mends its feed
    assert main(["--db", str(db_path), "import", str(feed)]) == 0
    assert "read with repairs" not in capsys.readouterr().err
    [source] = list_sources(db)
    assert source["last_warning"] is None


def test_the_command_line_import_names_a_source_read_with_repairs(db_path, tmp_path, capsys):
    feed = tmp_path / "dala.xml"
    feed.write_text(BROKEN, encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(feed)]) == 0
    err = capsys.readouterr().err
    assert ("read with repairs (items past the damage may be missing): [1] Дала: line 1, column 138: "
            "not well-formed") in err
