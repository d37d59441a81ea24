"""Fetching sources end to end against local HTTP servers: conditional GET, failures, autodiscovery, kinds."""

import datetime as dt
import json

from tests.support.httpserver import Reply, closed_port
from workstation.cli import main
from workstation.core import clock
from workstation.core.ingest.fetch import FetchSettings
from workstation.core.ingest.run import fetch_sources
from workstation.core.ingest.sources import add_source, get_source
from workstation.core.items.queries import list_items


def rss(*titles: str, encoding: str = "utf-8") -> bytes:
    items = "".join(f"<item><title>{t}</title><link>/n/{i}</link><guid>g{i}</guid>"
                    f"<pubDate>Mon, 06 Jan 2025 1{i % 10}:00:00 +0500</pubDate></item>" for i, t in enumerate(titles))
    return (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>Лента</title>'
            f"<link>/</link>{items}</channel></rss>").encode(encoding)


def conditional(body: bytes, etag: str = '"v1"'):
    def handler(request):
        if request.headers.get("if-none-match") == etag:
            return Reply(status=304, headers={"ETag": etag})
        return Reply(body=body, headers={"Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag,
                                         "Last-Modified": "Mon, 06 Jan 2025 10:00:00 GMT"})
    return handler


FAST = FetchSettings(connect_timeout=2, total_timeout=5)


def test_second_fetch_is_answered_304_and_stores_nothing_new(db, local_server):
    local_server.route("/rss", conditional(rss("Бірінші", "Екінші")))
    src = add_source(db, local_server.url("/rss"))
    [first] = fetch_sources(db, settings=FAST)
    [second] = fetch_sources(db, settings=FAST)
    assert (first.ok, first.new) == (True, 2)
    assert (second.ok, second.not_modified, second.new) == (True, True, 0)
    assert local_server.requests[-1].headers["if-none-match"] == '"v1"'
    assert local_server.requests[-1].headers["if-modified-since"] == "Mon, 06 Jan 2025 10:00:00 GMT"
    stored = get_source(db, src["id"])
    assert stored["etag"] == '"v1"' and stored["name"] == "Лента"
    assert [i["url"] for i in list_items(db)][0].startswith(local_server.url("/n/"))


def test_a_failing_source_does_not_stop_the_others_and_keeps_its_error(db, local_server):
    local_server.route("/good", Reply(body=rss("Жаңалық"), headers={"Content-Type": "application/rss+xml"}))
    local_server.route("/gone", Reply(status=404, body=b"nope"))
    local_server.route("/page", Reply(body=b"<!doctype html><html><head><title>x</title></head><body>hi</body></html>",
                                      headers={"Content-Type": "text/html"}))
    good = add_source(db, local_server.url("/good"))
    gone = add_source(db, local_server.url("/gone"))
    page = add_source(db, local_server.url("/page"))
    dead = add_source(db, f"http://127.0.0.1:{closed_port()}/rss")
    outcomes = {o.source_id: o for o in fetch_sources(db, settings=FAST)}
    assert outcomes[good["id"]].ok and outcomes[good["id"]].new == 1
    assert get_source(db, gone["id"])["last_error"] == "HTTP 404"
    assert get_source(db, page["id"])["last_error"] == "not a feed: HTML page"
    assert get_source(db, dead["id"])["last_error"] == "connection refused"
    assert get_source(db, dead["id"])["error_count"] == 1
    assert get_source(db, dead["id"])["retry_after"] is not None


def test_cli_fetch_exits_3_when_some_sources_failed(db_path, capsys, local_server):
    local_server.route("/good", Reply(body=rss("A"), headers={"Content-Type": "application/rss+xml"}))
    main(["--db", str(db_path), "sources", "add", local_server.url("/good")])
    main(["--db", str(db_path), "sources", "add", f"http://127.0.0.1:{closed_port()}/x"])
    capsys.readouterr()
    code = main(["--db", str(db_path), "fetch", "--json"])
    out, err = capsys.readouterr()
    assert code == 3
    assert "[1/2]" in err and "[2/2]" in err and "1 ok, 1 failed" in err
    assert sorted(o["ok"] for o in json.loads(out)) == [False, True]


def test_retry_after_is_honoured_and_backoff_skips_scheduled_runs(db, local_server):
    clock.set_clock(lambda: dt.datetime(2025, 1, 6, 10, 0, tzinfo=dt.timezone.utc))
    local_server.route("/busy", Reply(status=429, headers={"Retry-After": "120"}))
    src = add_source(db, local_server.url("/busy"))
    [outcome] = fetch_sources(db, settings=FAST)
    assert outcome.error == "HTTP 429"
    assert get_source(db, src["id"])["retry_after"] == "2025-01-06T10:02:00Z"
    assert fetch_sources(db, settings=FAST, respect_backoff=True) == []  # waits, as asked
    assert len(fetch_sources(db, settings=FAST)) == 1  # "fetch now" still tries


def test_feed_autodiscovery_from_a_home_page(db, local_server):
    local_server.route("/", Reply(body=b'<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml">'
                                       b"</head><body>home</body></html>", headers={"Content-Type": "text/html"}))
    local_server.route("/feed.xml", Reply(body=rss("Табылды"), headers={"Content-Type": "application/rss+xml"}))
    src = add_source(db, local_server.url("/"))
    [outcome] = fetch_sources(db, settings=FAST)
    assert outcome.ok and outcome.new == 1
    updated = get_source(db, src["id"])
    assert updated["url"] == local_server.url("/feed.xml") and updated["site_url"] == local_server.url("/")


def test_telegram_preview_page(db, local_server):
    page = """<html><body><div class="tgme_channel_info_header_title">Тез хабар</div>
    <div class="tgme_widget_message" data-post="tezhabar/101"><div class="tgme_widget_message_text">Жалған
    <b>ұтыс ойыны</b>: сілтемеге өтпеңіз</div><a class="tgme_widget_message_date" href="https://t.me/tezhabar/101">
    <time datetime="2025-01-06T05:15:00+00:00">10:15</time></a></div>
    <div class="tgme_widget_message" data-post="tezhabar/102"><div class="tgme_widget_message_photo_wrap"></div>
    <div class="tgme_widget_message_text">Розыгрыш — фейк</div><a class="tgme_widget_message_date">
    <time datetime="2025-01-06T06:00:00+00:00">11:00</time></a></div></body></html>"""
    local_server.route("/s/tezhabar", Reply(body=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"}))
    src = add_source(db, local_server.url("/s/tezhabar"), kind="telegram")
    [outcome] = fetch_sources(db, settings=FAST)
    assert outcome.ok and outcome.new == 2
    rows = list_items(db)
    assert [r["url"] for r in rows] == ["https://t.me/tezhabar/102", "https://t.me/tezhabar/101"]
    assert rows[1]["title"].startswith("Жалған ұтыс ойыны") and rows[1]["lang"] == "kk"
    assert get_source(db, src["id"])["name"] == "Тез хабар"


def test_site_listing_page_with_selectors(db, local_server):
    page = """<html><body><div class="news"><a href="/a/1"><h3>Брифинг в СЦК</h3></a><time datetime="2025-01-06">
    6 января</time><p>Текст</p></div><div class="news"><a href="/a/2"><h3>Новый закон</h3></a>
    <span class="d">05.01.2025 09:00</span></div></body></html>"""
    local_server.route("/list", Reply(body=page.encode("cp1251"),
                                      headers={"Content-Type": "text/html; charset=windows-1251"}))
    add_source(db, local_server.url("/list"), kind="site",
               selectors={"item": "div.news", "title": "h3", "link": "a", "date": "time, span.d"})
    [outcome] = fetch_sources(db, settings=FAST)
    assert outcome.ok and outcome.new == 2
    titles = {r["title"]: r for r in list_items(db)}
    assert set(titles) == {"Брифинг в СЦК", "Новый закон"}
    assert titles["Новый закон"]["url"] == local_server.url("/a/2")


def test_wrong_charset_header_still_reads_cyrillic(db, local_server):
    body = rss("Мошенники рассылают ссылки", encoding="windows-1251")
    # The server claims UTF-8; the bytes are windows-1251 and say so.
    local_server.route("/rss", Reply(body=body, headers={"Content-Type": "text/xml; charset=utf-8"}))
    add_source(db, local_server.url("/rss"))
    [outcome] = fetch_sources(db, settings=FAST)
    assert outcome.ok
    assert list_items(db)[0]["title"] == "Мошенники рассылают ссылки"


def test_youtube_channel_page_is_resolved_to_its_feed(db, local_server):
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Anyqta</title>
    <entry><id>yt:video:1</id><title>Fact-check: 5G</title><link rel="alternate" href="https://youtu.be/1"/>
    <published>2025-01-06T05:00:00+00:00</published></entry></feed>"""
    local_server.route("/@anyqta", Reply(body=b'<html><head><link rel="alternate" type="application/rss+xml" '
                                              b'href="/feeds/videos.xml?channel_id=UC1"></head></html>',
                                         headers={"Content-Type": "text/html"}))
    local_server.route("/feeds/videos.xml", Reply(body=atom, headers={"Content-Type": "application/atom+xml"}))
    src = add_source(db, local_server.url("/@anyqta"), kind="youtube")
    [outcome] = fetch_sources(db, settings=FAST)
    assert outcome.ok and outcome.new == 1
    assert get_source(db, src["id"])["url"].endswith("/feeds/videos.xml?channel_id=UC1")


def test_scheduled_runs_respect_each_sources_interval(db, local_server):
    t0 = dt.datetime(2025, 1, 6, 10, 0, tzinfo=dt.timezone.utc)
    clock.set_clock(lambda: t0)
    local_server.route("/hourly", conditional(rss("A")))
    local_server.route("/often", conditional(rss("B"), etag='"b"'))
    hourly = add_source(db, local_server.url("/hourly"), interval_minutes=60)
    often = add_source(db, local_server.url("/often"), interval_minutes=10)
    assert len(fetch_sources(db, settings=FAST, respect_backoff=True)) == 2
    clock.set_clock(lambda: t0 + dt.timedelta(minutes=30))
    assert [o.source_id for o in fetch_sources(db, settings=FAST, respect_backoff=True)] == [often["id"]]
    clock.set_clock(lambda: t0 + dt.timedelta(minutes=61))
    assert {o.source_id for o in fetch_sources(db, settings=FAST, respect_backoff=True)} == {hourly["id"], often["id"]}


def test_an_unchanged_body_without_etag_is_not_parsed_again(db, monkeypatch, local_server):
    from workstation.core.ingest import reading
    local_server.route("/rss", Reply(body=rss("A", "B"), headers={"Content-Type": "application/rss+xml"}))
    add_source(db, local_server.url("/rss"))
    [first] = fetch_sources(db, settings=FAST)
    calls = []
    real = reading.parse_page
    monkeypatch.setattr(reading, "parse_page", lambda *a: calls.append(1) or real(*a))
    [second] = fetch_sources(db, settings=FAST)
    assert first.new == 2 and second.not_modified and second.ok and calls == []
