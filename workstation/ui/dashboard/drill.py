"""From a bar to its records: a month or category opens the list of its cases, a violation type its
violations, a source or language bar the Items tab filtered to it.

Opening a record or the items is a request (a signal the tab passes on): the window hands it to the tab that
shows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from workstation.core.figures import drilldown as records
from workstation.reports.charts import NOTICE_OUTCOMES
from workstation.reports.text import namer, t
from workstation.ui.dashboard.dialogs import RecordsDialog
from workstation.ui.tasks import Newest

GOLDEN_ANSWERS = ("in_time", "late", "pending")  # the golden-hour chart's bars, in order


class DrillDown(QObject):
    caseRequested = Signal(int)
    violationRequested = Signal(int)
    itemsRequested = Signal(object, str)  # a source id or None, a language code or "" (every language)

    def __init__(self, tab) -> None:
        """``tab``: the Statistics tab, whose ``data`` (the figures on screen) the bars stand for."""
        super().__init__(tab)
        self.loading = Newest()
        self.tab = tab
        self.context = tab.context
        self.dialog: RecordsDialog | None = None

    def bar_picked(self, chart: str, index: int) -> None:
        data = self.tab.data
        if data is None:
            return
        figures, since, until, tz = data["figures"], data["since"], data["until"], data["tz"]
        lang = self.context.lang()
        names = namer(figures, lang)
        if chart == "refutations_per_month":
            month = figures.refutations.per_month[index].month
            self._records(self.tr("Fakes refuted in {0}").format(month),
                          lambda db, _c: records.refuted_cases(db, since, until, tz, month))
        elif chart == "fakes_by_category":
            key = list(figures.fakes_by_category)[index]
            self._records(t("chart_fakes_category", lang) + ": " + names(key),
                          lambda db, _c: records.cases_in_category(db, since, until, key))
        elif chart == "violations_by_type":
            key = list(figures.violations.by_type)[index]
            self._records(self.tr("Violations: {0}").format(names(key)),
                          lambda db, _c: records.violations_of_type(db, since, until, key))
        elif chart == "notices":
            outcome = NOTICE_OUTCOMES[index]
            self._records(t("chart_notices", lang) + ": " + t(outcome, lang),
                          lambda db, _c: records.notices_with_outcome(db, since, until, outcome))
        elif chart == "golden_hour":
            answer = GOLDEN_ANSWERS[index]
            label = {"in_time": "answered_in_time", "late": "answered_late", "pending": "pending"}[answer]
            self._records(t("chart_golden", lang) + ": " + t(label, lang),
                          lambda db, _c: records.resonant_cases(db, since, until, answer))
        elif chart == "items_per_source":
            self.show_items(source_id=figures.items.by_source[index].source_id)
        elif chart == "items_per_language":
            self.show_items(lang=list(figures.items.by_language)[index])
        elif chart == "top_sources_of_fakes":
            source_id = figures.top_sources_of_fakes[index].source_id
            if source_id is not None:
                self.show_items(source_id=source_id)

    def _records(self, title: str, task: Callable[[Any, Any], list[dict]]) -> None:
        tz = self.tab.data["tz"]
        self.context.runner.read(task, lambda rows: self._show(title, rows, tz), self.context.notifier.error,
                                 newest=self.loading)

    def _show(self, title: str, rows: list[dict], tz) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = RecordsDialog(self.tab.window(), title, rows, tz)
        self.dialog.opened.connect(self.open_record)
        self.dialog.setModal(False)
        self.dialog.show()

    def open_record(self, kind: str, record_id: int) -> None:
        if kind == "case":
            self.caseRequested.emit(record_id)
            return
        self.violationRequested.emit(record_id)

    def show_items(self, *, source_id: int | None = None, lang: str | None = None) -> None:
        """The Items tab with the source (and every language) or the language (and every source)."""
        self.itemsRequested.emit(source_id, lang or "")
