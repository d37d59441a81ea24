"""Malformed and corrupted bundles: each is refused in one line, exit 1, with nothing written (no traceback).

Most are signed by a key headquarters trusts, so what refuses them is the check of their form, not the
signature."""

import datetime as dt
import io
import json
import zipfile

import pytest

from tests.support import bundles
from workstation.cli import main
from workstation.core import clock
from workstation.core.exchange import bundle

T0 = dt.datetime(2025, 4, 1, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def setting(tmp_path):
    """A field bundle, and headquarters trusting the field's key."""
    clock.set_clock(lambda: T0)
    return bundles.field_and_headquarters(tmp_path)


def _resigned(edit):
    return lambda s: bundles.resigned(s, edit)


def _edit_rows(table, change):
    return _resigned(bundles.row_edit(table, change))


def _raw(make_bytes):
    def make(s):
        path = s["tmp"] / "bad.mmwb"
        path.write_bytes(make_bytes(s["good"].read_bytes()))
        return path
    return make


def _repacked(change_list, compression=zipfile.ZIP_DEFLATED):
    """The members as a list of (name, bytes), changed, packed again (not re-signed: the zip is what is wrong)."""
    def make(s):
        parts = list(bundles.members(s["good"]).items())
        return bundles.pack(s["tmp"] / "bad.mmwb", change_list(parts), compression)
    return make


def _corrupt_member(data: bytes) -> bytes:
    """Flip bytes in the middle of the items member's compressed data: its CRC (or inflate) fails."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("data/items.jsonl")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + info.compress_size // 2
    return data[:start] + bytes(b ^ 0x5A for b in data[start:start + 8]) + data[start + 8:]


def _signed_manifest_change(change):
    def make(s):
        parts = bundles.members(s["good"])
        manifest = json.loads(parts[bundle.MANIFEST])
        change(manifest)
        parts[bundle.MANIFEST] = json.dumps(manifest).encode()
        bundles.sign(parts, s["key"])
        return bundles.pack(s["tmp"] / "bad.mmwb", parts)
    return make


def _signed_manifest_bytes(body: bytes):
    def make(s):
        parts = bundles.members(s["good"])
        parts[bundle.MANIFEST] = body
        bundles.sign(parts, s["key"])
        return bundles.pack(s["tmp"] / "bad.mmwb", parts)
    return make


MALFORMED = {
    "truncated zip": _raw(lambda data: data[: len(data) // 2]),
    "not a zip": _raw(lambda data: b"name,url\nnews,https://news.example\n"),
    "empty file": _raw(lambda data: b""),
    "corrupted member data": _raw(_corrupt_member),
    "manifest missing": _repacked(lambda parts: [(n, b) for n, b in parts if n != bundle.MANIFEST]),
    "signature missing": _repacked(lambda parts: [(n, b) for n, b in parts if n != bundle.SIGNATURE]),
    "duplicate member": _repacked(lambda parts: parts + [("data/cases.jsonl", b"")]),
    "path traversal name": _repacked(lambda parts: parts + [("../../evil.jsonl", b"{}\n")]),
    "absolute path name": _repacked(lambda parts: parts + [("/tmp/evil.jsonl", b"{}\n")]),
    "unexpected member": _repacked(lambda parts: parts + [("data/watch_rules.jsonl", b"")]),
    "bzip2 compression": _repacked(lambda parts: parts, zipfile.ZIP_BZIP2),
    "manifest not JSON": _signed_manifest_bytes(b'{"format": "media-monitoring-workstation-bundle", '),
    "manifest without hashes": _signed_manifest_change(lambda m: m.pop("sha256")),
    "unknown format version": _signed_manifest_change(lambda m: m.update(version=99)),
    "manifest lists other members": _signed_manifest_change(lambda m: m["sha256"].pop("data/cases.jsonl")),
    "bad JSON row": _resigned(lambda parts: parts.update({"data/cases.jsonl": b'{"uuid": tru}\n'})),
    "not a flat object": _resigned(lambda parts: parts.update({"data/cases.jsonl": b'[{"uuid": "x"}]\n'})),
    "nested value": _edit_rows("cases", lambda rows: rows[0].update(notes={"a": [1, 2]})),
    "wrong type": _edit_rows("cases", lambda rows: rows[0].update(resonant="yes")),
    "required field missing": _edit_rows("cases", lambda rows: rows[0].pop("title")),
    "status outside the workflow": _edit_rows("cases", lambda rows: rows[0].update(status="archived")),
    "malformed uuid": _edit_rows("cases", lambda rows: rows[0].update(uuid="../../1")),
    "reference to nothing": _edit_rows("refutations", lambda rows: rows[0].update(
        case_uuid="00000000-0000-4000-8000-000000000000")),
    "duplicate field": _resigned(lambda parts: parts.update({"data/briefings.jsonl": (
        b'{"uuid": "00000000-0000-4000-8000-000000000001", "uuid": "00000000-0000-4000-8000-000000000002", '
        b'"held_at": "2025-04-01T00:00:00Z", "created_at": "2025-04-01T00:00:00Z"}\n')})),
    "not a time": _edit_rows("cases", lambda rows: rows[0].update(detected_at="yesterday")),
    "invalid UTF-8": _resigned(lambda parts: parts.update({"data/cases.jsonl": b'{"title": "\xff\xfe"}\n'})),
}


def test_the_table_covers_at_least_sixteen_kinds():
    assert len(MALFORMED) >= 16


@pytest.mark.filterwarnings("ignore:Duplicate name")  # zipfile's own warning, writing the duplicate member
@pytest.mark.parametrize("kind", sorted(MALFORMED))
def test_a_malformed_bundle_is_refused_in_one_line_with_nothing_written(setting, capsys, kind):
    path = MALFORMED[kind](setting)
    before = bundles.dump(setting["hq"])
    code = main(["--db", str(setting["hq_path"]), "bundle", "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert len(err.strip().splitlines()) == 1 and err.startswith("workstation: ") and "Traceback" not in err
    assert "nothing was imported" in err or "not imported" in err or "not a readable workspace bundle" in err
    assert bundles.dump(setting["hq"]) == before


def test_the_good_bundle_of_the_same_setting_imports(setting, capsys):
    assert main(["--db", str(setting["hq_path"]), "bundle", "import", str(setting["good"])]) == 0
    assert "added:" in capsys.readouterr().err
