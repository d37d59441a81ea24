"""OPML from outside: imported whole or not at all, nesting bounded, local addresses held, and the export always
well-formed."""

import xml.etree.ElementTree as ET

import pytest

from workstation.core.errors import WorkstationError
from workstation.core.ingest import opml
from workstation.core.ingest.sources import add_source, list_sources, update_source
from workstation.core.workspace import open_workspace


def write(tmp_path, body: str, name: str = "list.opml"):
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head/><body>{body}</body></opml>',
                    encoding="utf-8")
    return path


def nested(depth: int, inner: str) -> str:
    return '<outline text="f">' * depth + inner + "</outline>" * depth


def test_ten_thousand_levels_deep_is_one_clear_error_and_nothing_is_written(db, tmp_path):
    path = write(tmp_path, nested(10_000, '<outline text="x" xmlUrl="https://x.kz/rss"/>'))
    with pytest.raises(WorkstationError) as err:
        opml.import_opml(db, path)
    assert err.value.key == "opml.too_deep"
    assert str(err.value) == f"the OPML file nests outlines more than {opml.MAX_DEPTH} deep; nothing was imported"
    assert list_sources(db) == []


def test_folders_nested_to_the_limit_are_imported(db, tmp_path):
    path = write(tmp_path, nested(opml.MAX_DEPTH - 1, '<outline text="x" xmlUrl="https://x.kz/rss"/>'))
    assert len(opml.import_opml(db, path).added) == 1
    assert list_sources(db)[0]["folder"] == "/".join(["f"] * (opml.MAX_DEPTH - 1))


@pytest.mark.parametrize(("outline", "reason"), [
    ('wsSelectors="{not json"', "wsSelectors is not JSON"),
    ('wsSelectors="[1, 2]"', "wsSelectors is not an object of CSS selectors"),
    ('wsInterval="soon"', "wsInterval is not a whole number of minutes"),
    ('wsInterval="0"', "wsInterval is not a whole number of minutes"),
    ('wsKind="torrent"', "wsKind 'torrent' is not one of"),
    ('wsCategory="gossip"', "wsCategory 'gossip' is not one of"),
    ('wsEncoding="klingon-8"', "wsEncoding 'klingon-8' is not a known character encoding"),
])
def test_a_bad_field_late_in_the_file_leaves_nothing_imported(db, tmp_path, outline, reason):
    path = write(tmp_path, '<outline text="A" xmlUrl="https://a.kz/rss"/>'
                           '<outline text="Folder"><outline text="B" xmlUrl="https://b.kz/rss"/></outline>'
                           f'<outline text="Bad" xmlUrl="https://c.kz/rss" {outline}/>')
    with pytest.raises(WorkstationError) as err:
        opml.import_opml(db, path)
    assert err.value.key == "opml.bad_outline"
    assert err.value.params["number"] == 3 and err.value.params["title"] == "Bad"
    assert reason in str(err.value) and str(err.value).endswith("nothing was imported")
    assert list_sources(db) == []


def test_an_unusable_address_leaves_nothing_imported(db, tmp_path):
    path = write(tmp_path, '<outline text="A" xmlUrl="https://a.kz/rss"/><outline text="Broken" xmlUrl="ftp://nope"/>')
    with pytest.raises(WorkstationError) as err:
        opml.import_opml(db, path)
    assert "OPML outline 2 \"Broken\" (ftp://nope): not a usable address" in str(err.value)
    assert list_sources(db) == []


def test_a_failure_while_writing_rolls_back_the_sources_already_added(db, tmp_path, monkeypatch):
    path = write(tmp_path, '<outline text="A" xmlUrl="https://a.kz/rss"/><outline text="B" xmlUrl="https://b.kz/rss"/>')
    real = opml.add_source

    def fail_on_second(db_, url, **options):
        if "b.kz" in url:
            raise WorkstationError("db.full", path="x")
        return real(db_, url, **options)

    monkeypatch.setattr(opml, "add_source", fail_on_second)
    with pytest.raises(WorkstationError):
        opml.import_opml(db, path)
    assert list_sources(db) == []


def test_sources_already_present_or_repeated_in_the_file_are_skipped(db, tmp_path):
    add_source(db, "https://a.kz/rss")
    path = write(tmp_path, '<outline text="A" xmlUrl="hxxps://a[.]kz/rss"/><outline text="B" xmlUrl="https://b.kz/rss"/>'
                           '<outline text="B again" xmlUrl="https://B.kz/rss#top"/>')
    result = opml.import_opml(db, path)
    assert (len(result.added), result.skipped) == (1, ["https://a.kz/rss", "https://b.kz/rss"])


def test_local_addresses_in_an_opml_list_are_held_disabled(db, tmp_path):
    memo = tmp_path / "memo.xml"
    memo.write_text("<rss/>")
    path = write(tmp_path, f'<outline text="memo" xmlUrl="{memo}"/>'
                           '<outline text="loop" xmlUrl="http://0x7f.1:8080/rss"/>'
                           '<outline text="lan" xmlUrl="http://3232235777/rss"/>'
                           '<outline text="nas" xmlUrl="https://nas.local/rss"/>'
                           '<outline text="news" xmlUrl="https://tengrinews.kz/rss"/>')
    result = opml.import_opml(db, path)
    held = {s["name"]: s["held_reason"] for s in list_sources(db) if not s["enabled"]}
    assert held == {"memo": "local.file", "loop": "local.address", "lan": "local.address", "nas": "local.host"}
    assert len(result.held) == 4 and len(result.added) == 5
    assert [s["name"] for s in list_sources(db, enabled_only=True)] == ["news"]


def test_a_site_address_that_is_not_a_web_address_is_left_out(db, tmp_path):
    path = write(tmp_path, '<outline text="A" xmlUrl="https://a.kz/rss" htmlUrl="javascript:alert(1)"/>'
                           '<outline text="B" xmlUrl="https://b.kz/rss" htmlUrl="hxxps://b[.]kz/"/>')
    opml.import_opml(db, path)
    assert {s["name"]: s["site_url"] for s in list_sources(db)} == {"A": None, "B": "https://b.kz/"}


def test_export_leaves_out_characters_xml_forbids_and_reads_back(db, tmp_path):
    source = add_source(db, "https://a.kz/rss", name="Курс\x01 $\\nosuchcmd{x}$ \x0b\ufffe", folder="Лента\x02/KZ")
    update_source(db, source["id"], state_body="Мин\x1fистерство")
    out = tmp_path / "out.opml"
    opml.export_opml(db, out)
    ET.parse(out)  # the strict expat parser: one forbidden character and this raises
    other = open_workspace(tmp_path / "other.db")
    opml.import_opml(other, out)
    [copy] = list_sources(other)
    assert (copy["name"], copy["folder"], copy["state_body"]) == ("Курс $\\nosuchcmd{x}$", "Лента/KZ", "Министерство")
    other.close()


def test_a_folder_deeper_than_an_import_takes_is_exported_so_that_it_reads_back(db, tmp_path):
    folder = "/".join(f"f{i}" for i in range(3000))
    add_source(db, "https://a.kz/rss", folder=folder)
    out = tmp_path / "deep.opml"
    assert opml.export_opml(db, out) == 1
    other = open_workspace(tmp_path / "other.db")
    opml.import_opml(other, out)
    assert list_sources(other)[0]["folder"] == folder
    other.close()
