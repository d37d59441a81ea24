"""Where things live: per-user folder, environment overrides, portable mode, bundled resources."""

import sys
from pathlib import Path

import pytest

from workstation.cli import main
from workstation.core import paths
from workstation.core.ingest.sources import list_sources
from workstation.core.workspace import open_workspace


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


def test_portable_option_keeps_the_workspace_next_to_the_program(monkeypatch, tmp_path):
    monkeypatch.delenv("WORKSTATION_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))  # were the option ignored: not the real one
    monkeypatch.setenv("WORKSTATION_PORTABLE", "0")  # main() sets it to "1"; monkeypatch restores it afterwards
    exe = tmp_path / "usb" / "MediaMonitoringWorkstation.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert main(["--portable", "sources", "add", "https://tengrinews.kz/rss"]) == 0
    on_the_stick = open_workspace(exe.parent / "data" / "workspace.db")
    assert [s["url"] for s in list_sources(on_the_stick)] == ["https://tengrinews.kz/rss"]
    on_the_stick.close()


def test_resources_are_found_from_source_and_from_a_bundle(monkeypatch, tmp_path):
    assert (paths.resources_dir() / "taxonomy.json").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_resources_are_found_by_their_marker_from_the_source_tree():
    checkout = Path(__file__).resolve().parents[2]
    assert paths.find_root(Path(paths.__file__).resolve().parent) == checkout
    assert paths.program_dir() == checkout
    assert paths.resources_dir() == checkout / "resources"


def test_a_package_moved_deeper_still_finds_its_resources(monkeypatch, tmp_path):
    app = tmp_path / "app"
    (app / "resources").mkdir(parents=True)
    (app / "resources" / paths.RESOURCE_MARKER).write_text("{}")
    module = app / "lib" / "python3" / "site-packages" / "workstation" / "core" / "paths.py"
    module.parent.mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(module))
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.resources_dir() == app / "resources"
    assert paths.program_dir() == app


def test_no_resources_anywhere_is_a_clear_error(monkeypatch, tmp_path):
    module = tmp_path / "workstation" / "core" / "paths.py"
    module.parent.mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(module))
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    with pytest.raises(FileNotFoundError, match="resources/legal.json"):
        paths.resources_dir()


def test_a_frozen_bundle_uses_its_unpacked_resources_and_the_executable_folder(monkeypatch, tmp_path):
    exe = tmp_path / "MediaMonitoringWorkstation" / "MediaMonitoringWorkstation.exe"
    internal = exe.parent / "_internal"
    (internal / "resources").mkdir(parents=True)
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert paths.resources_dir() == internal / "resources"
    assert paths.program_dir() == exe.parent
