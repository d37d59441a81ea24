"""The resonance radar on a real workspace: 28 days of ordinary news from twenty sources (tests/support/radar.py),
stored hour by hour through the store and triage, then one injected burst."""

import datetime as dt
from pathlib import Path

import pytest

from tests.support import radar as replay
from tests.support.httpserver import Reply
from workstation.core import clock, radar
from workstation.core.analysis.story_keys import features
from workstation.core.cases import golden_hour
from workstation.core.cases import workflow as cases
from workstation.core.db import audit
from workstation.core.errors import BadArgument
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.fetch import FetchSettings
from workstation.core.ingest.run import fetch_sources, import_files
from workstation.core.ingest.sources import add_source
from workstation.core.items import rules, tags
from workstation.core.radar import spikes
from workstation.core.workspace.triage import triage_new_items

NOW = replay.NOW
BURST_START = NOW - dt.timedelta(minutes=55)
TELEGRAM_PAGE = Path(__file__).resolve().parents[1] / "data" / "telegram" / "preview_tezhabar.html"


def at(moment: dt.datetime) -> str:
    return clock.to_iso(moment)


@pytest.fixture
def ws(tmp_path_factory, db_path, request):
    """A copy of the background workspace, the clock at NOW."""
    db = replay.open_background_copy(db_path, request, tmp_path_factory)
    clock.set_clock(lambda: NOW)
    db.sources = db.execute("SELECT id, name, url FROM sources ORDER BY id").fetchall()
    yield db
    db.close()


def sources(db) -> list[dict]:
    return [{"id": i, "name": n, "url": u} for i, n, u in db.sources]


def burst(db, start=BURST_START, fetched=NOW, **kwargs) -> list[int]:
    return replay.store_burst(db, sources(db), replay.burst_drafts(start, **kwargs), fetched)


def story_of(db, item_ids: list[int]) -> dict:
    ids = {r[0] for r in db.execute(f"SELECT story_id FROM radar_story_items WHERE item_id IN "
                                    f"({','.join('?' * len(item_ids))})", item_ids)}
    assert len(ids) == 1, f"the items fell into {len(ids)} stories"
    return radar.story(db, ids.pop(), at(NOW))


def test_the_quiet_month_flags_nothing(ws):
    listed = radar.stories(ws, at(NOW), limit=1000)
    assert listed and not [s for s in listed if s["spike"]]
    # The 28 days raised one alert: the morning currency digest, on the first day anyone posted it.
    assert radar.radar_alerts(ws) == []
    [digest_alert] = radar.radar_alerts(ws, include_handled=True)
    assert digest_alert["raised_at"] < at(NOW - dt.timedelta(days=27))
    digest = radar.story(ws, digest_alert["story_id"], at(NOW))
    assert digest["item_count"] == 28 * 8 and sorted(digest["languages"]) == ["kk", "ru"]
    # On the last morning eight sources posted it again within the hour: that is its normal, not a spike.
    morning = radar.story(ws, digest["id"], at(NOW.replace(hour=4, minute=40)))
    assert morning["last_hour"] == 8 and morning["last_hour_sources"] == 8
    assert morning["baseline_mean"] > 7 and not morning["spike"]


def test_each_story_keeps_the_count_and_times_of_its_items(ws):
    burst(ws)
    stored = {r[0]: r[1:] for r in ws.execute("SELECT id, item_count, first_seen_at, last_seen_at FROM radar_stories")}
    counted = {r[0]: r[1:] for r in ws.execute(
        "SELECT story_id, count(*), min(at), max(at) FROM radar_story_items GROUP BY story_id")}
    assert len(stored) > 100 and any(n > 1 for n, _, _ in stored.values())
    assert stored == counted


def test_burst_across_sources_and_languages_is_one_spiking_story(ws):
    ids = burst(ws)
    spiking = radar.stories(ws, at(NOW), spiking_only=True)
    assert [sorted(s["item_ids"]) for s in spiking] == [sorted(ids)]
    story = spiking[0]
    assert story["item_count"] == 12 and story["source_count"] == 8
    assert sorted(story["sources"]) == [f"News {i:02d}" for i in range(3, 11)]
    assert story["languages"] == ["kk", "ru"]
    assert story["last_hour"] == 12 and story["baseline_mean"] == 0 and story["score"] >= 10
    assert story["first_seen"] == at(BURST_START)
    # Listed first among all the day's stories, and the only one flagged.
    listed = radar.stories(ws, at(NOW), limit=1000)
    assert listed[0]["id"] == story["id"] and [s["id"] for s in listed if s["spike"]] == [story["id"]]
    [alert] = radar.radar_alerts(ws)
    assert alert["story_id"] == story["id"] and alert["raised_at"] == at(NOW) and alert["level"] == 1
    assert alert["languages"] == ["kk", "ru"] and len(alert["sources"]) >= spikes.MIN_SOURCES
    assert story["alert_id"] == alert["id"]


def test_one_chatty_channel_is_not_a_spike(ws):
    chatty = sources(ws)[15]
    drafts = [replay.draft(f"Жаңалық {n}: {replay.BURST_KK[0][:60]}", replay.BURST_KK[0] + f" Жаңарту {n}.", "kk",
                           BURST_START + dt.timedelta(minutes=4 * n), f"https://chatty.example.kz/{n}")
              for n in range(12)]
    ids = replay.store_at(ws, NOW, {chatty["id"]: drafts})
    story = story_of(ws, ids)
    assert story["last_hour"] == 12 and story["last_hour_sources"] == 1
    assert not story["spike"] and radar.radar_alerts(ws) == []


def test_a_backlog_counts_when_it_was_published(ws):
    three_days_ago = BURST_START - dt.timedelta(days=3)
    ids = burst(ws, start=three_days_ago)  # fetched now, after three days offline
    now = radar.story(ws, story_of(ws, ids)["id"], at(NOW))
    assert now["last_hour"] == 0 and not now["spike"] and radar.radar_alerts(ws) == []
    assert now["first_seen"] == at(three_days_ago)
    then = radar.story(ws, now["id"], at(three_days_ago + dt.timedelta(minutes=55)))
    assert then["last_hour"] == 12 and then["spike"]


def test_publication_times_after_first_seen_are_not_trusted(ws):
    ids = burst(ws, start=NOW + dt.timedelta(hours=5))  # a feed that writes local time as UTC
    story = story_of(ws, ids)
    assert story["first_seen"] == at(NOW) and story["last_hour"] == 12 and story["spike"]
    later = radar.story(ws, story["id"], at(NOW + dt.timedelta(hours=5, minutes=30)))
    assert later["last_hour"] == 0


def test_one_alert_per_story_until_it_grows_a_step(ws):
    ids = burst(ws)
    [first] = radar.radar_alerts(ws)
    assert first["level"] == 1
    # Three more copies ten minutes later: the same story, still the same step.
    clock.set_clock(lambda: NOW + dt.timedelta(minutes=10))
    more = burst(ws, start=NOW, fetched=NOW + dt.timedelta(minutes=10), copies=3, first=12)
    assert radar.update(ws, more, at(NOW + dt.timedelta(minutes=10))) == []
    assert [a["id"] for a in radar.radar_alerts(ws)] == [first["id"]]
    # Handled, it still holds back alerts of its step.
    radar.handle_alert(ws, first["id"], analyst="Aigerim")
    assert radar.radar_alerts(ws) == []
    # Tripled within the hour: a further step, a new alert.
    clock.set_clock(lambda: NOW + dt.timedelta(minutes=12))
    surge = burst(ws, start=NOW + dt.timedelta(minutes=1), fetched=NOW + dt.timedelta(minutes=12), copies=24,
                  first=15, minutes=0.25)
    story = story_of(ws, ids + more + surge)
    [second] = radar.radar_alerts(ws)
    assert second["story_id"] == story["id"] and second["level"] == 2 and second["id"] != first["id"]


def test_a_muted_story_raises_no_alert(ws):
    early = burst(ws, start=BURST_START, fetched=NOW - dt.timedelta(minutes=40), copies=3)
    story = story_of(ws, early)
    radar.mute(ws, story_id=story["id"], analyst="Aigerim")
    burst(ws, start=BURST_START + dt.timedelta(minutes=15), copies=9, first=3)
    muted = radar.story(ws, story["id"], at(NOW))
    assert muted["muted"] and muted["last_hour"] == 12
    assert radar.radar_alerts(ws) == []
    assert [e["action"] for e in audit.history(ws, "radar_story", story["id"])] == ["radar_mute"]
    radar.unmute(ws, story_id=story["id"], analyst="Aigerim")
    assert not radar.story(ws, story["id"], at(NOW))["muted"]


def test_muted_sources_are_not_counted(ws):
    burst_sources = sources(ws)[3:11]
    for source in burst_sources[:6]:
        radar.mute(ws, source_id=source["id"], analyst="Aigerim")
    ids = burst(ws)
    story = story_of(ws, ids)
    assert story["last_hour_sources"] == 2 and not story["spike"]
    assert radar.radar_alerts(ws) == []


def test_open_case_starts_the_clock_at_the_spike(ws):
    ids = burst(ws)
    [alert] = radar.radar_alerts(ws)
    clock.set_clock(lambda: NOW + dt.timedelta(minutes=25))  # the analyst gets to it 25 minutes later
    case_id = radar.open_case(ws, alert["story_id"], analyst="Aigerim")
    case = cases.get_case(ws, case_id)
    assert case["resonant"] and case["detected_at"] == alert["raised_at"] == at(NOW)
    attached = ws.execute("SELECT item_id, role FROM case_items WHERE case_id = ? ORDER BY item_id",
                          [case_id]).fetchall()
    assert attached == [(i, "appearance") for i in sorted(ids)]
    [running] = golden_hour.running_clocks(ws, NOW + dt.timedelta(minutes=25))
    assert running["id"] == case_id and running["remaining_seconds"] == 35 * 60
    assert radar.radar_alerts(ws) == []
    assert radar.radar_alerts(ws, include_handled=True)[0]["case_id"] == case_id
    assert radar.story(ws, alert["story_id"], at(NOW))["case_id"] == case_id
    assert radar.open_case(ws, alert["story_id"]) == case_id  # a second click opens nothing new


def refuted_case(db) -> int:
    """The payment claim, refuted two days ago."""
    clock.set_clock(lambda: NOW - dt.timedelta(days=2))
    case = cases.create_case(db, "Фейк: Досаев обещал по 85 000 тенге пострадавшим от паводка",
                             claim="Аким Алматы Ерболат Досаев объявил выплату 85 000 тенге каждой семье, "
                                   "пострадавшей от паводка", analyst="Aigerim")
    cases.set_status(db, case["id"], "confirmed", analyst="Aigerim")
    cases.add_response(db, case["id"], channel="official_website", url="https://almaty.gov.kz/refute/85000",
                       text="Выплаты 85 000 тенге не объявлялись", analyst="Aigerim")
    assert cases.get_case(db, case["id"])["status"] == "refuted"
    clock.set_clock(lambda: NOW)
    return case["id"]


def test_a_story_repeating_a_refuted_claim_brings_its_refutation(ws):
    case_id = refuted_case(ws)
    ids = burst(ws)
    [alert] = radar.radar_alerts(ws)
    assert alert["refuted_case_id"] == case_id
    assert alert["refutation"]["url"] == "https://almaty.gov.kz/refute/85000"
    assert story_of(ws, ids)["refuted_case_id"] == case_id


def test_a_refuted_fake_coming_back_alerts_before_it_spikes(ws):
    four = burst(ws, copies=4)  # four copies from four sources: no spike yet
    assert not story_of(ws, four)["spike"] and radar.radar_alerts(ws) == []
    case_id = refuted_case(ws)
    clock.set_clock(lambda: NOW + dt.timedelta(minutes=5))
    more = burst(ws, start=NOW, fetched=NOW + dt.timedelta(minutes=5), copies=1, first=4)
    [alert] = radar.radar_alerts(ws)
    story = radar.story(ws, alert["story_id"], at(NOW + dt.timedelta(minutes=5)))
    assert sorted(story["item_ids"]) == sorted(four + more) and not story["spike"]
    assert alert["refuted_case_id"] == case_id and alert["level"] == 1 and alert["last_hour"] == 4  # one left the hour
    # When it then spikes, that is the same step: no second alert.
    clock.set_clock(lambda: NOW + dt.timedelta(minutes=10))
    burst(ws, start=NOW + dt.timedelta(minutes=6), fetched=NOW + dt.timedelta(minutes=10), copies=4, first=5)
    assert [a["id"] for a in radar.radar_alerts(ws)] == [alert["id"]]


def test_a_story_with_no_refuted_claim_names_none(ws):
    burst(ws)
    [alert] = radar.radar_alerts(ws)
    assert alert["refuted_case_id"] is None and alert["refutation"] is None


def test_mute_needs_one_target(ws):
    with pytest.raises(BadArgument):
        radar.mute(ws)
    with pytest.raises(BadArgument):
        radar.mute(ws, story_id=1, source_id=1)


def test_watch_rules_tags_and_sources_have_bands(ws):
    tag = tags.create_tag(ws, "Паводок", analyst="Aigerim")
    rule = rules.add_rule(ws, "Досаев", "Досаев", tag_id=tag["id"], analyst="Aigerim")
    burst(ws)
    listed = {(w["kind"], w["id"]): w for w in radar.watches(ws, at(NOW))}
    for watch in (listed[("rule", rule["id"])], listed[("tag", tag["id"])]):
        assert watch["band"] == "above" and watch["last_hour_sources"] == 8 and watch["baseline_mean"] == 0
        assert watch["last_hour"] >= 5
    assert listed[("rule", rule["id"])]["name"] == "Досаев"
    busy = sources(ws)[0]  # a chatty source: a note most hours, as usual
    assert listed[("source", busy["id"])]["band"] == "within" and listed[("source", busy["id"])]["baseline_mean"] > 0
    # Two hours later the rule is quiet again: nothing in its hour, nothing to compare (it is not listed).
    later = {(w["kind"], w["id"]): w for w in radar.watches(ws, at(NOW + dt.timedelta(hours=2)))}
    assert ("rule", rule["id"]) not in later


def test_numbers_in_superscript_digits_neither_stop_ingest_nor_make_entities(db, local_server, tmp_path):
    """"10²" and "³⁴⁵" are digits to str.isdigit but no number to int(): a lead holding one failed its source in a
    fetch ("not a feed: ValueError") and stopped a whole import of files. Now such a word is no number entity, and a
    number in decimal digits still is."""
    saved = []
    for n, (title, text) in enumerate((("Пәтер ауданы 10² метр", "Жаңа үй ³⁴⁵ туралы хабар, бағасы 48500"),
                                       ("Квартира 10² метров", "Новый дом ³⁴⁵, цена 48500"))):
        body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента {n}</title>'
                f"<item><title>{title}</title><link>https://news.example/{n}/1</link><guid>g{n}</guid>"
                f"<description>{text}</description></item></channel></rss>")
        local_server.route(f"/feed/{n}", Reply(body=body.encode(), headers={"Content-Type": "application/rss+xml"}))
        add_source(db, local_server.url(f"/feed/{n}"))
        saved.append(tmp_path / f"saved{n}.xml")
        saved[-1].write_text(body.replace("news.example", "saved.example"), encoding="utf-8")
    outcomes = fetch_sources(db, settings=FetchSettings(connect_timeout=2, total_timeout=10),
                             triage=triage_new_items)
    assert [(o.ok, o.new) for o in outcomes] == [(True, 1), (True, 1)], [o.error for o in outcomes]
    assert [(o.ok, o.new) for o in import_files(db, saved, triage=triage_new_items)] == [(True, 1), (True, 1)]
    assert db.execute("SELECT count(*) FROM radar_story_items").fetchone()[0] == 4
    found = features("Пәтер ауданы 10² метр", "Жаңа үй ³⁴⁵ туралы, бағасы 48500", "kk", None)
    assert "num:48500" in found.entities and not any("²" in e or "³" in e for e in found.entities)


def test_telegram_views_are_kept_over_time(db, local_server):
    page = TELEGRAM_PAGE.read_text(encoding="utf-8")
    route = "/s/tezhabar"
    local_server.route(route, Reply(body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"}))
    add_source(db, local_server.url(route), kind="telegram")
    fast = FetchSettings(connect_timeout=2, total_timeout=5)
    clock.set_clock(lambda: NOW)
    [outcome] = fetch_sources(db, settings=fast, triage=triage_new_items)
    assert outcome.ok and outcome.new == 3
    # An hour later the same posts have more views: the page changed, the items did not.
    later = page.replace(">12.3K<", ">48.9K<").replace(">987<", ">2,4K<")
    local_server.route(route, Reply(body=later.encode(), headers={"Content-Type": "text/html; charset=utf-8"}))
    clock.set_clock(lambda: NOW + dt.timedelta(hours=1))
    [outcome] = fetch_sources(db, settings=fast, triage=triage_new_items)
    assert outcome.ok and outcome.new == 0
    views = db.execute("SELECT i.url, v.seen_at, v.views FROM item_views v JOIN items i ON i.id = v.item_id "
                       "ORDER BY i.url, v.seen_at").fetchall()
    first, second = at(NOW), at(NOW + dt.timedelta(hours=1))
    assert views == [("https://t.me/tezhabar/4101", first, 12300), ("https://t.me/tezhabar/4101", second, 48900),
                     ("https://t.me/tezhabar/4102", first, 987), ("https://t.me/tezhabar/4102", second, 2400),
                     ("https://t.me/tezhabar/4103", first, 1100000), ("https://t.me/tezhabar/4103", second, 1100000)]
    # The two posts about the payment are one story; its views grew by 38,013 in the hour.
    [story] = [s for s in radar.stories(db, at(NOW + dt.timedelta(hours=1)), min_items=2)]
    assert story["views"] == 48900 + 2400 and story["views_last_hour"] == 48900 + 2400 - 12300 - 987


def test_rebuild_puts_earlier_items_into_stories(db):
    srcs = replay.add_sources(db, 11)
    clock.set_clock(lambda: NOW)
    for index, item in replay.burst_drafts(BURST_START):
        store_items(db, srcs[index]["id"], [item], fetched_at=at(NOW))  # stored with no triage
    assert radar.stories(db, at(NOW)) == []
    assert radar.rebuild(db, days=28, now=at(NOW)) == {"items": 12, "stories": 1, "alerts": 1}
    [story] = radar.stories(db, at(NOW))
    assert story["spike"] and story["item_count"] == 12 and story["languages"] == ["kk", "ru"]
    assert radar.rebuild(db, days=28, now=at(NOW))["items"] == 0


def test_a_crowded_key_is_read_as_its_newest_stories_only(db):
    """A key shared by many stories (two frequent words on a busy desk) is looked up as its newest CROWDED_KEY + 1
    stories since the horizon, each with its latest items per source and language, whether its rows were moved to
    radar_keys or are still new: exactly what ranking all of its rows in one table gave, without reading them all."""
    from workstation.core.radar import cluster

    rows = []
    for key, stories in ((11, 40), (12, 3), (13, 9)):
        for story in range(1, stories + 1):
            for source in (1, 2):
                # one old row (before the horizon) and one recent one for each story and source
                for slot, minute in ((0, 100 + story), (1, 5_000 + story * 10 + source)):
                    rows.append((key, story, source, "ru", slot, story * 100 + source * 10 + slot, minute))
    # The same row may be in both tables (a later event of the same slot, not yet moved): the later one counts.
    moved = rows[::2] + [(12, 3, 1, "ru", 5, 7_777, 8_000)]
    new = rows[1::2] + [(11, 40, 1, "ru", 0, 9_999, 6_000), (12, 3, 1, "ru", 5, 7_778, 7_000)]
    with db.atomic():
        for table, part in (("radar_keys", moved), ("radar_keys_new", new)):
            db.executemany(f"INSERT INTO {table} (key, story_id, source_id, lang, slot, item_id, at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", part)
    merged = {}
    for row in moved + new:
        pk = row[:5]
        if pk not in merged or row[6] >= merged[pk][6]:
            merged[pk] = row
    expected = {}
    for key in (11, 12, 13, 14):
        recent = [r for r in merged.values() if r[0] == key and r[6] >= 1_000]
        newest = sorted({r[1] for r in recent}, reverse=True)[:cluster.CROWDED_KEY + 1]
        expected[key] = sorted((r[5], r[1], r[2], r[3], r[6]) for r in recent if r[1] in newest)
    found = cluster._keyed_items(db, {11, 12, 13, 14}, since=1_000)
    got = {key: sorted(e for group in found.get(key, {}).values() for e in group) for key in (11, 12, 13, 14)}
    assert got == expected
    assert len({e[1] for e in got[11]}) == cluster.CROWDED_KEY + 1 and got[14] == []
    assert (9_999, 40, 1, "ru", 6_000) in got[11] and (7_777, 3, 1, "ru", 8_000) in got[12]
    assert not any(e[0] == 7_778 for e in got[12])


@pytest.mark.new_workspace
def test_stories_are_the_same_whenever_the_new_keys_are_moved(tmp_path, monkeypatch):
    """Three days of news (past the keys' two days) into two workspaces: one moving all new keys into radar_keys
    after every batch (as if there were one table), one never: the same stories, key for key."""
    from workstation.core.radar import cluster
    from workstation.core.workspace import open_workspace

    found = {}
    for slices in (1, 1 << 40):
        monkeypatch.setattr(cluster, "KEY_SLICES", slices)
        db = open_workspace(tmp_path / f"slices-{slices}.db")
        replay.fill_background(db, days=3)
        stories = db.execute("SELECT group_concat(i.url, ' ') FROM radar_story_items r JOIN items i "
                             "ON i.id = r.item_id GROUP BY r.story_id").fetchall()
        found[slices] = ({frozenset(row[0].split()) for row in stories},
                         [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("radar_keys",
                                                                                          "radar_keys_new")])
        db.close()
    (moved_stories, (moved, moved_new)), (kept_stories, (_, kept_new)) = found[1], found[1 << 40]
    assert moved_stories == kept_stories
    assert any(len(story) > 1 for story in moved_stories)
    assert moved > 0 and moved_new == 0 and kept_new > 0


def test_an_entity_carried_by_many_stories_is_read_as_its_newest_stories_in_both_tables(db):
    from workstation.core.radar import cluster

    with db.atomic():
        db.executemany("INSERT INTO radar_entity_stories (key, story_id, at) VALUES (?, ?, ?)",
                       [(21, story, 5_000) for story in range(1, 30, 2)] + [(22, 1, 10), (23, 7, 5_000)])
        db.executemany("INSERT INTO radar_entity_stories_new (key, story_id, at) VALUES (?, ?, ?)",
                       [(21, story, 5_000) for story in range(2, 31, 2)] + [(22, 2, 20), (23, 7, 10)])
    found = cluster._entity_stories(db, {21, 22, 23, 24}, since=1_000)
    assert dict(found) == {21: set(range(30 - cluster.SPECIFIC_STORIES, 31)), 23: {7}}
