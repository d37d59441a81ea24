"""One case in detail: its claim, status buttons, items, similar items, responses, evidence and history."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.core import clock
from workstation.core.cases import workflow as cases
from workstation.core.cases.workflow import TRANSITIONS
from workstation.core.errors import WorkstationError
from workstation.core.items import similar
from workstation.core.items.tags import tag_name
from workstation.core.urls import defang
from workstation.ui.cases.dialogs import ResponseDialog
from workstation.ui.cases.labels import action_label, channel_label, kind_label, status_label, transition_label
from workstation.ui.context import TabContext
from workstation.ui.flow_layout import FlowLayout
from workstation.ui.history import HistoryTable
from workstation.ui.i18n import describe
from workstation.ui.tables import fill_table, record_table
from workstation.ui.tasks import Newest


class CaseDetail(QWidget):
    changed = Signal(int)  # a case was changed: lists and clocks reload

    def __init__(self, context: TabContext, selected_items: Callable[[], list[dict[str, Any]]]) -> None:
        """``selected_items``: the items selected in the Items tab, which "add selected items" attaches."""
        super().__init__()
        self.loading = Newest()
        self.context = context
        self.selected_items = selected_items
        self.case: dict | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        # One row of buttons that wraps when the window is narrow (never widens it): the status moves first.
        self.buttons = FlowLayout()
        self.status_buttons: list[QPushButton] = []
        self.respond = QPushButton()
        self.respond.clicked.connect(self.add_response)
        self.resonant = QPushButton()
        self.resonant.clicked.connect(self.toggle_resonant)
        self.add_selected = QPushButton()
        self.add_selected.clicked.connect(self.attach_selected_items)
        self.items = record_table(["", "", "", "", ""])
        # Each attached item's role (a copy of the fake, a refutation, context), set from its context menu.
        self.items.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.items.customContextMenuRequested.connect(self.item_role_menu)
        self.similar = record_table(["", "", "", ""])
        self.attach = QPushButton()
        self.attach.clicked.connect(self.attach_similar)
        self.responses = record_table(["", "", "", "", ""])
        self.evidence = record_table(["", "", "", ""])
        self.history = HistoryTable(context, status_label=status_label, action_label=action_label,
                                    value_labels={"role": self.role_label, "channel": channel_label,
                                                  "kind": kind_label})
        similar_page = QWidget()
        similar_layout = QVBoxLayout(similar_page)
        similar_layout.addWidget(self.similar)
        similar_layout.addWidget(self.attach)
        self.pages = QTabWidget()
        for page in (self.items, similar_page, self.responses, self.evidence, self.history):
            self.pages.addTab(page, "")
        for button in (self.add_selected, self.resonant, self.respond):
            self.buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.pages)
        # With no case chosen: a short hint instead of empty tables and blank buttons.
        self.hint = QLabel()
        self.hint.setObjectName("case_hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.insertWidget(0, self.hint, 1)
        self.retranslate()
        self.set_empty(True)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Select a case in the list to see it here, or open a new one with “New case…” "
                                  "(Ctrl+Shift+N) from items selected in the Items tab."))
        self.respond.setText(self.tr("Record refutation…"))
        self.add_selected.setText(self.tr("Attach items selected in the list"))
        self.attach.setText(self.tr("Attach selected copies"))
        titles = (self.tr("Items"), self.tr("Similar items"), self.tr("Refutations"), self.tr("Evidence"),
                  self.tr("History"))
        for index, title in enumerate(titles):
            self.pages.setTabText(index, title)
        item_headers = [self.tr("Title"), self.tr("Source"), self.tr("Published"), self.tr("Role"), self.tr("Address")]
        self.items.setHorizontalHeaderLabels(item_headers)
        self.similar.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Source"), self.tr("Published"),
                                                self.tr("Similarity")])
        self.responses.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Published"), self.tr("Channel"),
                                                  self.tr("Published by"), self.tr("Address")])
        self.evidence.setHorizontalHeaderLabels([self.tr("Captured"), self.tr("Address"), self.tr("SHA-256"),
                                                 self.tr("Intact")])
        self.history.retranslate()
        if self.case:
            self.show_case(self.case)

    # --- loading ----------------------------------------------------------------------------------------------
    def load(self, case_id: int) -> None:
        def task(db, _ctx):
            return cases.case_detail(db, case_id), similar.similar_to_case(db, case_id)
        self.context.runner.read(task, self._arrived, self._failed, newest=self.loading)

    def _arrived(self, data) -> None:
        case, copies = data
        self.similar_rows = copies
        self.show_case(case)

    def _failed(self, error) -> None:
        self.message.setText(describe(error))
        if isinstance(error, WorkstationError) and error.key == "team.changed" and self.case:
            # A colleague (or another program) saved this case since it was shown: nothing was overwritten;
            # offer their version, on which the analyst can make the change again.
            answer = QMessageBox.question(self, self.tr("Changed by someone else"),
                                          describe(error) + "\n\n" + self.tr("Reload the case now?"))
            if answer == QMessageBox.StandardButton.Yes:
                self.load(self.case["id"])

    def show_case(self, case: dict) -> None:
        self.case = case
        self.set_empty(False)
        tags = self.context.taxonomy.by_id()
        category = tag_name(tags[case["category_tag_id"]], self.context.lang()) if case["category_tag_id"] in tags \
            else self.tr("(no category)")
        resonant = " · " + self.tr("resonant") if case["resonant"] else ""
        response = clock.local_text(case["first_response_at"]) or self.tr("none yet")
        detected_label, response_label = self.tr("Detected"), self.tr("First official response")
        self.header.setText(
            f"<h3>{html.escape(case['title'])}</h3><p><b>{html.escape(status_label(case['status']))}</b> · "
            f"{html.escape(category)}{html.escape(resonant)}</p><p>{html.escape(case['claim'])}</p>"
            f"<p>{html.escape(detected_label)}: {clock.local_text(case['detected_at'])} · "
            f"{html.escape(response_label)}: {html.escape(response)}</p>")
        self._status_buttons(case)
        self.resonant.setText(self.tr("Not resonant") if case["resonant"] else self.tr("Mark resonant"))
        self.respond.setEnabled(case["status"] != "dismissed")
        shown = clock.local_text
        fill_table(self.items, [[i["title"], i["source"] or "", shown(i["published_at"]), self.role_label(i["role"]),
                                 defang(i["url"] or "")] for i in case["items"]], [i["id"] for i in case["items"]])
        rows = getattr(self, "similar_rows", [])
        fill_table(self.similar, [[r["title"], r["source"] or "", shown(r["published_at"]), f"{r['score']:.2f}"]
                                  for r in rows], [r["id"] for r in rows])
        fill_table(self.responses, [[kind_label(r["kind"]), shown(r["published_at"]), channel_label(r["channel"]),
                                     r["publisher"], defang(r["url"])] for r in case["refutations"]])
        fill_table(self.evidence, [[shown(e["captured_at"]), defang(e["url"] or ""), e["sha256"][:16] + "…",
                                    self.tr("yes") if e["intact"] else self.tr("TAMPERED")] for e in case["evidence"]])
        self.history.show_entries(case["history"])

    def set_empty(self, empty: bool) -> None:
        """No case to show: only the hint; a case: everything but the hint."""
        self.hint.setVisible(empty)
        buttons = [self.buttons.itemAt(i).widget() for i in range(self.buttons.count())]
        for widget in [self.header, self.message, self.pages, *buttons]:
            if widget is not None:
                widget.setVisible(not empty)

    def _status_buttons(self, case: dict) -> None:
        for button in self.status_buttons:
            self.buttons.removeWidget(button)
            button.deleteLater()
        self.status_buttons = []
        for status in TRANSITIONS[case["status"]]:
            if status == "refuted":
                continue  # a case is refuted by recording its refutation
            button = QPushButton(transition_label(status), self)
            button.setObjectName(f"to_{status}")
            button.clicked.connect(lambda _c=False, s=status: self.move_to(s))
            self.buttons.insertWidget(len(self.status_buttons), button)
            self.status_buttons.append(button)

    # --- actions ----------------------------------------------------------------------------------------------
    def _write(self, func) -> None:
        case_id = self.case["id"]
        self.message.clear()

        def done(_result) -> None:
            self.load(case_id)
            self.changed.emit(case_id)

        self.context.runner.write(func, done, self._failed)

    def move_to(self, status: str) -> None:
        reason = ""
        if status == "dismissed":
            reason, ok = QInputDialog.getText(self, self.tr("Not a fake"), self.tr("Why is this not a fake?"))
            if not ok:
                return
        case_id, analyst, version = self.case["id"], self.context.analyst(), self.case.get("version")
        self._write(lambda db, _c: cases.set_status(db, case_id, status, reason=reason, analyst=analyst,
                                                    expected_version=version))

    def add_response(self, *, values: dict | None = None) -> None:
        if values is None:
            dialog = ResponseDialog(self)
            if dialog.exec() != ResponseDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        case_id, analyst = self.case["id"], self.context.analyst()
        self._write(lambda db, _c: cases.add_response(db, case_id, analyst=analyst, **values))

    def toggle_resonant(self) -> None:
        case_id, analyst, value = self.case["id"], self.context.analyst(), not self.case["resonant"]
        version = self.case.get("version")
        self._write(lambda db, _c: cases.update_case(db, case_id, analyst=analyst, resonant=value,
                                                     expected_version=version))

    def role_label(self, role: str) -> str:
        return {"appearance": self.tr("appearance (copy of the fake)"), "refutation": self.tr("refutation"),
                "context": self.tr("context")}.get(role, role)

    def item_role_menu(self, position) -> None:
        cell = self.items.item(self.items.rowAt(position.y()), 0)
        if self.case is None or cell is None:
            return
        item_id, case_id, analyst = cell.data(Qt.ItemDataRole.UserRole), self.case["id"], self.context.analyst()
        menu = QMenu(self)
        for role in cases.ITEM_ROLES:
            action = menu.addAction(self.role_label(role))
            action.triggered.connect(lambda _checked=False, r=role: self._write(
                lambda db, _c: cases.set_item_role(db, case_id, item_id, r, analyst=analyst)))
        menu.exec(self.items.viewport().mapToGlobal(position))

    def attach_selected_items(self) -> None:
        ids = [item["id"] for item in self.selected_items()]
        if ids:
            case_id, analyst = self.case["id"], self.context.analyst()
            self._write(lambda db, _c: cases.add_items(db, case_id, ids, analyst=analyst))

    def attach_similar(self) -> None:
        rows = sorted({index.row() for index in self.similar.selectionModel().selectedRows()})
        ids = [self.similar.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]
        if ids:
            case_id, analyst = self.case["id"], self.context.analyst()
            self._write(lambda db, _c: cases.add_items(db, case_id, ids, analyst=analyst))
