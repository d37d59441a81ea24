import pytest

from workstation.core.errors import WorkstationError
from workstation.core.ingest import opml
from workstation.core.ingest.sources import add_source, list_sources
from workstation.core.workspace import open_workspace

KEYS = ("kind", "url", "name", "folder", "category", "language", "selectors", "interval_minutes", "encoding_override",
        "state_body", "country")


def test_round_trip_keeps_every_source_and_its_settings(db, tmp_path):
    add_source(db, "https://tengrinews.kz/rss", name="Tengri", folder="Media/KZ")
    add_source(db, "@stopfake_kz", folder="Telegram", category="messenger")
    add_source(db, "https://gov.kz/news", kind="site", name="Gov", folder="Gov/Central", category="state body",
               selectors={"item": "div.news", "title": "h3", "link": "a", "date": "time"}, language="kk",
               interval_minutes=30, encoding_override="windows-1251", state_body="Министерство информации",
               country="kz")
    add_source(db, "https://www.youtube.com/channel/UC1234567890abcdefghijkl", name="Анықта")
    out = tmp_path / "sources.opml"
    assert opml.export_opml(db, out) == 4
    other = open_workspace(tmp_path / "other.db")
    result = opml.import_opml(other, out)
    assert len(result.added) == 4 and not result.held
    before = sorted(tuple(s[k] for k in KEYS) for s in list_sources(db))
    after = sorted(tuple(s[k] for k in KEYS) for s in list_sources(other))
    assert after == before


def test_import_reads_nested_folders_from_other_readers(db, tmp_path):
    path = tmp_path / "reader.opml"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>x</title></head><body>
  <outline text="Новости"><outline text="Казахстан">
    <outline type="rss" text="Tengri" xmlUrl="https://tengrinews.kz/rss" htmlUrl="https://tengrinews.kz"/>
  </outline></outline>
  <outline type="rss" text="Top level" xmlUrl="https://example.kz/feed"/>
</body></opml>""", encoding="utf-8")
    result = opml.import_opml(db, path)
    assert len(result.added) == 2
    folders = {s["name"]: s["folder"] for s in list_sources(db)}
    assert folders == {"Tengri": "Новости/Казахстан", "Top level": ""}
    assert opml.import_opml(db, path).skipped == ["https://tengrinews.kz/rss", "https://example.kz/feed"]


def test_entity_expansion_in_opml_is_refused(db, tmp_path):
    path = tmp_path / "bomb.opml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                    '<opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.kz/rss"/></body></opml>')
    with pytest.raises(WorkstationError) as err:
        opml.import_opml(db, path)
    assert err.value.key == "parse.hostile_xml"
    assert list_sources(db) == []


def test_broken_opml_gives_a_clear_error(db, tmp_path, corpus):
    broken = next((corpus / "world" / "illformed").glob("*.opml"), None)
    path = broken or tmp_path / "broken.opml"
    if broken is None:
        path.write_text("<opml><body><outline")
    with pytest.raises(WorkstationError) as err:
        opml.import_opml(db, path)
    assert err.value.key in ("parse.bad_opml", "parse.hostile_xml")


def test_an_encoding_no_one_knows_gives_a_clear_error(db, tmp_path):
    path = tmp_path / "bogus.opml"  # expat raised LookupError, which no one caught
    path.write_bytes(b'<?xml version="1.0" encoding="ut"?><opml version="2.0"><body>'
                     b'<outline type="rss" text="A" xmlUrl="https://a.kz/rss"/></body></opml>')
    with pytest.raises(WorkstationError) as err:
        opml.import_opml(db, path)
    assert err.value.key == "parse.bad_opml" and "unknown encoding" in str(err.value)
    assert list_sources(db) == []
