"""The tables of the period: fakes by category, violations by type, state bodies, briefings, items."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from workstation.reports.text import number, percent, t
from workstation.ui.dashboard.tables import DataTable

TABLES = ("fakes_by_category", "violations_by_type", "state_bodies", "briefings_by_body", "items_per_source",
          "items_per_language")


class TablesPage(QScrollArea):
    exported = Signal(str)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.tables = {name: DataTable(name) for name in TABLES}
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        inner = QWidget()
        grid = QGridLayout()
        # Two to a row; the state bodies' table has four long headings and gets a row of its own.
        places = {"fakes_by_category": (0, 0, 1), "violations_by_type": (0, 1, 1), "state_bodies": (1, 0, 2),
                  "briefings_by_body": (2, 0, 1), "items_per_language": (2, 1, 1), "items_per_source": (3, 0, 1)}
        for name, table in self.tables.items():
            table.exported.connect(self.exported)
            table.failed.connect(self.failed)
            row, column, span = places[name]
            grid.addWidget(table, row, column, 1, span, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.origin)
        layout.addLayout(grid)
        layout.addStretch()
        self.setWidget(inner)

    def retranslate(self) -> None:
        for table in self.tables.values():
            table.retranslate()

    def show_figures(self, figures: dict[str, Any], lang: str, names: Callable[[str], str]) -> None:
        none = t("none_rows", lang)
        r, v = figures["refutations"], figures["violations"]
        categories = dict.fromkeys([*r["by_category"], *figures["fakes_by_category"]])
        self.tables["fakes_by_category"].show_rows(
            t("table_categories", lang), [t("col_category", lang), t("col_refuted", lang), t("col_cases", lang)],
            [[names(k), r["by_category"].get(k, 0), figures["fakes_by_category"].get(k, 0)] for k in categories], none)
        total = v["total"] or 1
        share = self.tr("phishing and fraud: {0}").format(percent(v["phishing_share"]))
        self.tables["violations_by_type"].show_rows(
            t("table_violations", lang) + " · " + share,
            [t("col_type", lang), t("col_count", lang), t("col_share", lang)],
            [[names(k), c, percent(c / total)] for k, c in v["by_type"].items()], none)
        self.tables["state_bodies"].show_rows(
            t("state_bodies", lang), [t("col_state_body", lang), t("col_publications", lang),
                                      t("col_refutations", lang), t("col_golden", lang)],
            [[s["state_body"], s["publications"], s["refutations"], f"{s['answered_in_time']} / {s['resonant_cases']}"]
             for s in figures["state_bodies"]], none)
        self.tables["briefings_by_body"].show_rows(
            self.tr("Briefings by state body"), [t("col_state_body", lang), t("col_briefings", lang)],
            [[body or "—", count] for body, count in figures["briefings"]["briefings_by_body"].items()], none)
        self.tables["items_per_source"].show_rows(
            self.tr("Items per source"), [self.tr("Source"), t("col_count", lang)],
            [[row["source"], row["count"]] for row in figures["items"]["by_source"]], none)
        self.tables["items_per_language"].show_rows(
            t("chart_items_language", lang), [self.tr("Language"), t("col_count", lang)],
            [[t(f"lang_{k}", lang) if k in ("kk", "ru", "en", "other") else k, c]
             for k, c in figures["items"]["by_language"].items()], none)
        origin = figures["media_origin"]
        self.origin.setText(t("media_origin", lang, domestic=number(origin["domestic"]),
                              foreign=number(origin["foreign"]), share=percent(origin["domestic_share"])))
