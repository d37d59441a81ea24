"""The Statistics tab on the hand-counted workspace of tests/fixtures_stats.py: the figures shown are the
core's, periods and comparison switch, charts and tables export, bars open their records, the PDF builds."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from tests.fixtures_stats import ALMATY, local
from workstation.core.figures import media_plan, stats
from workstation.reports.headline import HEADLINE_KEYS, headline_figure, headline_lines
from workstation.reports.text import t

FIRST, LAST = dt.date(2025, 1, 1), dt.date(2025, 3, 31)


def open_dashboard(qtbot, window, first=FIRST, last=LAST):
    """The Statistics tab showing [first, last] in Almaty, the fixture's zone."""
    tab = window.dashboard_tab
    window.tabs.setCurrentWidget(tab)
    tab.tz = ALMATY
    tab.period.set_custom(first, last)
    since, _until = stats.period_bounds(first, last, ALMATY)
    qtbot.waitUntil(lambda: tab.data is not None and tab.data["since"] == since, timeout=10000)
    return tab


def wait_period(qtbot, tab, compare: bool):
    since, until = tab.bounds()
    qtbot.waitUntil(lambda: tab.data["since"] == since and tab.data["until"] == until
                    and (tab.data["previous"] is not None) == compare, timeout=10000)


def core_figures(db, first=FIRST, last=LAST):
    since, until = stats.period_bounds(first, last, ALMATY)
    return stats.dashboard(db, since, until, ALMATY)


@pytest.fixture
def window(make_window, fixture_db):
    return make_window()


def test_headline_figures_and_tables_are_the_cores(qtbot, window, fixture_db):
    tab = open_dashboard(qtbot, window)
    figures = core_figures(fixture_db)
    for key in HEADLINE_KEYS:
        assert tab.headline.value_text(key) == headline_figure(figures, key).text, key
    # The hand counts of tests/core/test_stats.py, as the analyst reads them.
    assert [tab.headline.value_text(k) for k in ("fig_refuted", "fig_violations", "fig_phishing", "fig_notices",
                                                 "fig_removed_in_time", "fig_restrictions", "fig_briefings",
                                                 "fig_items")] == \
        ["2", "5", "4 (80.0%)", "4", "1 (33.3%)", "1 / 0", "2", "3"]
    # The PDF's own sentences, in the interface language.
    assert tab.headline.sentences.text().split("\n") == headline_lines(figures, "en", tab.tz)
    assert tab.headline.sentences.text().startswith("2 fakes refuted since the beginning of the year, including: "
                                                    "Harm of 5G (1), Payments (1)")
    assert tab.headline.delta_text("fig_refuted") == ""  # no comparison asked for
    tables = tab.tables.tables
    assert tables["fakes_by_category"].rows == [["Harm of 5G", 1, 1], ["Payments", 1, 2]]
    assert tables["violations_by_type"].rows[0] == ["Phishing", 3, "60.0%"]
    assert tables["state_bodies"].rows[0][:3] == ["МИОР", 2, 0]
    assert tables["briefings_by_body"].rows == [["МИОР", 2]]
    assert tables["items_per_source"].rows == [["News", 2], ["Foreign", 1]]
    assert "domestic share 66.7%" in tab.tables.origin.text()
    # Every chart is drawn, in a Qt canvas, from the report's figures.
    assert all(panel.canvas is not None for panel in tab.charts.panels.values())
    assert len(tab.charts.panels["refutations_per_month"].bars()) == 3  # January, February, March


def test_period_switch_and_comparison_with_the_previous_period(qtbot, window, fixture_db):
    tab = open_dashboard(qtbot, window)
    tab.period.compare.setChecked(True)
    wait_period(qtbot, tab, compare=True)
    # The 90 days before: case D was refuted on 31 December, so one refuted fake then, two now.
    before, after = stats.previous_period(*tab.bounds())
    assert stats.dashboard(fixture_db, before, after, ALMATY).refutations.total == 1
    assert tab.headline.delta_text("fig_refuted") == "▲ +1"
    assert tab.headline.delta_text("fig_violations") == "▲ +5"
    assert "compared with 03.10.2024 – 31.12.2024" in tab.headline.period.text()
    # Year to date, on the fixture's clock (1 June 2025): C, refuted at 00:00 on 1 April, now counts.
    tab.period.set_period("year")
    wait_period(qtbot, tab, compare=True)
    assert tab.period.days() == (dt.date(2025, 1, 1), dt.date(2025, 6, 1))
    assert tab.headline.value_text("fig_refuted") == "3"
    assert tab.headline.value_text("fig_violations") == "6"
    tab.period.set_period("quarter")
    tab.period.compare.setChecked(False)
    wait_period(qtbot, tab, compare=False)
    assert tab.period.days() == (dt.date(2025, 4, 1), dt.date(2025, 6, 1))
    assert tab.headline.value_text("fig_refuted") == "1"
    assert tab.headline.delta_text("fig_refuted") == ""
    # Hidden, the tab only notes that its figures are stale; opening it recounts.
    window.tabs.setCurrentIndex(0)
    tab.refresh()
    assert tab.data_stale
    window.tabs.setCurrentWidget(tab)
    assert not tab.data_stale


def test_charts_export_png_and_svg_and_tables_export_csv(qtbot, window, tmp_path, monkeypatch):
    tab = open_dashboard(qtbot, window)
    panel = tab.charts.panels["refutations_per_month"]
    png = panel.export(tmp_path / "month.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert QImage(str(png)).width() == 1125  # print size: 7.5 in at 150 dpi, whatever the window's width
    svg = panel.export(tmp_path / "month.svg")
    assert "<svg" in svg.read_text(encoding="utf-8") and "Fakes refuted per month" in svg.read_text(encoding="utf-8")
    # The same through the chart's menu, as the analyst does it.
    monkeypatch.setattr("workstation.ui.dashboard.chart_panel.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "violations"), ""))
    tab.charts.panels["violations_by_type"].svg_action.trigger()
    assert (tmp_path / "violations.svg").exists()
    assert "violations.svg" in window.statusBar().currentMessage()
    # Tables in the interface language, as UTF-8 with a BOM so that Excel reads the Cyrillic.
    window.switch_language("ru")
    qtbot.waitUntil(lambda: tab.data["charts_lang"] == "ru", timeout=5000)  # redrawn off the UI thread
    title = tab.charts.panels["refutations_per_month"].canvas.figure.get_suptitle()
    assert title == t("chart_refutations_month", "ru")
    table = tab.tables.tables["fakes_by_category"]
    assert table.header[0] == t("col_category", "ru")
    path = table.export(tmp_path / "categories.csv")
    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [[t("col_category", "ru"), t("col_refuted", "ru"), t("col_cases", "ru")], ["Вред 5G", "1", "1"],
                    ["Выплаты", "1", "2"]]
    assert rows[0][1] == "Опровергнуто"
    with tab.tables.tables["state_bodies"].export(tmp_path / "bodies.csv").open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle))[1][0] == "МИОР"


def test_a_month_bar_opens_its_cases_and_a_language_bar_the_items(qtbot, window, fixture_db):
    tab = open_dashboard(qtbot, window)
    panel = tab.charts.panels["refutations_per_month"]
    panel.canvas.draw()
    # A real click on the March bar, through matplotlib's pick event.
    bar = panel.bars()[2]
    box = bar.get_window_extent()
    ratio = panel.canvas.devicePixelRatioF()
    point = QPoint(int((box.x0 + box.x1) / 2 / ratio), int(panel.canvas.height() - (box.y0 + box.y1) / 2 / ratio))
    qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: tab.drill.dialog is not None and tab.drill.dialog.isVisible(), timeout=5000)
    dialog = tab.drill.dialog
    assert [r["title"] for r in dialog.records] == ["B"]  # refuted at 23:59 on 31 March; C is in April
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.cases_tab.detail.case is not None, timeout=5000)
    assert window.tabs.currentWidget() is window.cases_tab
    assert window.cases_tab.detail.case["title"] == "B"
    # A violation type lists its violations.
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.data is not None)
    tab.charts.panels["violations_by_type"].pick(0)
    qtbot.waitUntil(lambda: tab.drill.dialog is not dialog and tab.drill.dialog.isVisible(), timeout=5000)
    assert len(tab.drill.dialog.records) == 3
    tab.drill.dialog.close()
    # The Russian bar of items per language: the Items tab, filtered to Russian.
    items = window.items_tab
    index = list(tab.data["figures"].items.by_language).index("ru")
    tab.charts.panels["items_per_language"].pick(index)
    assert window.tabs.currentIndex() == 0
    assert items.filters.language.currentData() == "ru"
    qtbot.waitUntil(lambda: items.model.rowCount() == 2 and not items.model.loading, timeout=5000)
    # A source bar: that source's items.
    window.tabs.setCurrentWidget(tab)
    tab.charts.panels["items_per_source"].pick(0)
    assert items.sources.current_node() == ("source", 1) and items.filters.language.currentData() == ""
    qtbot.waitUntil(lambda: items.model.rowCount() == 2 and not items.model.loading, timeout=5000)


def test_briefings_and_plan_are_logged_imported_marked_and_counted(qtbot, window, fixture_db, tmp_path):
    tab = open_dashboard(qtbot, window)
    plan = tab.plan
    assert len(plan.briefing_rows) == 2 and len(plan.plan_rows) == 3
    plan.add_briefing({"held_at": local("2025-03-10 11:00"), "state_body": "Минздрав", "speakers": "",
                       "topics": "Вакцинация", "url": ""})
    qtbot.waitUntil(lambda: tab.headline.value_text("fig_briefings") == "3", timeout=5000)
    source = tmp_path / "plan.csv"
    source.write_text("planned_date;state_body;topic;channel;status\n2025-03-20;Әкімдік;Су тасқыны;TV;planned\n"
                      "not a date;X;Y;;planned\n", encoding="utf-8-sig")
    plan.import_csv("plan", str(source))
    qtbot.waitUntil(lambda: len(plan.plan_rows) == 4, timeout=5000)
    assert plan.last_import.added == 1 and len(plan.last_import.errors) == 1
    assert any(row["topic"] == "Су тасқыны" for row in plan.plan_rows)
    event = next(row["id"] for row in plan.plan_rows if row["topic"] == "Су тасқыны")
    plan.mark("moved", event)
    qtbot.waitUntil(lambda: "0 moved" not in plan.plan_summary.text(), timeout=5000)
    assert "1 moved" in plan.plan_summary.text()
    assert [e["status"] for e in media_plan.list_plan(fixture_db) if e["id"] == event] == ["moved"]


def test_pdf_summary_through_the_tab_and_a_screenshot(qtbot, window, fixture_db, tmp_path):
    tab = open_dashboard(qtbot, window)
    out = tmp_path / "summary.pdf"
    with qtbot.waitSignal(tab.pdfFinished, timeout=15000):
        tab.export_pdf(out, "kk")
    assert "summary.pdf" in window.statusBar().currentMessage()
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert t("report_title", "kk") in text
    assert "01.01.2025" in text and "31.03.2025" in text
    # A failure is reported in the status bar, not raised.
    with qtbot.waitSignal(tab.pdfFailed, timeout=15000):
        tab.export_pdf(tmp_path / "missing-folder" / "summary.pdf", "ru")
    assert "not saved" in window.statusBar().currentMessage()
    # What the analyst sees: many colours (charts, cards, text), not a blank window.
    shot = tmp_path / "dashboard.png"
    window.resize(1360, 860)
    qtbot.wait(50)
    assert window.grab().save(str(shot))
    image = QImage(str(shot))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 100


@pytest.mark.sqlite_only("another program (a SQLite client) damages a record in the workspace file")
def test_figures_that_cannot_be_computed_say_why_in_place_and_hide_the_last_periods(qtbot, window, fixture_db,
                                                                                   db_path):
    import sqlite3

    tab = open_dashboard(qtbot, window)
    assert tab.body.isVisible() and not tab.problem.isVisible()
    with sqlite3.connect(db_path) as other_program:
        notice = other_program.execute("SELECT min(id) FROM notices WHERE outcome = 'removed'").fetchone()[0]
        other_program.execute("UPDATE notices SET resolved_at = 'abc' WHERE id = ?", [notice])
    tab.period.set_custom(FIRST, dt.date(2025, 2, 28))  # another period: its figures cannot be computed
    qtbot.waitUntil(tab.problem.isVisible, timeout=10000)
    assert tab.problem.text().startswith(f"the figures were not computed: notices #{notice} holds in resolved_at")
    assert not tab.body.isVisible()  # the first quarter's figures are not left standing under February's dates
    with sqlite3.connect(db_path) as other_program:  # restored: the figures come back, the message goes
        other_program.execute("UPDATE notices SET resolved_at = ? WHERE id = ?", [local("2025-02-10 12:00"), notice])
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.problem.isVisible(), timeout=10000)
    assert tab.body.isVisible() and tab.data["until"] == stats.period_bounds(FIRST, dt.date(2025, 2, 28), ALMATY)[1]
