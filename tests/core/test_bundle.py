"""Field → headquarters: export a signed bundle, import it, merge by UUID, refuse tampering, change nothing twice."""

import datetime as dt
import json
import os
import sys
import zipfile

import pytest

from tests.support import bundles
from tests.support.engines import recorded_name
from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.db import audit, integrity
from workstation.core.errors import WorkstationError
from workstation.core.exchange import archive, bundle, fields, keys, merge
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.items.tags import resolve_tag, tag_items
from workstation.core.paths import data_dir
from workstation.core.violations import notices
from workstation.core.violations import workflow as violations
from workstation.core.workspace import open_workspace
from workstation.core.workspace.demo import build_demo

T0 = dt.datetime(2025, 4, 1, 9, 0, tzinfo=dt.timezone.utc)

COUNTED = ("sources", "items", "cases", "case_items", "evidence", "refutations", "violations", "notices",
           "restrictions", "item_tags", "audit_log")


def counts(db):
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


@pytest.fixture
def field(tmp_path):
    clock.set_clock(lambda: T0)
    db = open_workspace(tmp_path / "field.db")
    src = add_source(db, "https://news.example/rss", name="Дала")
    ids = store_items(db, src["id"], [ItemDraft(title="Жалған ұтыс", url="https://news.example/1", guid="g1",
                                                content_text="Ұтыс ойыны жалған"),
                                      ItemDraft(title="Фишинг", url="https://news.example/2", guid="g2",
                                                content_text="Сілтеме bonus.example")]).new_ids
    tag_items(db, ids[:1], add=[resolve_tag(db, "fake.prize_draws")["id"]], analyst="Ерлан")
    case = cases.create_case(db, "Жалған ұтыс", category="fake.prize_draws", item_ids=ids[:1], analyst="Ерлан")
    cases.add_response(db, case["id"], channel="stopfake", url="https://stopfake.example/1", analyst="Ерлан")
    v = violations.add_violation(db, "https://bonus.example/x", violation_type="phishing", item_id=ids[1],
                                 analyst="Ерлан")
    notices.send_notice(db, v["id"], analyst="Ерлан")
    return db


@pytest.fixture
def hq(db_path):
    """Headquarters: the test's workspace (a team workspace when the tests run on PostgreSQL; the field laptop's
    stays a SQLite file)."""
    db = open_workspace(db_path)
    yield db
    db.close()


def test_headquarters_receives_everything_once(field, hq, tmp_path):
    out = tmp_path / "field.mmwb"
    exported = bundle.export_bundle(field, out)
    assert exported["cases"] == 1 and exported["evidence"] == 2 and exported["items"] == 2
    hq_src = add_source(hq, "https://news.example/rss", name="News (HQ)")
    store_items(hq, hq_src["id"], [ItemDraft(title="Жалған ұтыс", url="https://news.example/1", guid="g1",
                                             content_text="Ұтыс ойыны жалған")])  # HQ fetched it too
    report = merge.import_bundle(hq, out, analyst="HQ", trust=True)
    after = counts(hq)
    assert after["items"] == 2  # the article both sides fetched is one item, not two
    assert after["cases"] == 1 and after["refutations"] == 1 and after["violations"] == 1 and after["notices"] == 1
    case = cases.list_cases(hq)[0]
    detail = cases.case_detail(hq, case["id"])
    assert detail["status"] == "refuted" and all(e["intact"] for e in detail["evidence"])
    assert [h["analyst"] for h in detail["history"]][0] == recorded_name(hq, "HQ")  # "import", then the field's
    assert "Ерлан" in {h["analyst"] for h in detail["history"]}
    assert report.conflicts == [] and report.signer["trusted_now"]
    # The same bundle again changes nothing at all, not one row of any table.
    before = bundles.dump(hq)
    again = merge.import_bundle(hq, out, analyst="HQ")
    assert bundles.dump(hq) == before
    assert again.added == {} and again.conflicts == [] and again.applied == []


def test_an_unknown_signer_is_refused_and_nothing_is_written(field, hq, tmp_path):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    before = bundles.dump(hq)
    with pytest.raises(WorkstationError) as err:
        merge.import_bundle(hq, out)
    assert err.value.key == "bundle.unknown_signer"
    assert keys.own_key(field).fingerprint in str(err.value)
    assert bundles.dump(hq) == before


def test_a_key_trusted_by_fingerprint_is_accepted_and_named(field, hq, tmp_path):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out, analyst="Ерлан")
    fingerprint = keys.own_key(field).fingerprint
    keys.trust(hq, fingerprint=fingerprint, name="Ерлан, Алматы", analyst="HQ", how="fingerprint")
    report = merge.import_bundle(hq, out, analyst="HQ")
    assert report.signer == {"fingerprint": fingerprint, "name": "Ерлан, Алматы", "trusted_now": False}
    [row] = [k for k in keys.list_keys(hq) if k["fingerprint"] == fingerprint]
    assert row["public_key"] and row["trusted_by"] == "HQ" and row["how"] == "fingerprint"


def test_a_manifest_changed_after_signing_is_refused(field, hq, tmp_path):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    keys.trust(hq, fingerprint=keys.own_key(field).fingerprint, analyst="HQ", how="fingerprint")
    parts = bundles.members(out)
    parts[bundle.MANIFEST] = parts[bundle.MANIFEST].replace(b'"cases": 1', b'"cases": 2')
    before = bundles.dump(hq)
    with pytest.raises(WorkstationError) as err:
        merge.import_bundle(hq, bundles.pack(tmp_path / "forged.mmwb", parts))
    assert err.value.key == "bundle.bad_signature"
    assert bundles.dump(hq) == before


def test_a_bundle_signed_by_another_key_than_it_names_is_refused(field, hq, tmp_path):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    parts = bundles.members(out)
    other = keys.own_key(hq)  # HQ's own key, which HQ trusts: the manifest still names the field's key
    bundles.sign(parts, other)
    with pytest.raises(WorkstationError) as err:
        merge.import_bundle(hq, bundles.pack(tmp_path / "forged.mmwb", parts))
    assert err.value.key == "bundle.unreadable" and "different signer" in str(err.value)


@pytest.mark.parametrize("table", fields.TABLES)
def test_any_member_edited_after_signing_is_refused(field, hq, tmp_path, table):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    keys.trust(hq, fingerprint=keys.own_key(field).fingerprint, analyst="HQ", how="fingerprint")
    parts = bundles.members(out)
    parts[bundle.member_name(table)] += b"\n"  # one harmless byte
    before = bundles.dump(hq)
    with pytest.raises(WorkstationError) as err:
        merge.import_bundle(hq, bundles.pack(tmp_path / "forged.mmwb", parts))
    assert err.value.key == "bundle.tampered" and f"{table}.jsonl" in str(err.value)
    assert bundles.dump(hq) == before


def test_evidence_reforged_and_resigned_is_still_caught_by_its_seal(field, hq, tmp_path):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    parts = bundles.members(out)
    parts["data/evidence.jsonl"] = parts["data/evidence.jsonl"].replace("жалған".encode(), "шын".encode())
    bundles.signed_manifest(parts, keys.own_key(field))  # the field's own key: trusted, yet the seal holds
    with pytest.raises(WorkstationError) as err:
        merge.import_bundle(hq, bundles.pack(tmp_path / "forged.mmwb", parts), trust=True)
    assert err.value.key == "bundle.tampered" and "seal" in str(err.value)


# A signed bundle with a key that is not a column: the reviewer's attack rewrote an audit entry and moved a refuted
# case to "dismissed" this way. Each is refused by name, signed by a trusted key or not, and nothing is written.
FORGED_KEYS = [
    ("cases", "status) VALUES ('dismissed') ON CONFLICT(uuid) DO UPDATE SET status = 'dismissed' --", "x"),
    ("cases", "id", 1),
    ("cases", "category_tag_id", 1),
    ("audit_log", "hash", "0" * 64),
    ("audit_log", "entity_id", 1),
    ("sources", "etag", "W/\"1\""),
    ("sources", "body_sha256", "0" * 64),
    ("items", "read", 1),
    ("violations", "canonical_url", "https://elsewhere.example/"),
]


@pytest.mark.parametrize("table, key, value", FORGED_KEYS)
def test_a_row_with_a_key_outside_the_schema_is_refused_whole(field, hq, tmp_path, table, key, value):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    merge.import_bundle(hq, out, trust=True)
    parts = bundles.members(out)
    rows = bundles.rows(parts, table)
    rows[0][key] = value
    bundles.set_rows(parts, table, rows)
    bundles.signed_manifest(parts, keys.own_key(field))
    before = bundles.dump(hq)
    with pytest.raises(WorkstationError) as err:
        merge.import_bundle(hq, bundles.pack(tmp_path / "forged.mmwb", parts))
    assert err.value.key == "bundle.invalid" and "unknown field" in str(err.value)
    assert bundles.dump(hq) == before


def test_columns_come_from_the_schema_and_fetch_state_stays_home(hq):
    forms = fields.shapes(hq)
    assert "etag" not in forms["sources"].fields and "body_sha256" not in forms["sources"].fields
    assert "last_modified" not in forms["sources"].fields and "held_reason" not in forms["sources"].fields
    assert set(forms["cases"].fields) >= {"uuid", "status", "category", "base_hash"}
    assert "category_tag_id" not in forms["cases"].fields and "id" not in forms["cases"].fields
    assert forms["cases"].columns["status"].choices == cases.STATUSES
    assert forms["violations"].columns["status"].choices == violations.STATUSES
    assert forms["cases"].columns["title"].required and not forms["cases"].columns["notes"].required


def test_sources_travel_without_fetch_state_and_local_ones_are_held(field, hq, tmp_path):
    field.execute("UPDATE sources SET etag = 'W/\"abc\"', last_modified = 'Tue, 01 Apr 2025 08:00:00 GMT', "
                  "body_sha256 = ?", ["a" * 64])
    add_source(field, "http://127.0.0.1:8080/feed", name="loopback")
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    parts = bundles.members(out)
    shipped = bundles.rows(parts, "sources")
    assert all(not {"etag", "last_modified", "body_sha256"} & set(r) for r in shipped)
    # A forger adds a local file source: it arrives held, as OPML would.
    shipped.append({**shipped[0], "uuid": "0f0f0f0f-0000-4000-8000-000000000001", "kind": "file",
                    "url": "file:///etc/passwd", "name": "memo"})
    bundles.set_rows(parts, "sources", shipped)
    bundles.signed_manifest(parts, keys.own_key(field))
    report = merge.import_bundle(hq, bundles.pack(tmp_path / "f.mmwb", parts), trust=True)
    rows = {r[0]: r[1:] for r in hq.execute("SELECT url, enabled, held_reason, etag, last_modified, body_sha256 "
                                            "FROM sources")}
    assert rows["https://news.example/rss"] == (1, None, None, None, None)
    assert rows["http://127.0.0.1:8080/feed"] == (0, "local.address", None, None, None)
    assert rows["file:///etc/passwd"] == (0, "local.file", None, None, None)
    assert sorted(report.held) == ["file:///etc/passwd", "http://127.0.0.1:8080/feed"]


def test_the_private_key_stays_in_the_data_folder_readable_by_its_owner_only(field, tmp_path):
    key = keys.own_key(field)
    path = keys.key_path(key.fingerprint)
    assert path.parent.parent == data_dir() and path.is_file()
    if sys.platform != "win32":
        assert os.stat(path).st_mode & 0o777 == 0o600
    workspace_bytes = (tmp_path / "field.db").read_bytes()
    assert b"PRIVATE KEY" not in workspace_bytes
    [own] = [k for k in keys.list_keys(field) if k["own"]]
    assert own["fingerprint"] == key.fingerprint and keys.decode_public(own["public_key"])
    assert keys.own_key(field).fingerprint == key.fingerprint  # made once


def test_garbage_is_not_a_bundle(tmp_path, db):
    path = tmp_path / "x.mmwb"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(WorkstationError) as err:
        merge.import_bundle(db, path)
    assert err.value.key == "bundle.unreadable"


def test_a_selection_naming_an_unknown_record_is_refused(field, tmp_path):
    with pytest.raises(WorkstationError) as err:
        bundle.export_bundle(field, tmp_path / "b.zip", case_ids=[1, 99], violation_ids=[])
    assert err.value.key == "db.not_found" and err.value.params == {"what": "case", "id": 99}
    assert not (tmp_path / "b.zip").exists()


def test_a_failed_export_leaves_the_previous_bundle_whole(field, tmp_path, monkeypatch):
    out = tmp_path / "b.zip"
    bundle.export_bundle(field, out)
    before = out.read_bytes()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", broken)
    with pytest.raises(OSError):
        bundle.export_bundle(field, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("b.zip")] == ["b.zip"]  # no temporary left


def test_the_manifest_holds_each_members_hash_and_the_signer(field, tmp_path):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    parts = bundles.members(out)
    manifest = json.loads(parts[bundle.MANIFEST])
    assert set(parts) == bundle.MEMBERS
    assert manifest["signer"]["fingerprint"] == keys.own_key(field).fingerprint
    assert set(manifest["sha256"]) == bundle.DATA_MEMBERS


def test_the_demo_workspace_travels_whole_and_checks_clean(tmp_path, hq):
    demo = open_workspace(build_demo(tmp_path / "demo.db"))
    out = tmp_path / "demo.mmwb"
    exported = bundle.export_bundle(demo, out)
    report = merge.import_bundle(hq, out, analyst="HQ", trust=True)
    assert report.added["cases"] == exported["cases"] and report.added["violations"] == exported["violations"]
    assert report.added["audit_log"] == exported["audit_log"] and report.conflicts == []
    assert integrity.integrity_problems(hq) == [] and audit.verify_chain(hq) == []
    before = bundles.dump(hq)
    later = clock.now() + dt.timedelta(hours=1)  # a later import must not even touch a timestamp
    clock.set_clock(lambda: later)
    merge.import_bundle(hq, out, analyst="HQ")
    assert bundles.dump(hq) == before


def test_a_bundle_over_the_row_limit_is_refused(field, hq, tmp_path, monkeypatch):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    monkeypatch.setattr(archive, "MAX_ROWS", 5)
    before = bundles.dump(hq)
    with pytest.raises(WorkstationError) as err:
        merge.import_bundle(hq, out, trust=True)
    assert err.value.key == "bundle.invalid" and "more than 5 rows" in str(err.value)
    assert bundles.dump(hq) == before


@pytest.mark.parametrize("table, column, value, kind", [("cases", "claim", "x'fffe'", "x'fffe'"),
                                                        ("sources", "interval_minutes", "9e999", "inf")])
def test_a_value_another_program_left_in_a_record_refuses_the_export_in_one_line(field, tmp_path, capsys, table,
                                                                                 column, value, kind):
    """A SQLite client wrote a value the workstation never writes: the export names the record and writes nothing
    (bytes ended it with a TypeError's traceback; an infinity went out as JSON the importing side refuses)."""
    from workstation.cli import main

    field.execute(f"UPDATE {table} SET {column} = {value}")
    uuid = field.execute(f"SELECT uuid FROM {table}").fetchone()[0]
    out = tmp_path / "b.mmwb"
    assert main(["--db", str(tmp_path / "field.db"), "bundle", "export", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert f"{table} record {uuid} holds in {column}" in err and f"({kind})" in err
    assert not out.exists() and not list(tmp_path.glob("b.mmwb*"))
