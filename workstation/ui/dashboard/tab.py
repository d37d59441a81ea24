"""The Statistics tab: the period on top, the headline figures, then charts, tables, briefings and the plan.

Figures are computed by the core (stats.dashboard) in a background read; the charts are the report's own
matplotlib figures (reports.charts), drawn in Qt canvases on the UI thread when the figures arrive, so the
screen and the PDF show the same thing. The PDF itself is built in a long job.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.core import clock
from workstation.core.figures import activity, stats, summary
from workstation.reports.text import t
from workstation.ui.context import TabContext
from workstation.ui.dashboard.charts_page import ChartsPage
from workstation.ui.dashboard.dialogs import PdfDialog
from workstation.ui.dashboard.drill import DrillDown
from workstation.ui.dashboard.figures import build_charts, load_task
from workstation.ui.dashboard.headline import HeadlineView
from workstation.ui.dashboard.period_bar import PeriodBar
from workstation.ui.dashboard.plan_page import PlanPage
from workstation.ui.dashboard.tables_page import TablesPage
from workstation.ui.files import remember_folder, suggested_path
from workstation.ui.i18n import describe


def zone_name(tz: dt.tzinfo) -> str:
    """'Asia/Almaty' for a named zone, else what the machine calls its zone ('+05', 'UTC')."""
    return getattr(tz, "key", None) or dt.datetime.now(tz).tzname() or str(tz)


def _day(iso: str, tz: dt.tzinfo) -> str:
    return clock.local_text(iso, clock.DOCUMENT_DATE, tz)  # the PDF's order, as the period reads there


def _date(day: dt.date) -> str:
    return _day(clock.to_iso(dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)), dt.UTC)


def _last_day(until: str, tz: dt.tzinfo) -> str:
    return _day(clock.to_iso(clock.from_iso(until) - dt.timedelta(seconds=1)), tz)


class DashboardTab(QWidget):
    loaded = Signal()  # figures of the chosen period are on screen
    pdfFinished = Signal(str)  # noqa: N815 - Qt-style signal names, like the window's
    pdfFailed = Signal(object)  # noqa: N815
    # What a bar opens (see drill.py); the window hands each to the tab that shows it and brings that tab forward.
    caseRequested = Signal(int)  # a case, in the Fake cases tab
    violationRequested = Signal(int)  # a violation, in the Violations tab
    itemsRequested = Signal(object, str)  # the Items tab filtered to a source id (or None) and a language (or "")

    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.context = context
        self.tz: dt.tzinfo = stats.zone()
        self.data: dict[str, Any] | None = None
        self._generation = 0
        self.period = PeriodBar()
        self.period.changed.connect(self.refresh)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.headline = HeadlineView()
        # An empty period says so and offers the nearest period with something to report.
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.nearest_button = QPushButton()
        self.nearest_button.setObjectName("nearest_period")
        self.nearest_button.clicked.connect(self._show_nearest)
        self.nearest: tuple[dt.date, dt.date] | None = None
        self.empty_bar = QFrame()
        self.empty_bar.setObjectName("empty_period")
        self.empty_bar.setStyleSheet("QFrame#empty_period { background: #fff4ce; border: 1px solid #e0c060; }")
        empty_layout = QHBoxLayout(self.empty_bar)
        empty_layout.setContentsMargins(8, 4, 8, 4)
        empty_layout.addWidget(self.empty_text, 1)
        empty_layout.addWidget(self.nearest_button)
        self.empty_bar.setVisible(False)
        # Figures that could not be computed say why in place (a record another program damaged, named), and the
        # figures of the period shown before are hidden: read under the new period, they would be wrong.
        self.problem = QLabel()
        self.problem.setObjectName("figures_problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet("QLabel#figures_problem { background: #fde7e9; border: 1px solid #d13438; "
                                   "padding: 4px 8px; }")
        self.problem.setVisible(False)
        self._period_chosen = False  # the first opening chooses the last period with data
        self.charts = ChartsPage()
        self.tables = TablesPage()
        self.plan = PlanPage(context)
        self.plan.changed.connect(self.refresh)
        self.drill = DrillDown(self)
        self.charts.picked.connect(self.drill.bar_picked)
        self.drill.caseRequested.connect(self.caseRequested)
        self.drill.violationRequested.connect(self.violationRequested)
        self.drill.itemsRequested.connect(self.itemsRequested)
        for page in (self.charts, self.tables):
            page.exported.connect(lambda path: self._status(self.tr("Saved: {0}").format(path)))
            page.failed.connect(lambda err: self._status(describe(err)))
        self.pages = QTabWidget()
        self.pages.addTab(self.charts, "")
        self.pages.addTab(self.tables, "")
        self.pages.addTab(self.plan, "")
        top = QHBoxLayout()
        top.addWidget(self.period, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.pdf_button)
        # The headline scrolls and gives way to the pages on a short screen (a 1366×768 laptop at 150 %).
        headline_area = QScrollArea()
        headline_area.setWidgetResizable(True)
        headline_area.setFrameShape(QFrame.Shape.NoFrame)
        headline_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        headline_area.setWidget(self.headline)
        self.body = body = QSplitter(Qt.Orientation.Vertical)
        body.setChildrenCollapsible(False)
        body.addWidget(headline_area)
        body.addWidget(self.pages)
        body.setStretchFactor(0, 0)
        body.setStretchFactor(1, 1)
        body.setSizes([self.headline.sizeHint().height(), 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_bar)
        layout.addWidget(self.problem, 0, Qt.AlignmentFlag.AlignTop)  # its own height, the figures hidden below
        layout.addWidget(body, 1)
        # Figures are gathered when the tab is opened (and after each change), not while it is hidden: the
        # records change in the other tabs, so opening this one always recounts (see showEvent).
        self.data_stale = True
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not event.spontaneous():  # the tab was opened; not the window coming back from the taskbar
            self.refresh()

    def retranslate(self) -> None:
        self.period.retranslate()
        self.refresh_button.setText(self.tr("Refresh"))
        self.pdf_button.setText(self.tr("Export PDF summary…"))
        self.pdf_button.setToolTip(self.tr("The summary for the chosen period, in Kazakh, Russian or English"))
        self.pages.setTabText(0, self.tr("Charts"))
        self.pages.setTabText(1, self.tr("Tables"))
        self.pages.setTabText(2, self.tr("Briefings and media plan"))
        if self.empty_bar.isVisible():
            self._show_empty(True)
        self.charts.retranslate()
        self.tables.retranslate()
        self.plan.retranslate()
        if self.data is not None:
            self._show()  # the charts and the report's wording follow the interface language

    # --- the period -----------------------------------------------------------------------------------------
    def set_zone(self, tz: dt.tzinfo) -> None:
        """The zone whose whole days make up periods (the machine's by default)."""
        self.tz = tz
        self.refresh()

    def bounds(self) -> tuple[str, str]:
        first, last = self.period.days()
        return stats.period_bounds(first, last, self.tz)

    def refresh(self) -> None:
        """Recount the period; while the tab is hidden (another tab shown), only remember to recount when it opens."""
        if not self.isVisible():
            self.data_stale = True
            return
        self.data_stale = False
        today = clock.now().astimezone(self.tz).date()
        self.period.set_today(today)
        if not self._period_chosen:
            self._choose_first_period(today)
            return
        since, until = self.bounds()
        self._generation += 1
        generation = self._generation
        self.context.runner.read(load_task(since, until, self.tz, self.period.compare.isChecked(), self.context.lang()),
                                 lambda data: self._arrived(generation, data),
                                 lambda error: self._not_computed(generation, error))

    def _choose_first_period(self, today: dt.date) -> None:
        """Open on the year so far when it has anything to report, else on the last month that has."""
        tz, generation = self.tz, self._generation
        self._period_chosen = True  # once: afterwards the period is the analyst's

        def chosen(period: tuple[str, dt.date, dt.date]) -> None:
            if generation == self._generation:  # unless the analyst has chosen a period meanwhile
                self.period.show_days(*period)  # its change signal recounts

        def failed(error: object) -> None:
            self.context.notifier.error(error)
            self.refresh()

        self.context.runner.read(lambda db, _c: activity.last_period_with_data(db, tz, today), chosen, failed)

    def _not_computed(self, generation: int, error: object) -> None:
        if generation != self._generation:
            return
        self.problem.setText(describe(error))
        self.problem.setVisible(True)
        self.body.setVisible(False)
        self.empty_bar.setVisible(False)

    def _arrived(self, generation: int, data: dict[str, Any]) -> None:
        if generation != self._generation:
            return  # the analyst chose another period meanwhile
        self.problem.setVisible(False)
        self.body.setVisible(True)
        first_figures = self.data is None
        self.data = data
        self._show()
        if first_figures:  # the headline whole when the screen has room for it, the pages get the rest
            total = sum(self.body.sizes())
            self.headline.layout().activate()
            wanted = self.headline.layout().totalHeightForWidth(self.headline.width())
            self.body.setSizes([min(wanted + 2, total * 2 // 3), max(total - wanted - 2, total // 3)])
        self._check_empty(generation)
        self.loaded.emit()

    def _check_empty(self, generation: int) -> None:
        (first, last), tz, today = self.period.days(), self.tz, self.period.today
        since, until = stats.period_bounds(first, last, tz)

        def task(db, _ctx):
            if activity.has_data(db, since, until):
                return False, None
            return True, activity.nearest_period_with_data(db, first, last, tz, today)

        def checked(result: tuple[bool, tuple[dt.date, dt.date] | None]) -> None:
            if generation == self._generation:
                empty, self.nearest = result
                self._show_empty(empty)

        self.context.runner.read(task, checked, self.context.notifier.error)

    def _show_empty(self, empty: bool) -> None:
        self.empty_bar.setVisible(empty)
        if not empty:
            return
        text = self.tr("Nothing to report in this period: no case, violation, notice, refutation or briefing.")
        if self.nearest is None:
            self.empty_text.setText(text)
            self.nearest_button.setVisible(False)
            return
        first, last = self.nearest
        self.empty_text.setText(text + " " + self.tr("The nearest period with data: {0} – {1}.").format(
            _date(first), _date(last)))
        self.nearest_button.setText(self.tr("Show {0} – {1}").format(_date(first), _date(last)))
        self.nearest_button.setVisible(True)

    def _show_nearest(self) -> None:
        if self.nearest is not None:
            self.period.show_days("month", *self.nearest)

    def _show(self) -> None:
        data, lang = self.data, self.context.lang()
        figures, tz = data["figures"], data["tz"]
        period = t("period", lang, start=_day(data["since"], tz), end=_last_day(data["until"], tz))
        if data["previous"] is not None:
            before, after = data["previous_period"]
            period += " · " + self.tr("compared with {0} – {1}").format(_day(before, tz), _last_day(after, tz))
        period += " · " + zone_name(tz)
        self.headline.show_figures(figures, data["previous"], lang, period, tz)
        self._show_charts()
        self.tables.show_figures(figures, lang)
        bodies = [s.state_body for s in figures.state_bodies] + list(figures.briefings.briefings_by_body)
        self.plan.show_rows(data["briefings"], data["plan"], figures.briefings, tz, lang, bodies)

    def _show_charts(self) -> None:
        data, lang = self.data, self.context.lang()
        if data["charts_lang"] == lang:
            self.charts.show_charts(data["charts"], data["figures"], lang)
            return
        # The interface language changed: the same figures, drawn again in the new language, off the UI thread.
        figures, generation = data["figures"], self._generation

        def redrawn(built: dict[str, Any]) -> None:
            if generation == self._generation and self.context.lang() == lang:
                data["charts"], data["charts_lang"] = built, lang
                self.charts.show_charts(built, figures, lang)

        self.context.runner.read(lambda _db, _ctx: build_charts(figures, lang), redrawn, self.context.notifier.error)

    # --- the PDF summary ------------------------------------------------------------------------------------
    def export_pdf(self, path: str | Path | None = None, lang: str | None = None) -> None:
        """Ask for a file and a language (unless given), then build the summary in a long job."""
        since, until = self.bounds()
        if path is None:
            first, last = self.period.days()
            default = Path(suggested_path(f"summary-{first.isoformat()}-{last.isoformat()}.pdf"))
            dialog = PdfDialog(self, default, self.context.lang())
            if dialog.exec() != PdfDialog.DialogCode.Accepted:
                return
            path, lang = dialog.values()
            if not path:
                return
            remember_folder(path)
        target, lang, tz = str(path), lang or self.context.lang(), self.tz
        name = zone_name(tz)
        self.pdf_button.setEnabled(False)
        self._status(self.tr("Building the PDF summary…"), 0)

        def job(db, _ctx):
            # fpdf (or python-docx, for a .docx name: the editable letter) loads when first asked for.
            if target.lower().endswith(".docx"):
                from workstation.reports.docx_letter import build_docx as build
            else:
                from workstation.reports.pdf import build_pdf as build

            # The figures are read in the job (the worker's connection), then written out without the workspace.
            build(summary.summary(db, since, until, tz), target, lang=lang, zone_name=name)
            return target

        self.context.runner.long_job(job, self._pdf_done, self._pdf_failed)

    def _pdf_done(self, path: str) -> None:
        self.pdf_button.setEnabled(True)
        self._status(self.tr("PDF summary saved: {0}").format(path))
        self.pdfFinished.emit(path)

    def _pdf_failed(self, error: object) -> None:
        self.pdf_button.setEnabled(True)
        self._status(self.tr("The PDF summary was not saved: {0}").format(describe(error)), 15000)
        self.pdfFailed.emit(error)

    def _status(self, text: str, timeout: int = 8000) -> None:
        self.context.notifier.status(text, timeout)
