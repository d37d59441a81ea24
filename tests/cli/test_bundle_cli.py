"""The bundle and keys commands as a field analyst and headquarters use them."""

import json

import pytest

from tests.support import bundles
from workstation.cli import main
from workstation.core.cases import workflow as cases
from workstation.core.exchange import keys
from workstation.core.workspace import open_workspace


@pytest.fixture
def cli(capsys):
    def _run(db_path, *args):
        try:
            code = main(["--db", str(db_path), *args])
        except SystemExit as exit_info:
            code = exit_info.code
        out, err = capsys.readouterr()
        return code, out, err
    return _run


@pytest.fixture
def places(tmp_path, db_path):
    """The field laptop's workspace file, headquarters' workspace (the test's: a team workspace when the tests run
    on PostgreSQL) and where the field's bundle goes."""
    field_path, hq_path = tmp_path / "field.db", db_path
    field = open_workspace(field_path)
    cases.create_case(field, "Жалған ұтыс", analyst="Ерлан")
    field.close()
    return field_path, hq_path, tmp_path / "field.mmwb"


def test_export_names_the_key_and_keys_show_prints_the_same_fingerprint(cli, places):
    field, _hq, out = places
    code, _, err = cli(field, "bundle", "export", str(out))
    assert code == 0
    code, shown, _ = cli(field, "keys", "show")
    fingerprint = shown.strip()
    assert code == 0 and keys.normalise_fingerprint(fingerprint) == fingerprint
    assert f"signed with this workspace's key {fingerprint}" in err
    code, data, _ = cli(field, "bundle", "export", str(out), "--json")
    assert json.loads(data)["fingerprint"] == fingerprint


def test_unknown_signer_refused_then_trusted_by_fingerprint_as_read_over_the_phone(cli, places):
    field, hq, out = places
    cli(field, "bundle", "export", str(out))
    fingerprint = cli(field, "keys", "show")[1].strip()
    code, _, err = cli(hq, "bundle", "import", str(out))
    assert code == 1 and len(err.strip().splitlines()) == 1 and fingerprint in err and "--trust" in err
    spoken = " ".join(fingerprint[i:i + 4].upper() for i in range(0, 64, 4))
    code, _, err = cli(hq, "keys", "trust", spoken, "--name", "Ерлан, Алматы", "--analyst", "Айгерим")
    assert code == 0 and fingerprint in err
    code, _, err = cli(hq, "bundle", "import", str(out))
    assert code == 0 and f"signed by Ерлан, Алматы ({fingerprint})" in err
    code, listed, _ = cli(hq, "keys", "list", "--json")
    [row] = [k for k in json.loads(listed) if not k["own"]]
    assert row["fingerprint"] == fingerprint and row["trusted_by"] == "Айгерим" and row["trusted_at"]
    assert row["how"] == "fingerprint" and row["public_key"]  # filled in from the first bundle


def test_import_with_trust_records_who_trusted_the_key(cli, places):
    field, hq, out = places
    cli(field, "bundle", "export", str(out))
    code, data, err = cli(hq, "bundle", "import", str(out), "--trust", "--analyst", "Айгерим", "--json")
    assert code == 0 and "now trusted" in err
    report = json.loads(data)
    assert report["signer"]["trusted_now"] and report["added"]["cases"] == 1
    [row] = json.loads(cli(hq, "keys", "list", "--json")[1])
    assert row["trusted_by"] == "Айгерим" and row["how"] == "bundle"


def test_a_key_file_or_a_bundle_can_be_trusted(cli, places, tmp_path):
    field, hq, out = places
    pem = tmp_path / "field.pem"
    assert cli(field, "keys", "show", "--export", str(pem))[0] == 0
    assert pem.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    code, data, _ = cli(hq, "keys", "trust", str(pem), "--json")
    assert code == 0 and json.loads(data)["how"] == "file"
    other = open_workspace(tmp_path / "other.db")
    cases.create_case(other, "Басқа")
    other.close()
    second = tmp_path / "other.mmwb"
    cli(tmp_path / "other.db", "bundle", "export", str(second))
    code, data, _ = cli(hq, "keys", "trust", str(second), "--json")
    assert code == 0 and json.loads(data)["how"] == "bundle"
    assert cli(hq, "bundle", "import", str(second))[0] == 0


def test_trusting_something_that_is_no_key_is_a_wrong_argument(cli, places, tmp_path):
    _field, hq, _out = places
    code, _, err = cli(hq, "keys", "trust", "abc123")
    assert code == 2 and "not a key fingerprint" in err and len(err.strip().splitlines()) == 1
    junk = tmp_path / "junk.pem"
    junk.write_text("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n")
    code, _, err = cli(hq, "keys", "trust", str(junk))
    assert code == 1 and "cannot use the key" in err and len(err.strip().splitlines()) == 1


def test_a_bundle_with_a_bad_signature_cannot_be_trusted_either(cli, places, tmp_path):
    field, hq, out = places
    cli(field, "bundle", "export", str(out))
    parts = bundles.members(out)
    parts["manifest.json"] = parts["manifest.json"].replace(b'"cases": 1', b'"cases": 9')
    forged = bundles.pack(tmp_path / "forged.mmwb", parts)
    code, _, err = cli(hq, "keys", "trust", str(forged))
    assert code == 1 and "signature does not match" in err
    code, _, err = cli(hq, "bundle", "import", str(forged), "--trust")
    assert code == 1 and "signature does not match" in err
    assert json.loads(cli(hq, "keys", "list", "--json")[1]) == []


def test_conflicts_are_listed_and_resolved_from_the_command_line(cli, places):
    field, hq, out = places
    cli(field, "bundle", "export", str(out))
    cli(hq, "bundle", "import", str(out), "--trust")
    assert cli(hq, "cases", "status", "1", "verifying")[0] == 0
    assert cli(field, "cases", "status", "1", "confirmed")[0] == 0
    cli(field, "bundle", "export", str(out))
    code, _, err = cli(hq, "bundle", "import", str(out))
    assert code == 0 and "conflicts kept for an analyst: 1" in err and "bundle resolve" in err
    code, data, _ = cli(hq, "bundle", "conflicts", "--json")
    [conflict] = json.loads(data)
    assert conflict["ours"]["status"] == "verifying" and conflict["theirs"]["status"] == "confirmed"
    code, text, _ = cli(hq, "bundle", "conflicts")
    assert text.startswith(f"{conflict['id']}\tcase ") and "status: 'verifying' | 'confirmed'" in text
    code, _, err = cli(hq, "bundle", "resolve", str(conflict["id"]), "--keep", "theirs", "--analyst", "Айгерим")
    assert code == 0 and "kept theirs" in err
    assert json.loads(cli(hq, "cases", "show", "1", "--json")[1])["status"] == "confirmed"
    code, _, err = cli(hq, "bundle", "resolve", str(conflict["id"]), "--keep", "ours")
    assert code == 1 and "already resolved" in err
    assert json.loads(cli(hq, "bundle", "conflicts", "--json")[1]) == []
    assert len(json.loads(cli(hq, "bundle", "conflicts", "--all", "--json")[1])) == 1
    code, _, err = cli(hq, "bundle", "resolve", "99", "--keep", "ours")
    assert code == 1 and err.strip() == "workstation: no conflict with id 99"
    code, _, err = cli(hq, "bundle", "resolve", "1", "--keep", "mine")
    assert code == 2
