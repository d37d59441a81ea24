"""From a bar to its records: a month or category opens the list of its cases, a violation type its
violations, a source or language bar the Items tab filtered to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from workstation.core.figures import drilldown as records
from workstation.reports.charts import NOTICE_OUTCOMES
from workstation.reports.text import namer, t
from workstation.ui.dashboard.dialogs import RecordsDialog

GOLDEN_ANSWERS = ("in_time", "late", "pending")  # the golden-hour chart's bars, in order


class DrillDown(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.window_ = tab.window_
        self.dialog: RecordsDialog | None = None

    def bar_picked(self, chart: str, index: int) -> None:
        data = self.tab.data
        if data is None:
            return
        figures, since, until, tz = data["figures"], data["since"], data["until"], data["tz"]
        lang = self.window_.lang()
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
        self.window_.runner.read(task, lambda rows: self._show(title, rows, tz), self.window_.show_error)

    def _show(self, title: str, rows: list[dict], tz) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = RecordsDialog(self.window_, title, rows, tz)
        self.dialog.opened.connect(self.open_record)
        self.dialog.setModal(False)
        self.dialog.show()

    def open_record(self, kind: str, record_id: int) -> None:
        window = self.window_
        if kind == "case":
            window.cases_tab.show_case(record_id)
            return
        window.violations_tab.show_violation(record_id)

    def show_items(self, *, source_id: int | None = None, lang: str | None = None) -> None:
        """The Items tab with the source (and every language) or the language (and every source)."""
        window = self.window_
        combo = window.filters.language
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(lang or "")))
        combo.blockSignals(False)
        node = ("source", source_id) if source_id is not None else ("all", None)
        window.tabs.setCurrentIndex(0)
        if window.sources.current_node() == node:
            window.apply_filter()
        else:
            window.sources.select_node(node)  # the pane's selection signal applies the filter
