"""``workstation radar`` on a workspace with 28 days of background news and one injected burst (the issue's "done
when"): the burst is listed with its sources and a spike flag, nothing else is flagged, and ``radar open`` makes a
resonant case whose clock started at the spike."""

import datetime as dt
import json

import pytest

from tests.support import radar as replay
from workstation.cli import main
from workstation.core import clock
from workstation.core.ingest.dedup import store_items
from workstation.core.workspace import open_workspace

NOW = replay.NOW
NOW_TEXT = "2026-11-30T14:20:00Z"


@pytest.fixture
def burst_workspace(tmp_path_factory, db_path, request):
    """The background workspace with a burst of 12 copies from 8 sources in the hour before NOW; the clock at NOW."""
    db = replay.open_background_copy(db_path, request, tmp_path_factory)
    sources = [dict(zip(("id", "name", "url"), row, strict=True))
               for row in db.execute("SELECT id, name, url FROM sources ORDER BY id")]
    ids = replay.store_burst(db, sources, replay.burst_drafts(NOW - dt.timedelta(minutes=55)), NOW)
    db.close()
    clock.set_clock(lambda: NOW)
    return ids


def test_radar_json_lists_the_burst_and_flags_nothing_else(run, burst_workspace):
    code, out, err = run("radar", "--json", "--limit", "500")
    assert code == 0, err
    stories = json.loads(out)
    spiking = [s for s in stories if s["spike"]]
    assert len(spiking) == 1 and len(stories) > 10
    burst = spiking[0]
    assert sorted(burst["item_ids"]) == sorted(burst_workspace)
    assert burst == {**burst, "item_count": 12, "source_count": 8, "languages": ["kk", "ru"], "last_hour": 12,
                     "baseline_mean": 0.0, "muted": False, "case_id": None, "refuted_case_id": None}
    assert sorted(burst["sources"]) == [f"News {i:02d}" for i in range(3, 11)]
    assert burst["score"] >= 10 and burst["alert_id"] is not None and burst["first_seen"] == "2026-11-30T13:25:00Z"


def test_radar_at_an_earlier_time_reads_the_counts_then(run, burst_workspace):
    clock.set_clock(None)  # the real clock: the replay is in the past
    code, out, _ = run("radar", "--json", "--at", NOW_TEXT, "--spiking")
    assert code == 0 and [len(s["item_ids"]) for s in json.loads(out)] == [12]
    code, out, _ = run("radar", "--json", "--at", "2026-11-30T13:00:00Z", "--spiking")
    assert code == 0 and json.loads(out) == []


def test_radar_table_shows_the_spike(run, burst_workspace):
    code, out, _ = run("radar", "--spiking")
    assert code == 0
    header, line = out.splitlines()
    assert header.startswith("story\tspike")
    assert "\tSPIKE\t12 (8 src)\t0.0±0.0\t" in line and "\tkk,ru\t" in line and "Ерболат Досаев" in line


def test_radar_open_makes_a_resonant_case_whose_clock_started_at_the_spike(run, burst_workspace):
    code, out, _ = run("radar", "alerts", "--json")
    [alert] = json.loads(out)
    assert alert["raised_at"] == NOW_TEXT and alert["languages"] == ["kk", "ru"]
    clock.set_clock(lambda: NOW + dt.timedelta(minutes=20))  # opened twenty minutes after the alert
    code, out, err = run("radar", "open", str(alert["story_id"]), "--title", "Паводок: выплаты 85 000 тенге",
                         "--json", "--analyst", "Aigerim")
    assert code == 0, err
    opened = json.loads(out)
    assert opened["detected_at"] == NOW_TEXT and opened["resonant"] is True
    code, out, _ = run("cases", "show", str(opened["case_id"]), "--json")
    case = json.loads(out)
    assert case["title"] == "Паводок: выплаты 85 000 тенге" and case["resonant"] and case["detected_at"] == NOW_TEXT
    assert sorted(item["id"] for item in case["items"]) == sorted(burst_workspace)
    code, out, _ = run("cases", "clocks", "--json")
    [running] = json.loads(out)
    assert running["id"] == opened["case_id"] and running["remaining_seconds"] == 40 * 60
    code, out, _ = run("radar", "alerts", "--json")
    assert json.loads(out) == []


def test_radar_mute_and_unmute(run, burst_workspace):
    code, out, _ = run("radar", "--json", "--spiking")
    story_id = json.loads(out)[0]["id"]
    code, _, err = run("radar", "mute", "--story", str(story_id))
    assert code == 0 and f"story {story_id} muted" in err
    code, out, _ = run("radar", "--json", "--spiking")
    assert json.loads(out)[0]["muted"] is True
    assert run("radar", "unmute", "--story", str(story_id))[0] == 0
    code, out, _ = run("radar", "--json", "--spiking")
    assert json.loads(out)[0]["muted"] is False


def exit_code(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_info:  # argparse's own checks
        return int(exit_info.code)


def test_radar_wrong_arguments_exit_2_and_unknown_ids_exit_1(run, db_path):
    open_workspace(db_path).close()
    for wrong in (["radar", "mute"], ["radar", "mute", "--story", "1", "--source", "1"], ["radar", "open", "seven"],
                  ["radar", "rebuild", "--days", "0"]):
        assert exit_code("--db", str(db_path), *wrong) == 2, wrong
    code, _, err = run("radar", "open", "999")
    assert code == 1 and "no story with id 999" in err
    code, _, err = run("radar", "mute", "--source", "999")
    assert code == 1 and "no source with id 999" in err


def test_radar_rebuild_clusters_items_stored_before_the_radar(run, db_path):
    db = open_workspace(db_path)
    sources = replay.add_sources(db, 11)
    for index, item in replay.burst_drafts(NOW - dt.timedelta(minutes=55)):
        store_items(db, sources[index]["id"], [item], fetched_at=NOW_TEXT)  # no triage: as before the radar
    db.close()
    clock.set_clock(lambda: NOW)
    assert json.loads(run("radar", "--json")[1]) == []
    code, out, err = run("radar", "rebuild", "--days", "28", "--json")
    assert code == 0 and json.loads(out) == {"items": 12, "stories": 1, "alerts": 1}
    assert "12 items put into 1 stories; 1 alerts raised" in err
    [story] = json.loads(run("radar", "--json")[1])
    assert story["spike"] and story["languages"] == ["kk", "ru"]
