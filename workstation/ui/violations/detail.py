"""One violation in detail: its record, notes, evidence with the "intact" check, notices, restrictions, history.

The buttons for the workflow live in the tab; what the core refuses (an illegal transition, escalating before a
notice's deadline) is shown here as the core's message, in the interface language.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from workstation.core import clock
from workstation.core.items.tags import tag_name
from workstation.core.urls import defang
from workstation.core.violations import directory
from workstation.ui.context import TabContext
from workstation.ui.history import HistoryTable
from workstation.ui.tables import fill_table, record_table
from workstation.ui.violations.captures_view import CapturesView
from workstation.ui.violations.labels import action_label, method_label, outcome_label, status_label

TAMPERED = QColor("#b3261e")


class ViolationDetail(QWidget):
    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.context = context
        self.violation: dict | None = None
        self.header = QLabel()
        self.header.setObjectName("violation_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setOpenExternalLinks(False)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("violation_message")
        self.message.setWordWrap(True)
        self.evidence = record_table(4)
        self.notices = record_table(6)
        self.restrictions = record_table(4)
        self.history = HistoryTable(context, status_label=status_label, action_label=action_label,
                                    value_labels={"method": method_label, "outcome": outcome_label})
        self.pages = QTabWidget()
        for page in (self.evidence, self.notices, self.restrictions, self.history):
            self.pages.addTab(page, "")
        self.captures = CapturesView(context, TAMPERED)  # the page as captured, and whether it is still online
        self.pages.addTab(self.captures, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def retranslate(self) -> None:
        titles = (self.tr("Evidence"), self.tr("Notices"), self.tr("Access restrictions"), self.tr("History"))
        for index, title in enumerate(titles):
            self.pages.setTabText(index, title)
        self.pages.setTabText(self.pages.indexOf(self.captures), self.tr("Page captures"))
        self.captures.retranslate()
        self.evidence.setHorizontalHeaderLabels([self.tr("Captured"), self.tr("Address (defanged)"),
                                                 self.tr("SHA-256"), self.tr("Intact")])
        self.notices.setHorizontalHeaderLabels([self.tr("Sent"), self.tr("Recipient"), self.tr("Method"),
                                                self.tr("Deadline"), self.tr("Outcome"), self.tr("Resolved")])
        self.restrictions.setHorizontalHeaderLabels([self.tr("Requested"), self.tr("Order reference"),
                                                     self.tr("Ordered"), self.tr("Lifted")])
        self.history.retranslate()
        if self.violation:
            self.show_violation(self.violation)
        else:
            self.header.setText(html.escape(self.tr("Select a violation to see its record.")))

    def clear(self) -> None:
        self.violation = None
        self.message.clear()
        self.header.setText(html.escape(self.tr("Select a violation to see its record.")))
        for table in (self.evidence, self.notices, self.restrictions, self.history):
            table.setRowCount(0)
        self.captures.clear()

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b3261e")
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def open_notice(self) -> dict | None:
        pending = [n for n in (self.violation or {}).get("notices", []) if n["outcome"] == "pending"]
        return pending[-1] if pending else None

    def show_violation(self, violation: dict) -> None:
        self.violation = violation
        lang = self.context.lang()
        tags = self.context.taxonomy.by_id()
        vtype = tag_name(tags[violation["type_tag_id"]], lang) if violation["type_tag_id"] in tags else ""
        basis = violation["basis_names"].get(lang) or violation["basis_names"].get("en", "")
        fields = [
            (self.tr("Status"), status_label(violation["status"])),
            (self.tr("Type"), vtype),
            (self.tr("Domain"), violation["domain"]),
            (self.tr("Host"), violation["host"]),
            (self.tr("Platform"), directory.platform_name(violation["platform"], lang) if violation["platform"]
             else self.tr("(not in the platform directory)")),
            (self.tr("Target organisation"), violation["target_organisation"]),
            (self.tr("Legal basis"), basis),
            (self.tr("Detected at"), clock.local_text(violation["detected_at"])),
            (self.tr("Recorded by"), violation["analyst"]),
        ]
        if violation["removed_in_time"] is not None:
            fields.append((self.tr("Removed in time"), self.tr("yes") if violation["removed_in_time"] else
                           self.tr("no")))
        if violation["closed_reason"]:
            fields.append((self.tr("Reason for closing"), violation["closed_reason"]))
        rows = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v or '—')}</td></tr>"
                       for k, v in fields)
        notes_label = self.tr("Notes")
        notes = (f"<p><b>{html.escape(notes_label)}:</b> {html.escape(violation['notes'])}</p>"
                 if violation["notes"] else "")
        # The address as text in <code>, never an <a>: a phishing link must not be one click away.
        self.header.setText(f"<h3><code>{html.escape(violation['url_defanged'])}</code></h3>"
                            f"<table>{rows}</table>{notes}")
        shown = clock.local_text  # an empty time (not resolved, not lifted) shows as an empty cell
        fill_table(self.evidence, [[shown(e["captured_at"]), defang(e["url"] or ""), e["sha256"][:16] + "…",
                                    self.tr("yes") if e["intact"] else self.tr("TAMPERED")]
                                   for e in violation["evidence"]])
        for row, record in enumerate(violation["evidence"]):
            if not record["intact"]:
                self.evidence.item(row, 3).setForeground(QBrush(TAMPERED))
        # The sending time with the outgoing number, as the letter states them.
        fill_table(self.notices, [[shown(n["sent_at"]) + (f" · № {n['number']}" if n.get("number") else ""),
                                   directory.platform_name(n["recipient"] or "", lang),
                                   method_label(n["method"]),
                                   shown(n["deadline_at"]), outcome_label(n["outcome"]), shown(n["resolved_at"])]
                                  for n in violation["notices"]])
        fill_table(self.restrictions, [[shown(r["requested_at"]), r["order_ref"] or "", shown(r["ordered_at"]),
                                        shown(r["lifted_at"])] for r in violation["restrictions"]])
        self.history.show_entries(violation["history"])
        self.captures.show_violation(violation)
