import json
import subprocess
import sys

import pytest

from tests.support.engines import another_writer
from workstation import __version__
from workstation.cli import main
from workstation.core.db import connect as store
from workstation.core.db import team
from workstation.core.workspace import open_workspace

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Stopfake KZ</title><link>https://stopfake.kz/</link>
<item><title>Фейк: 5G вышки вредят здоровью</title><link>/ru/5g</link><guid>sf-1</guid>
<pubDate>Mon, 06 Jan 2025 10:15:00 +0500</pubDate>
<description>&lt;p&gt;Опровержение ложной информации о 5G.&lt;/p&gt;</description></item>
<item><title>Жалған ұтыс ойыны туралы</title><link>https://stopfake.kz/kk/utys</link><guid>sf-2</guid>
<pubDate>Tue, 07 Jan 2025 09:00:00 +0500</pubDate><description>Банк атынан ұтыс ойыны өткізілмейді.</description></item>
</channel></rss>"""


@pytest.fixture
def feed_file(tmp_path):
    path = tmp_path / "stopfake.xml"
    path.write_text(RSS, encoding="utf-8")
    return path


def test_sources_add_and_list_as_json(run):
    code, out, _ = run("sources", "add", "https://tengrinews.kz/rss", "--folder", "Media/KZ", "--json")
    assert code == 0
    added = json.loads(out)
    assert added["kind"] == "rss" and added["folder"] == "Media/KZ" and added["uuid"]
    code, out, _ = run("sources", "list", "--json")
    assert [s["url"] for s in json.loads(out)] == ["https://tengrinews.kz/rss"]


def test_import_then_items_list_and_search_as_json(run, feed_file):
    code, _, err = run("import", str(feed_file))
    assert code == 0, err
    assert "2 new items" in err
    code, out, _ = run("items", "list", "--json")
    items = json.loads(out)
    assert {"id", "uuid", "source_id", "title", "url", "published_at", "lang"} <= set(items[0])
    assert [i["lang"] for i in items] == ["kk", "ru"]
    assert items[1]["url"] == "https://stopfake.kz/ru/5g"  # relative link resolved against the feed's site
    assert items[1]["published_at"] == "2025-01-06T05:15:00Z"
    code, out, _ = run("search", "утыс", "--json")
    assert [i["title"] for i in json.loads(out)] == ["Жалған ұтыс ойыны туралы"]


def test_items_list_since_filters_by_local_date(run, feed_file):
    run("import", str(feed_file))
    code, out, _ = run("items", "list", "--since", "2025-01-07", "--json")
    assert [i["title"] for i in json.loads(out)] == ["Жалған ұтыс ойыны туралы"]


def test_reimporting_the_same_file_adds_nothing(run, feed_file):
    run("import", str(feed_file))
    code, _, err = run("import", str(feed_file))
    assert code == 0 and "0 new items" in err


def test_wrong_arguments_give_one_line_and_exit_2(run):
    with pytest.raises(SystemExit) as exit_info:
        run("items", "list", "--limit", "many")
    assert exit_info.value.code == 2


def test_wrong_argument_message_is_one_line(db_path):
    proc = subprocess.run([sys.executable, "-m", "workstation", "--db", str(db_path), "items", "list", "--limit",
                           "many"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "--limit" in proc.stderr


def test_unknown_id_gives_one_clear_line(run):
    code, _, err = run("sources", "remove", "42")
    assert code == 1
    assert err.strip() == "workstation: no source with id 42"


def test_bad_date_gives_one_clear_line(run):
    code, _, err = run("items", "list", "--since", "yesterday-ish")
    assert code == 2 and "not a date" in err and len(err.strip().splitlines()) == 1  # README: wrong argument


def test_search_syntax_error_is_a_message_not_a_traceback(run, feed_file):
    run("import", str(feed_file))
    code, out, err = run("search", '"ұтыс ойыны')
    assert code == 1
    assert "closing quote" in err and "Traceback" not in err
    assert out == ""


def test_locked_database_gives_a_clear_message_and_writes_nothing(run, db_path, monkeypatch):
    open_workspace(db_path).close()
    monkeypatch.setattr(store, "BUSY_TIMEOUT_S", 0.2)
    monkeypatch.setattr(team, "LOCK_TIMEOUT_S", 0.2)
    with another_writer(db_path):
        code, _, err = run("sources", "add", "https://tengrinews.kz/rss")
    assert code == 1 and "locked" in err
    code, out, _ = run("sources", "list", "--json")
    assert json.loads(out) == []


def test_db_check_passes_on_a_healthy_workspace_and_fails_on_damage(run, db_path, tmp_path):
    assert run("db", "check")[0] == 0
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"garbage" * 1000)
    code = main(["--db", str(broken), "db", "check"])
    assert code == 1


def test_version_and_module_entry_point():
    proc = subprocess.run([sys.executable, "-m", "workstation", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and __version__ in proc.stdout


def test_every_command_has_help_and_is_documented_in_the_readme():
    from pathlib import Path

    from workstation.cli import build_parser
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    missing = []
    for name, command in sub.choices.items():
        nested = [a for a in command._actions if getattr(a, "choices", None) and a.dest.endswith("_cmd")]
        names = [f"{name} {n}" for n in nested[0].choices] if nested else [name]
        missing += [n for n in names if f"workstation {n}" not in readme and f"`{n}" not in readme]
    assert missing == []
