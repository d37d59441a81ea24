"""The tables of the period: fakes by category, violations by type, state bodies, briefings, items."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from workstation.core.figures.model import Figures
from workstation.reports import tables
from workstation.reports.text import number, percent, t
from workstation.ui.dashboard.tables import DataTable

TABLES = ("fakes_by_category", "violations_by_type", "state_bodies", "briefings_by_body", "items_per_source",
          "items_per_language", "platforms", "fakes_by_source_category")


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
                  "briefings_by_body": (2, 0, 1), "items_per_language": (2, 1, 1), "items_per_source": (3, 0, 1),
                  "fakes_by_source_category": (3, 1, 1), "platforms": (4, 0, 2)}
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

    def show_figures(self, figures: Figures, lang: str) -> None:
        """The tables of the period, worded in ``lang``; the rows the PDF shows too come from reports.tables."""
        none = t("none_rows", lang)
        self.tables["fakes_by_category"].show_rows(
            t("table_categories", lang), [t("col_category", lang), t("col_refuted", lang), t("col_cases", lang)],
            tables.category_rows(figures, lang), none)
        share = self.tr("phishing and fraud: {0}").format(percent(figures.violations.phishing_share, lang))
        self.tables["violations_by_type"].show_rows(
            t("table_violations", lang) + " · " + share,
            [t("col_type", lang), t("col_count", lang), t("col_share", lang)],
            tables.violation_type_rows(figures, lang), none)
        self.tables["state_bodies"].show_rows(
            t("state_bodies", lang), [t("col_state_body", lang), t("col_publications", lang),
                                      t("col_refutations", lang), t("col_golden", lang)],
            tables.state_body_rows(figures), none)
        self.tables["briefings_by_body"].show_rows(
            self.tr("Briefings by state body"), [t("col_state_body", lang), t("col_briefings", lang)],
            tables.briefing_rows(figures), none)
        self.tables["items_per_source"].show_rows(
            self.tr("Items per source"), [self.tr("Source"), t("col_count", lang)],
            [[row.source, row.count] for row in figures.items.by_source], none)
        self.tables["items_per_language"].show_rows(
            t("chart_items_language", lang), [self.tr("Language"), t("col_count", lang)],
            tables.language_rows(figures, lang), none)
        self.tables["platforms"].show_rows(
            self.tr("Notices per platform representative"),
            [self.tr("Platform"), self.tr("Notices"), self.tr("Removed in time"),
             self.tr("Median hours to removal")], tables.platform_rows(figures, lang), none)
        categories = {"media": self.tr("Media"), "social": self.tr("Social networks"),
                      "messenger": self.tr("Messengers"), "state body": self.tr("State bodies")}
        self.tables["fakes_by_source_category"].show_rows(
            self.tr("Fakes by source category"), [self.tr("Source category"), self.tr("Fake cases")],
            tables.source_category_rows(figures, categories), none)
        origin = figures.media_origin
        self.origin.setText(t("media_origin", lang, domestic=number(origin.domestic, lang),
                              foreign=number(origin.foreign, lang),
                              share=percent(origin.domestic_share, lang)))
