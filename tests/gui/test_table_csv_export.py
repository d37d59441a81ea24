"""The dashboard's "Export CSV…" writes feed titles as text, never as spreadsheet formulas."""

from __future__ import annotations

import csv

from workstation.ui.dashboard.tables import DataTable


def test_a_table_export_neutralises_formula_cells(qtbot, tmp_path):
    table = DataTable("sources")
    qtbot.addWidget(table)
    table.show_rows("Sources", ["Source", "Items"], [['=HYPERLINK("http://evil.kz","Курс")', 3], ["@cmd", 1],
                                                     ["Tengri", -2], [None, 0]])
    path = table.export(tmp_path / "sources.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["Source", "Items"], ['\'=HYPERLINK("http://evil.kz","Курс")', "3"], ["'@cmd", "1"],
                    ["Tengri", "-2"], ["", "0"]]
