"""Field → headquarters: export a bundle, import it, merge by UUID, refuse tampering, change nothing twice."""

import datetime as dt
import json
import zipfile

import pytest

from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.db import audit
from workstation.core.errors import WorkstationError
from workstation.core.exchange import bundle, merge
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.core.items.tags import resolve_tag, tag_items
from workstation.core.violations import notices
from workstation.core.violations import workflow as violations
from workstation.core.workspace import open_workspace

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


def test_headquarters_receives_everything_once(field, tmp_path):
    out = tmp_path / "field.mmwb"
    exported = bundle.export_bundle(field, out)
    assert exported["cases"] == 1 and exported["evidence"] == 2 and exported["items"] == 2
    hq = open_workspace(tmp_path / "hq.db")
    hq_src = add_source(hq, "https://news.example/rss", name="News (HQ)")
    store_items(hq, hq_src["id"], [ItemDraft(title="Жалған ұтыс", url="https://news.example/1", guid="g1",
                                             content_text="Ұтыс ойыны жалған")])  # HQ fetched it too
    report = merge.import_bundle(hq, out, analyst="HQ")
    after = counts(hq)
    assert after["items"] == 2  # the article both sides fetched is one item, not two
    assert after["cases"] == 1 and after["refutations"] == 1 and after["violations"] == 1 and after["notices"] == 1
    case = cases.list_cases(hq)[0]
    detail = cases.case_detail(hq, case["id"])
    assert detail["status"] == "refuted" and all(e["intact"] for e in detail["evidence"])
    assert [h["analyst"] for h in detail["history"]][0] == "Ерлан"
    assert report.conflicts == []
    # The same bundle again changes nothing at all.
    again = merge.import_bundle(hq, out, analyst="HQ")
    assert counts(hq) == after and again.added == {} and again.conflicts == []


def test_conflicting_edits_later_change_wins_and_both_are_audited(field, tmp_path):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    hq = open_workspace(tmp_path / "hq.db")
    merge.import_bundle(hq, out)
    case_uuid = cases.list_cases(field)[0]["uuid"]
    hq_case = hq.execute("SELECT id FROM cases WHERE uuid = ?", [case_uuid]).fetchone()[0]
    clock.set_clock(lambda: T0 + dt.timedelta(hours=1))
    cases.update_case(hq, hq_case, notes="HQ note", analyst="HQ")
    clock.set_clock(lambda: T0 + dt.timedelta(hours=2))
    field_case = cases.list_cases(field)[0]["id"]
    cases.update_case(field, field_case, notes="field note (later)", analyst="Ерлан")
    bundle.export_bundle(field, out)
    report = merge.import_bundle(hq, out)
    assert cases.get_case(hq, hq_case)["notes"] == "field note (later)"
    assert len(report.conflicts) == 1
    [entry] = [h for h in audit.history(hq, "case", hq_case) if h["action"] == "merge_conflict"]
    assert entry["old"]["local"] == {"notes": "HQ note"} and entry["new"]["incoming"] == {"notes": "field note (later)"}


def test_a_tampered_bundle_is_refused_with_a_report(field, tmp_path):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    forged = tmp_path / "forged.mmwb"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "data/evidence.jsonl":
                body = body.replace("Ұтыс ойыны жалған".encode(), "Ұтыс ойыны шын".encode())
            dst.writestr(info, body)
    hq = open_workspace(tmp_path / "hq.db")
    before = counts(hq)
    with pytest.raises(WorkstationError) as err:
        merge.import_bundle(hq, forged)
    assert err.value.key == "bundle.tampered" and "evidence.jsonl" in str(err.value)
    assert counts(hq) == before


def test_evidence_reforged_with_a_matching_manifest_is_still_caught_by_its_seal(field, tmp_path):
    out = tmp_path / "b.mmwb"
    bundle.export_bundle(field, out)
    forged = tmp_path / "forged.mmwb"
    with zipfile.ZipFile(out) as src:
        manifest = json.loads(src.read("manifest.json"))
        members = {i.filename: src.read(i) for i in src.infolist() if i.filename != "manifest.json"}
    members["data/evidence.jsonl"] = members["data/evidence.jsonl"].replace("жалған".encode(), "шын".encode())
    import hashlib
    manifest["sha256"]["data/evidence.jsonl"] = hashlib.sha256(members["data/evidence.jsonl"]).hexdigest()
    with zipfile.ZipFile(forged, "w") as dst:
        dst.writestr("manifest.json", json.dumps(manifest))
        for name, body in members.items():
            dst.writestr(name, body)
    with pytest.raises(WorkstationError) as err:
        merge.import_bundle(open_workspace(tmp_path / "hq.db"), forged)
    assert "seal" in str(err.value)


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
