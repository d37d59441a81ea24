"""A unit's team workspace on PostgreSQL (a throwaway cluster started for the session, tests/support/postgres.py):
the same commands give the same figures as on a SQLite file; the server's roles decide who may change what; the
audit names the database user; two saves of one case never silently overwrite each other."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from pypdf import PdfReader

from tests.support.httpserver import Reply
from tests.support.postgres import TeamWorkspaces
from workstation.cli import main
from workstation.core.cases import workflow as cases
from workstation.core.db.team import TeamDatabase
from workstation.core.errors import WorkstationError
from workstation.core.ingest.run import fetch_sources
from workstation.core.ingest.sources import add_source
from workstation.core.workspace import open_workspace

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Жаңалықтар</title><link>https://news.example.kz/</link>
<item><title>Қазақстан банкі ұтыс ойынын өткізбейді</title><link>https://news.example.kz/1</link><guid>n-1</guid>
<pubDate>Tue, 07 Jan 2025 09:00:00 +0500</pubDate><description>Банк атынан жалған ұтыс ойыны таратылуда.</description>
</item>
<item><title>Фейк о выплатах пенсионерам</title><link>https://news.example.kz/2</link><guid>n-2</guid>
<pubDate>Wed, 08 Jan 2025 11:30:00 +0500</pubDate><description>Опровержение ложной информации о выплатах.</description>
</item>
</channel></rss>"""
# What the scripts of other analysts' programs start with.
IMPORTS = ("import sys; from workstation.core.workspace import open_workspace; "
           "from workstation.core.cases import workflow as cases; ")


def _cli(db: str, capsys, *args: str) -> str:
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    assert code == 0, f"{args}: {err}"
    return out


def _empty_database(team_workspaces: TeamWorkspaces, name: str) -> str:
    team_workspaces.admin(f"CREATE DATABASE {name}")
    return team_workspaces.cluster.url(dbname=name)


def _unit_steps(db: str, capsys, feed_url: str, tmp_path, label: str) -> dict:
    """One analyst's day, by the command line: a source, a fetch, a search, a case refuted, a violation with its
    notice, the figures and the PDF."""
    cli = lambda *args: _cli(db, capsys, *args)  # noqa: E731
    cli("settings", "set", "timezone", "Asia/Almaty")
    cli("sources", "add", feed_url, "--json")
    cli("fetch")
    items = json.loads(cli("items", "list", "--json"))
    # Typed on a Russian keyboard (к for қ, у for ұ), the Kazakh headline is found.
    found = json.loads(cli("search", "казакстан банки", "--json"))
    case = json.loads(cli("cases", "new", "--title", "Жалған ұтыс ойыны", "--claim", "Банк ұтыс ойынын өткізеді",
                          "--resonant", "--at", "2025-01-07T05:00:00Z", "--json",
                          "--item", str(found[0]["id"])))
    cli("refutations", "add", str(case["id"]), "--channel", "official_website", "--url", "https://gov.example.kz/r/1",
        "--at", "2025-01-07T05:40:00Z")
    violation = cli("violations", "add", "https://bank-kz-bonus.example/login", "--type", "phishing", "--at",
                    "2025-01-08T04:00:00Z").split("\t")[0]
    cli("notices", "send", violation, "--at", "2025-01-08T04:30:00Z", "--incomplete")
    stats = json.loads(cli("stats", "--from", "2025-01-01", "--to", "2025-01-31", "--json"))
    pdf = tmp_path / f"{label}.pdf"
    cli("report", "--from", "2025-01-01", "--to", "2025-01-31", "--lang", "ru", "--out", str(pdf))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    return {"items": sorted(i["title"] for i in items), "found": [i["title"] for i in found], "stats": stats,
            "pdf_pages": len(PdfReader(pdf).pages), "pdf_has_title": "Жалған ұтыс ойыны" in text or "ұтыс" in text}


def _without_volatile(stats: dict) -> dict:
    """The figures without the moment they were computed."""
    return {k: v for k, v in stats.items() if k not in ("generated_at", "computed_at")}


def test_init_team_then_a_day_of_work_gives_the_same_figures_as_on_sqlite(team_workspaces, local_server, capsys,
                                                                          tmp_path):
    local_server.route("/feed", Reply(body=RSS.encode(), headers={"Content-Type": "application/rss+xml"}))
    url = _empty_database(team_workspaces, "unit_day")
    assert main(["--db", url, "db", "init-team"]) == 0
    said = "".join(capsys.readouterr())
    assert "team workspace ready" in said and "reader, analyst, supervisor" in said

    team = _unit_steps(url, capsys, local_server.url("/feed"), tmp_path, "team")
    single = _unit_steps(str(tmp_path / "single.db"), capsys, local_server.url("/feed"), tmp_path, "single")

    assert team["items"] == single["items"] and len(team["items"]) == 2
    assert team["found"] == ["Қазақстан банкі ұтыс ойынын өткізбейді"] == single["found"]
    assert _without_volatile(team["stats"]) == _without_volatile(single["stats"])
    assert team["pdf_pages"] == single["pdf_pages"] >= 1
    assert team["pdf_has_title"] == single["pdf_has_title"]


def test_a_reader_sees_the_figures_but_cannot_change_a_record(unit, capsys):
    analyst = open_workspace(unit["aigerim"])
    case = cases.create_case(analyst, title="Фейк о выплатах", claim="Всем выплатят по 100 000", analyst="typed")
    analyst.close()

    code = main(["--db", unit["hq"], "cases", "list", "--json"])
    out, _ = capsys.readouterr()
    assert code == 0 and [c["title"] for c in json.loads(out)] == ["Фейк о выплатах"]

    code = main(["--db", unit["hq"], "cases", "edit", str(case["id"]), "--title", "Изменено"])
    _, err = capsys.readouterr()
    assert code == 1
    assert "read-only" in err or "may not" in err
    reader = open_workspace(unit["hq"])
    assert reader.read_only
    with pytest.raises(WorkstationError):
        cases.update_case(reader, case["id"], title="Изменено")
    assert cases.get_case(reader, case["id"])["title"] == "Фейк о выплатах"
    reader.close()


def test_only_a_supervisor_manages_sources_and_the_audit_names_the_database_user(unit, capsys):
    code = main(["--db", unit["aigerim"], "sources", "add", "https://news.example.kz/rss"])
    _, err = capsys.readouterr()
    assert code == 1 and "aigerim may not" in err and "supervisor" in err
    assert main(["--db", unit["marat"], "sources", "add", "https://news.example.kz/rss"]) == 0

    analyst = open_workspace(unit["aigerim"])
    case = cases.create_case(analyst, title="Фейк", analyst="Someone Else")
    cases.update_case(analyst, case["id"], title="Фейк о выплатах", analyst="Someone Else")
    names = {row[0] for row in analyst.execute("SELECT analyst FROM audit_log WHERE entity = 'case'").fetchall()}
    analyst.close()
    assert names == {"aigerim"}


def test_the_second_of_two_saves_on_the_same_case_is_refused_with_who_changed_it(unit, capsys):
    first = open_workspace(unit["aigerim"])
    case = cases.create_case(first, title="Фейк о выплатах", analyst="aigerim")
    opened_at = cases.get_case(first, case["id"])["version"]
    first.close()

    # Another analyst's program saves first ...
    script = (IMPORTS + "db = open_workspace(sys.argv[1]); "
              "cases.update_case(db, int(sys.argv[2]), title='Версия Марата', expected_version=int(sys.argv[3]))")
    done = subprocess.run([sys.executable, "-c", script, unit["marat"], str(case["id"]), str(opened_at)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr

    # ... then this one, made on the version both had opened, is refused and names who changed it.
    code = main(["--db", unit["aigerim"], "cases", "edit", str(case["id"]), "--title", "Версия Айгерим",
                 "--if-version", str(opened_at)])
    _, err = capsys.readouterr()
    assert code == 1
    assert "changed by marat" in err and "reload" in err
    check = open_workspace(unit["hq"])
    assert cases.get_case(check, case["id"])["title"] == "Версия Марата"
    check.close()


def test_many_processes_writing_one_team_workspace_keep_every_record_and_one_audit_chain(unit):
    script = (IMPORTS + "db = open_workspace(sys.argv[1]);"
              "[cases.create_case(db, title=f'{sys.argv[2]} {n}', analyst='x') for n in range(15)]")
    workers = [subprocess.Popen([sys.executable, "-c", script, unit[name], name])
               for name in ("aigerim", "marat", "aigerim", "marat")]
    assert [w.wait(timeout=120) for w in workers] == [0, 0, 0, 0]
    db = TeamDatabase(unit["hq"], read_only=True)
    assert db.execute("SELECT count(*) FROM cases").fetchone()[0] == 60
    from workstation.core.db import audit
    assert audit.verify_chain(db) == []
    db.close()


def test_a_colleagues_change_reaches_a_listening_desktop_within_seconds(unit):
    desktop = TeamDatabase(unit["hq"], read_only=True)
    listener = desktop.listen()
    colleague = open_workspace(unit["aigerim"])
    started = time.monotonic()
    cases.create_case(colleague, title="Фейк о выплатах", analyst="aigerim")
    changed = listener.wait(timeout_s=10)
    delay = time.monotonic() - started
    assert "cases" in changed and "audit_log" in changed
    assert delay < 2.0
    assert listener.wait(timeout_s=0.2) == set()  # nothing more happened
    listener.close()
    colleague.close()
    desktop.close()


def test_the_unit_fetches_a_source_once_while_a_colleague_is_fetching_it(unit, local_server):
    local_server.route("/feed", Reply(body=RSS.encode(), headers={"Content-Type": "application/rss+xml"}))
    supervisor = open_workspace(unit["marat"])
    source = add_source(supervisor, local_server.url("/feed"))
    supervisor.close()
    busy = TeamDatabase(unit["aigerim"])  # a colleague's desktop in the middle of fetching this source
    assert busy.claim_source(source["id"])
    mine = open_workspace(unit["aigerim"])
    assert fetch_sources(mine) == []
    assert local_server.requests == []
    busy.release_source(source["id"])
    outcomes = fetch_sources(mine)
    assert [o.new for o in outcomes] == [2] and len(local_server.requests) == 1
    mine.close()
    busy.close()


def test_a_scheduled_fetch_loop_on_the_server_fetches_what_is_due_each_round(unit, local_server, capsys):
    local_server.route("/feed", Reply(body=RSS.encode(), headers={"Content-Type": "application/rss+xml"}))
    assert main(["--db", unit["marat"], "sources", "add", local_server.url("/feed")]) == 0
    code = main(["--db", unit["aigerim"], "fetch", "--loop", "0.005", "--rounds", "2", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    # The first round fetched the new source; in the second, 0.3 s later, its hourly interval had not passed.
    assert len(local_server.requests) == 1
    assert "2 new" in err


def test_a_field_laptop_takes_the_team_workspace_out_and_brings_its_work_back_by_bundle(unit, tmp_path, capsys):
    def cli(db, *args):
        code = main(["--db", str(db), *args])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    team = open_workspace(unit["marat"])
    cases.create_case(team, title="Фейк о выплатах", analyst="marat")
    team.close()
    laptop = tmp_path / "laptop.db"
    out_bundle, back_bundle = tmp_path / "to-field.mmwb", tmp_path / "from-field.mmwb"
    cli(unit["marat"], "bundle", "export", str(out_bundle))  # a supervisor serves the laptop going out
    cli(laptop, "bundle", "import", str(out_bundle), "--trust")
    field = open_workspace(laptop)
    assert [c["title"] for c in cases.list_cases(field)] == ["Фейк о выплатах"]
    cases.create_case(field, title="Жалған ұтыс ойыны", analyst="Ерлан")
    field.close()
    cli(laptop, "bundle", "export", str(back_bundle))
    cli(unit["marat"], "bundle", "import", str(back_bundle), "--trust")
    back = open_workspace(unit["hq"])
    assert sorted(c["title"] for c in cases.list_cases(back)) == ["Жалған ұтыс ойыны", "Фейк о выплатах"]
    # The field's audit entries arrive under the field analyst's name, the team's own under the database user.
    names = {row[0] for row in back.execute("SELECT analyst FROM audit_log WHERE entity = 'case' "
                                            "AND action = 'create'").fetchall()}
    back.close()
    assert names == {"marat", "Ерлан"}


def test_file_backups_are_refused_on_a_team_workspace_with_where_its_backups_are(unit, capsys):
    for args in (("db", "backup"), ("db", "backups"), ("db", "restore", "x.wsbk")):
        code = main(["--db", unit["marat"], *args])
        _, err = capsys.readouterr()
        assert code == 1 and "backed up there (pg_dump" in err and "marat-secret" not in err


def test_only_a_supervisor_reopens_a_dismissed_case(unit, capsys):
    analyst = open_workspace(unit["aigerim"])
    case = cases.create_case(analyst, title="Не фейк", analyst="aigerim")
    cases.set_status(analyst, case["id"], "dismissed", reason="официальное сообщение", analyst="aigerim")
    analyst.close()
    code = main(["--db", unit["aigerim"], "cases", "status", str(case["id"]), "verifying"])
    _, err = capsys.readouterr()
    assert code == 1 and "only a supervisor reopens" in err and "aigerim may not" in err
    assert main(["--db", unit["marat"], "cases", "status", str(case["id"]), "verifying"]) == 0
    check = open_workspace(unit["hq"])
    assert cases.get_case(check, case["id"])["status"] == "verifying"
    check.close()
