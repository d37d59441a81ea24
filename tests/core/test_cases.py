import datetime as dt
import json

import feedparser
import pytest

from tests.support.engines import recorded_name
from workstation.core import clock
from workstation.core.cases import claimreview, golden_hour, refutation_feed
from workstation.core.cases import workflow as cases
from workstation.core.db import bodies, evidence
from workstation.core.errors import WorkstationError
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.parse import ParsedFeed
from workstation.core.ingest.run import Fetched, record
from workstation.core.ingest.sources import add_source
from workstation.core.items import similar
from workstation.core.workspace.triage import triage_new_items

T0 = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.timezone.utc)


def at(minutes: float) -> str:
    return clock.to_iso(T0 + dt.timedelta(minutes=minutes))


def move_clock_to(minutes: float) -> None:
    clock.set_clock(lambda: T0 + dt.timedelta(minutes=minutes))


@pytest.fixture
def items(db):
    src = add_source(db, "https://news.example/rss", name="Дала")
    other = add_source(db, "https://tg.example/rss", name="Канал")
    texts = [
        (src, "Банк 500 мың теңге ұтыс ойынын өткізуде", "Әлеуметтік желіде банк атынан ұтыс ойыны туралы жалған "
         "хабарлама тарады: сілтеме арқылы 500 мың теңге ұтып алуға болады деп жазылған."),
        (other, "Банк разыгрывает 500 тысяч тенге", "В соцсетях распространяется ложное сообщение о розыгрыше "
         "500 тысяч тенге от имени банка: нужно перейти по ссылке."),
        (src, "Погода: в Астане снег", "Синоптики обещают снег и ветер в столице на выходных."),
    ]
    ids = []
    for source, title, text in texts:
        ids += store_items(db, source["id"], [ItemDraft(title=title, content_text=text, content_html=f"<p>{text}</p>",
                                                        url=f"https://x.example/{len(ids)}")]).new_ids
    return ids


def test_allowed_workflow_records_every_transition(db, items):
    move_clock_to(0)
    case = cases.create_case(db, "Жалған ұтыс ойыны", category="fake.prize_draws", item_ids=items[:1],
                             analyst="Айгерим")
    for status in ("verifying", "confirmed"):
        case = cases.set_status(db, case["id"], status, analyst="Айгерим")
    cases.add_response(db, case["id"], channel="stopfake", url="https://stopfake.example/1", analyst="Айгерим")
    detail = cases.case_detail(db, case["id"])
    assert detail["status"] == "refuted"
    statuses = [(h["old"] or {}).get("status", "") + "→" + h["new"]["status"]
                for h in detail["history"] if h["action"] == "status"]
    assert statuses == ["new→verifying", "verifying→confirmed", "confirmed→refuted"]
    assert all(h["analyst"] == recorded_name(db, "Айгерим") for h in detail["history"])
    reopened = cases.set_status(db, case["id"], "verifying")
    assert reopened["status"] == "verifying"


@pytest.mark.parametrize("path, refused", [
    ((), "refuted"),
    (("verifying",), "new"),
    (("dismissed",), "confirmed"),
])
def test_illegal_transitions_are_refused_with_a_clear_message(db, path, refused):
    case = cases.create_case(db, "Фейк")
    for status in path:
        cases.set_status(db, case["id"], status, reason="not a fake: the photo is real")
    before = cases.get_case(db, case["id"])["status"]
    with pytest.raises(WorkstationError) as err:
        cases.set_status(db, case["id"], refused)
    assert "cannot become" in str(err.value) or "refutation" in str(err.value)
    assert cases.get_case(db, case["id"])["status"] == before


def test_dismissing_needs_a_reason_and_keeps_it(db):
    case = cases.create_case(db, "Фейк")
    with pytest.raises(WorkstationError) as err:
        cases.set_status(db, case["id"], "dismissed")
    assert err.value.key == "case.reason_required"
    done = cases.set_status(db, case["id"], "dismissed", reason="официальное сообщение, не фейк")
    assert done["dismiss_reason"] == "официальное сообщение, не фейк"
    with pytest.raises(WorkstationError):
        cases.add_response(db, case["id"], channel="stopfake")


def test_category_must_be_a_fake_category(db):
    with pytest.raises(WorkstationError) as err:
        cases.create_case(db, "Фейк", category="violation.phishing")
    assert err.value.key == "case.bad_category"
    case = cases.create_case(db, "Фейк", category="5G зияны")  # a fake category by its Kazakh name
    assert cases.case_detail(db, case["id"])["category"] == "fake.5g"


def test_evidence_survives_refetch_and_detects_tampering(db, items, db_path):
    case = cases.create_case(db, "Жалған ұтыс", item_ids=[items[0]])
    src_id = db.execute("SELECT source_id FROM items WHERE id = ?", [items[0]]).fetchone()[0]
    # The source later edits the article: the item is updated, the evidence is not.
    store_items(db, src_id, [ItemDraft(title="Банк 500 мың теңге ұтыс ойынын өткізуде", url="https://x.example/0",
                                       content_text="Мәтін өзгертілді")])
    assert bodies.read(db, items[0]).text == "Мәтін өзгертілді"
    record = cases.case_detail(db, case["id"])["evidence"][0]
    assert record["intact"]
    stored = db.execute("SELECT raw_text FROM evidence WHERE id = ?", [record["id"]]).fetchone()[0]
    assert stored.startswith("Әлеуметтік желіде")
    with pytest.raises(Exception, match="immutable"):
        db.execute("UPDATE evidence SET raw_text = 'forged' WHERE id = ?", [record["id"]])
    # Someone goes around the workstation: drops the trigger and rewrites the row.
    db.execute("DROP TRIGGER evidence_is_immutable")
    db.execute("UPDATE evidence SET raw_text = 'forged' WHERE id = ?", [record["id"]])
    assert cases.case_detail(db, case["id"])["evidence"][0]["intact"] is False
    assert [r["id"] for r in evidence.verify_all(db)] == [record["id"]]


def test_golden_hour_clock_runs_until_the_first_response(db):
    move_clock_to(0)
    case = cases.create_case(db, "Резонанс", resonant=True, detected_at=at(0))
    move_clock_to(59)
    [running] = golden_hour.running_clocks(db)
    assert (running["overdue"], running["remaining_seconds"]) == (False, 60)
    move_clock_to(61)
    assert golden_hour.running_clocks(db)[0]["overdue"] is True
    cases.add_response(db, case["id"], channel="briefing", kind="statement", published_at=at(75))
    assert golden_hour.running_clocks(db) == []
    assert cases.get_case(db, case["id"])["first_response_at"] == at(75)
    assert cases.get_case(db, case["id"])["status"] == "new"  # a statement is not a refutation


def test_golden_hour_compliance_and_median(db):
    move_clock_to(0)
    fast = cases.create_case(db, "A", resonant=True, detected_at=at(0))
    slow = cases.create_case(db, "B", resonant=True, detected_at=at(0))
    cases.create_case(db, "C", resonant=True, detected_at=at(0))  # never answered
    cases.create_case(db, "D", resonant=False, detected_at=at(0))  # not resonant: not counted
    cases.add_response(db, fast["id"], channel="stopfake", published_at=at(20))
    cases.add_response(db, slow["id"], channel="stopfake", published_at=at(100))
    result = golden_hour.compliance(db, now=T0 + dt.timedelta(hours=5))
    assert result["resonant_cases"] == 3 and result["answered_in_time"] == 1
    assert result["share_in_time"] == pytest.approx(1 / 3, abs=1e-3)
    assert result["median_minutes_to_first_response"] == 60.0
    golden_hour.set_limit_minutes(db, 120)
    assert golden_hour.compliance(db, now=T0 + dt.timedelta(hours=5))["answered_in_time"] == 2


def test_similar_items_find_the_copies_in_both_languages(db, items):
    case = cases.create_case(db, "Банк атынан 500 мың теңге ұтыс ойыны",
                             claim="Банк 500 мың теңге ұтыс ойынын өткізеді, сілтеме арқылы тіркелу керек")
    found = [r["id"] for r in similar.similar_to_case(db, case["id"])]
    assert found[0] == items[0]
    assert items[2] not in found
    cases.add_items(db, case["id"], [items[0]])
    assert items[0] not in [r["id"] for r in similar.similar_to_case(db, case["id"])]


def test_new_item_repeating_an_open_case_is_flagged(db, items):
    case = cases.create_case(db, "Банк разыгрывает 500 тысяч тенге", claim="Розыгрыш 500 тысяч тенге от банка")
    src = add_source(db, "https://third.example/rss")
    draft = ItemDraft(title="Розыгрыш 500 тысяч тенге от банка — снова", url="https://third.example/1",
                      content_text="Снова пишут про розыгрыш 500 тысяч тенге от имени банка.")
    outcome = record(db, {**src, "error_count": 0}, Fetched(parsed=ParsedFeed(items=[draft])),
                     triage=triage_new_items)
    alerts = db.execute("SELECT kind, case_id, item_id FROM alerts").fetchall()
    assert alerts == [("case_match", case["id"], outcome.new_ids[0])]


def test_claimreview_has_the_required_fields(db, items, tmp_path):
    case = cases.create_case(db, "Банк ұтыс ойыны", claim="Банк атынан 500 мың теңге ұтыс ойыны өткізіліп жатыр "
                             "және оған сілтеме арқылы қатысуға болады деген хабарлама", item_ids=items[:2])
    cases.add_response(db, case["id"], channel="stopfake", url="https://stopfake.example/utys",
                       publisher="Stopfake.kz", published_at="2025-03-03T10:00:00Z")
    out = tmp_path / "claims.json"
    assert claimreview.export_claim_reviews(db, out) == 1
    [review] = json.loads(out.read_text(encoding="utf-8"))
    assert review["@type"] == "ClaimReview" and review["@context"] == "https://schema.org"
    assert 0 < len(review["claimReviewed"]) <= 75
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["url"] == "https://stopfake.example/utys"
    assert review["author"]["name"] == "Stopfake.kz"
    assert review["datePublished"] == "2025-03-03T10:00:00Z"
    assert [a["url"] for a in review["itemReviewed"]["appearance"]] == ["https://x.example/0", "https://x.example/1"]
    assert review["itemReviewed"]["firstAppearance"]["url"] == "https://x.example/0"


def test_refutations_feed_is_a_valid_atom_feed(db, tmp_path):
    case = cases.create_case(db, "Фейк о 5G", category="fake.5g")
    cases.add_response(db, case["id"], channel="official_website", url="https://gov.example/5g", text="Опровержение")
    out = tmp_path / "feed.xml"
    assert refutation_feed.refutations_feed(db, out) == 1
    parsed = feedparser.parse(out.read_bytes())
    assert not parsed.bozo
    assert parsed.entries[0].title == "Фейк о 5G" and parsed.entries[0].link == "https://gov.example/5g"


def test_steps_to_follow_the_transition_table():
    assert cases.steps_to("new", "refuted") == ["confirmed", "refuted"]
    assert cases.steps_to("verifying", "refuted") == ["confirmed", "refuted"]
    assert cases.steps_to("refuted", "refuted") == []
    chain = ["dismissed", *cases.steps_to("dismissed", "refuted")]
    assert chain == ["dismissed", "verifying", "confirmed", "refuted"]
    assert all(cases.can_become(a, b) for a, b in zip(chain, chain[1:], strict=False))


def test_a_refutation_moves_a_new_case_through_each_allowed_step(db):
    case = cases.create_case(db, "Фейк")
    cases.add_response(db, case["id"], channel="stopfake", url="https://stopfake.example/2")
    detail = cases.case_detail(db, case["id"])
    steps = [h["new"]["status"] for h in detail["history"] if h["action"] == "status"]
    assert detail["status"] == "refuted" and steps == ["confirmed", "refuted"]


def test_a_refutation_link_is_read_by_the_one_address_parser(db):
    case = cases.create_case(db, "Фейк")
    row = cases.add_response(db, case["id"], channel="stopfake", url="stopfake[.]kz/kk/utys?utm_source=tg",
                             kind="statement")
    assert row["url"] == "https://stopfake.kz/kk/utys"
    assert cases.add_response(db, case["id"], channel="briefing", kind="statement")["url"] == ""
    with pytest.raises(WorkstationError) as err:
        cases.add_response(db, case["id"], channel="stopfake", url="see the website")
    assert err.value.key == "source.bad_url"


def test_a_save_made_on_an_older_version_of_a_case_or_violation_is_refused_naming_who_changed_it(db):
    """Two programs (or two analysts of a team) on one record: the second save, made on the version both had
    opened, is refused and nothing of the first is overwritten; a save on the current version goes through."""
    from workstation.core.errors import WorkstationError
    from workstation.core.violations import workflow as violations

    case = cases.create_case(db, "Фейк о выплатах", analyst="Айгерим")
    opened = cases.get_case(db, case["id"])["version"]
    cases.update_case(db, case["id"], title="Фейк о выплатах пенсионерам", analyst="Марат", expected_version=opened)
    with pytest.raises(WorkstationError) as refused:
        cases.update_case(db, case["id"], title="Другое", analyst="Айгерим", expected_version=opened)
    # (On a team workspace the audit, and so the refusal, names the database user who saved.)
    assert refused.value.key == "team.changed" and refused.value.params["by"] == getattr(db, "login", "Марат")
    with pytest.raises(WorkstationError):
        cases.set_status(db, case["id"], "verifying", analyst="Айгерим", expected_version=opened)
    current = cases.get_case(db, case["id"])
    assert current["title"] == "Фейк о выплатах пенсионерам" and current["status"] == "new"
    assert cases.set_status(db, case["id"], "verifying", analyst="Айгерим",
                            expected_version=current["version"])["status"] == "verifying"

    violation = violations.add_violation(db, "https://bank-kz-bonus.example/login", violation_type="phishing",
                                         analyst="Айгерим")
    seen = violations.get_violation(db, violation["id"])["version"]
    db.execute("UPDATE violations SET notes = 'Марат' WHERE id = ?", [violation["id"]])  # another program
    with pytest.raises(WorkstationError):
        violations.set_status(db, violation["id"], "unfounded", reason="не фишинг", expected_version=seen)
    assert violations.get_violation(db, violation["id"])["status"] != "unfounded"
