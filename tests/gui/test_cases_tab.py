"""Select items → open a case → record a refutation → the case shows refuted and its clock stops."""

import datetime as dt

from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.ingest.dedup import store_items
from workstation.core.ingest.draft import ItemDraft
from workstation.core.ingest.sources import add_source
from workstation.ui.cases.labels import status_label

T0 = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.timezone.utc)


def test_case_from_selected_items_to_refutation_stops_the_clock(qtbot, make_window, db, wait_rows):
    clock.set_clock(lambda: T0)
    src = add_source(db, "https://news.example/rss", name="Дала")
    store_items(db, src["id"], [
        ItemDraft(title="Банк 500 мың теңге ұтыс ойынын өткізуде", url="https://news.example/1",
                  content_text="Сілтеме арқылы тіркеліп, 500 мың теңге ұтып алыңыз деген хабарлама тарады."),
        ItemDraft(title="Банк разыгрывает 500 тысяч тенге", url="https://news.example/2",
                  content_text="Сообщение о розыгрыше 500 тысяч тенге от имени банка."),
        ItemDraft(title="Погода", url="https://news.example/3", content_text="Снег"),
    ])
    window = make_window()
    wait_rows(window, 3)
    first = next(i for i, r in enumerate(window.items_tab.model.rows) if r["title"].startswith("Банк 500"))
    window.items_tab.select_row(first)
    tab = window.cases_tab
    tab.new_case(values={"title": "Жалған ұтыс ойыны", "claim": "Банк атынан 500 мың теңге ұтыс ойыны",
                         "category": None, "resonant": True, "detected_at": clock.to_iso(T0)})
    qtbot.waitUntil(lambda: tab.detail.case is not None and tab.detail.case["title"] == "Жалған ұтыс ойыны",
                    timeout=5000)
    assert window.tabs.currentWidget() is tab
    assert [i["title"] for i in tab.detail.case["items"]] == ["Банк 500 мың теңге ұтыс ойынын өткізуде"]
    assert tab.detail.evidence.item(0, 3).text() == "yes"
    # The golden-hour clock runs for the resonant case; 61 minutes later it is overdue.
    qtbot.waitUntil(lambda: len(tab.dock.clocks) == 1, timeout=5000)
    clock.set_clock(lambda: T0 + dt.timedelta(minutes=61))
    tab.dock.tick()
    assert "OVERDUE" in tab.dock.list.item(0).text()
    assert tab.dock.overdue_count() == 1
    # The Russian copy is proposed as a similar item and attached in one click.
    qtbot.waitUntil(lambda: tab.detail.similar.rowCount() >= 1, timeout=5000)
    tab.detail.similar.selectRow(0)
    tab.detail.attach_similar()
    qtbot.waitUntil(lambda: len(tab.detail.case["items"]) == 2, timeout=5000)
    # Record the refutation: the case becomes refuted and the clock stops.
    tab.detail.add_response(values={"kind": "refutation", "channel": "stopfake", "url": "https://stopfake.example/1",
                                    "publisher": "Stopfake.kz", "published_at": clock.to_iso(T0 + dt.timedelta(
                                        minutes=70)), "text": "Бұл ақпарат жалған."})
    qtbot.waitUntil(lambda: tab.detail.case["status"] == "refuted", timeout=5000)
    assert status_label("refuted") in tab.detail.header.text()
    qtbot.waitUntil(lambda: tab.dock.clocks == [], timeout=5000)
    stored = cases.case_detail(db, tab.detail.case["id"])
    assert stored["status"] == "refuted" and stored["first_response_at"] == "2025-03-03T10:10:00Z"
    assert [h["analyst"] for h in stored["history"]][0] == "Айгерим"


def test_illegal_move_shows_the_core_message(qtbot, make_window, db):
    case = cases.create_case(db, "Фейк")
    window = make_window()
    tab = window.cases_tab
    tab.show_case(case["id"])
    qtbot.waitUntil(lambda: tab.detail.case is not None)
    tab.detail.move_to("refuted")
    qtbot.waitUntil(lambda: tab.detail.message.text() != "", timeout=5000)
    assert "cannot become" in tab.detail.message.text()
    assert cases.get_case(db, case["id"])["status"] == "new"
