"""Where things live: per-user folder, environment overrides, portable mode, bundled resources."""

import sys
from pathlib import Path

from workstation.cli import main
from workstation.core import paths


def test_environment_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKSTATION_DB", str(tmp_path / "x.db"))
    assert paths.default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("WORKSTATION_DB")
    monkeypatch.setenv("WORKSTATION_HOME", str(tmp_path / "home"))
    assert paths.default_db_path() == tmp_path / "home" / "workspace.db"


def test_per_user_folder_by_default(monkeypatch):
    monkeypatch.delenv("WORKSTATION_HOME", raising=False)
    monkeypatch.delenv("WORKSTATION_PORTABLE", raising=False)
    folder = paths.data_dir()
    assert folder.name == paths.APP_DIR_NAME and folder.is_absolute()


def test_flag_file_next_to_a_frozen_executable_makes_it_portable(monkeypatch, tmp_path):
    monkeypatch.delenv("WORKSTATION_HOME", raising=False)
    monkeypatch.delenv("WORKSTATION_PORTABLE", raising=False)
    exe = tmp_path / "usb" / "MediaMonitoringWorkstation.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert not paths.is_portable()
    (exe.parent / paths.PORTABLE_FLAG).write_text("")
    assert paths.is_portable()
    assert paths.default_db_path() == exe.parent / "data" / "workspace.db"


def test_portable_option_on_the_command_line(monkeypatch, capsys):
    monkeypatch.delenv("WORKSTATION_HOME", raising=False)
    monkeypatch.delenv("WORKSTATION_PORTABLE", raising=False)
    workspace = paths.program_dir() / "data" / "workspace.db"
    created = not workspace.exists()
    try:
        assert main(["--portable", "sources", "list", "--json"]) == 0
        assert workspace.exists()
    finally:
        if created:
            for suffix in ("", "-wal", "-shm"):
                Path(str(workspace) + suffix).unlink(missing_ok=True)
            if not any(workspace.parent.iterdir()):
                workspace.parent.rmdir()


def test_resources_are_found_from_source_and_from_a_bundle(monkeypatch, tmp_path):
    assert (paths.resources_dir() / "taxonomy.json").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
