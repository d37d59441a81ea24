"""The violations tab: the list of violations, the selected one in detail, the workflow's actions, and the
Deadlines dock. Every read and write goes through the TaskRunner the window hands it; the core decides what is
allowed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workstation.core.errors import WorkstationError
from workstation.core.ingest.fetch import FetchSettings
from workstation.core.violations import capture, notices, restriction
from workstation.core.violations import register as records
from workstation.core.violations import workflow as violations
from workstation.core.violations.render import render_warc
from workstation.ui.context import TabContext
from workstation.ui.flow_layout import FlowLayout
from workstation.ui.i18n import describe
from workstation.ui.tasks import Newest
from workstation.ui.violations.bulk_dialog import BulkIntakeDialog
from workstation.ui.violations.contacts_dialog import ContactsDialog
from workstation.ui.violations.deadlines_dock import DeadlinesDock
from workstation.ui.violations.detail import ViolationDetail
from workstation.ui.violations.dialogs import CloseDialog, EscalateDialog, LiftDialog, OutcomeDialog, ViolationDialog
from workstation.ui.violations.labels import status_label
from workstation.ui.violations.model import DETECTED, ViolationsModel
from workstation.ui.violations.notice_dialog import NoticeDialog

# Shortcuts: Ctrl+Shift plus a letter, none taken by the Items tab or the cases tab (Ctrl+Shift+N, Ctrl+Shift+M).
SHORTCUTS = {"add": "Ctrl+Shift+A", "from_items": "Ctrl+Shift+V", "bulk": "Ctrl+Shift+B",
             "contacts": "Ctrl+Shift+P", "notice": "Ctrl+Shift+S", "resolve": "Ctrl+Shift+O",
             "escalate": "Ctrl+Shift+E", "lift": "Ctrl+Shift+L", "close": "Ctrl+Shift+U", "capture": "Ctrl+Shift+G"}


class ViolationsTab(QWidget):
    loaded = Signal()  # the list has (re)loaded
    detailLoaded = Signal(int)
    showRequested = Signal()  # a violation is to be shown: the window brings this tab forward

    def __init__(self, context: TabContext, *, selected_items: Callable[[], list[dict[str, Any]]]) -> None:
        """``selected_items``: the items selected in the Items tab, for violations recorded from items."""
        super().__init__()
        self.list_loading = Newest()
        self.detail_loading = Newest()
        self.context = context
        self.selected_items = selected_items
        self.current_id: int | None = None
        self.dialog = None  # the form or dialog open now (tests drive it)
        self.status = QComboBox()
        self.status.currentIndexChanged.connect(self.reload_list)
        self.model = ViolationsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several violations may be selected, for one notice per platform or website listing them all.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(DETECTED, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        for column, width in enumerate((300, 150, 110, 130, 150, 125)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self._row_changed(current.row()))
        self.detail = ViolationDetail(context)

        make = self._action
        self.add_action = make("add", self.add_violation, window_wide=True)
        self.from_items_action = make("from_items", self.add_from_items, window_wide=True)
        self.bulk_action = make("bulk", self.bulk_intake, window_wide=True)
        self.contacts_action = make("contacts", self.edit_contacts, window_wide=True)
        self.notice_action = make("notice", self.send_notice)
        self.resolve_action = make("resolve", self.resolve_notice)
        self.escalate_action = make("escalate", self.escalate)
        self.lift_action = make("lift", self.lift)
        self.close_action = make("close", self.close_unfounded)
        self.capture_action = make("capture", lambda: self.capture_pages(self.selected_ids()))
        self.workflow = [self.notice_action, self.resolve_action, self.escalate_action, self.lift_action,
                         self.close_action, self.capture_action]

        # Rows of buttons that wrap: long Kazakh labels take a second line rather than widen the window or hide
        # an action (escalation above all) in a tool bar's overflow menu.
        top = FlowLayout()
        top.addWidget(self.status)
        for action in (self.add_action, self.from_items_action, self.bulk_action, self.contacts_action):
            top.addWidget(self._button(action))
        workflow_bar = QWidget()
        workflow_bar.setObjectName("violation_workflow")
        workflow_row = FlowLayout(workflow_bar)
        for action in self.workflow:
            workflow_row.addWidget(self._button(action))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(workflow_bar)
        right_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([660, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)

        self.menu = QMenu(self)  # the window puts it in its menu bar, and "from items" in its Items menu
        self.menu.addActions([self.add_action, self.from_items_action, self.bulk_action])
        self.menu.addSeparator()
        self.menu.addActions(self.workflow)
        self.menu.addSeparator()
        self.menu.addAction(self.contacts_action)

        self.dock = DeadlinesDock(context)  # the window places it
        self.dock.violationActivated.connect(self.show_violation)
        self.dock.escalateRequested.connect(self.escalate)
        self.dock.ticked.connect(self.model.tick)
        context.taxonomy.changed.connect(lambda: self.model.set_tags(context.taxonomy.tags, context.lang()))
        self._set_workflow_enabled(False)
        self.retranslate()
        self.reload_list()

    def _action(self, key: str, slot, *, window_wide: bool = False) -> QAction:
        """Actions on the selected violation answer their shortcut inside this tab; adding works window-wide."""
        action = QAction(self)
        action.setShortcut(QKeySequence(SHORTCUTS[key]))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut if window_wide
                                  else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        if not window_wide:
            self.addAction(action)
        return self.context.shortcuts.add(action, window_wide=window_wide)

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def retranslate(self) -> None:
        current = self.status.currentData() if self.status.count() else records.OPEN
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Open violations"), records.OPEN)
        self.status.addItem(self.tr("All violations"), None)
        for status in violations.STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(False)
        texts = {self.add_action: self.tr("Add violation…"),
                 self.from_items_action: self.tr("Violations from selected items…"),
                 self.bulk_action: self.tr("Bulk intake…"), self.contacts_action: self.tr("Platform directory…"),
                 self.notice_action: self.tr("Send notice…"), self.resolve_action: self.tr("Record notice outcome…"),
                 self.escalate_action: self.tr("Escalate to access restriction…"),
                 self.lift_action: self.tr("Lift restriction…"), self.close_action: self.tr("Close as unfounded…"),
                 self.capture_action: self.tr("Capture the page")}
        for action, text in texts.items():
            action.setText(text)
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        self.menu.setTitle(self.tr("&Violations"))
        self.model.set_tags(self.context.taxonomy.tags, self.context.lang())
        self.detail.retranslate()
        self.dock.retranslate()

    # --- loading ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """After a fetch or a change: the list, the selected violation and the deadlines."""
        self.reload_list()
        self.dock.reload()
        if self.current_id is not None:
            self.load_detail(self.current_id)

    def reload_list(self) -> None:
        wanted = self.status.currentData()
        self.context.runner.read(lambda db, _c: records.load_list(db, wanted), self._list_arrived,
                                 self.context.notifier.error, newest=self.list_loading)

    def _list_arrived(self, rows: list[dict]) -> None:
        selected = self.current_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        if selected is not None:
            self._select_row(selected)
        self.loaded.emit()

    def _select_row(self, violation_id: int) -> None:
        row = self.model.row_of(violation_id)
        if row is None:
            return
        self.table.selectionModel().blockSignals(True)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(False)

    def _row_changed(self, row: int) -> None:
        violation = self.model.violation_at(row)
        if violation is not None:
            self.load_detail(violation["id"])

    def load_detail(self, violation_id: int) -> None:
        self.current_id = violation_id
        self._set_workflow_enabled(True)
        self.context.runner.read(lambda db, _c: records.violation_detail(db, violation_id), self._detail_arrived,
                                 self.detail.show_error, newest=self.detail_loading)

    def _detail_arrived(self, violation: dict) -> None:
        if violation["id"] != self.current_id:
            return  # the analyst has moved on
        self.detail.show_violation(violation)
        self.detailLoaded.emit(violation["id"])

    def _set_workflow_enabled(self, enabled: bool) -> None:
        for action in self.workflow:
            action.setEnabled(enabled)

    def show_violation(self, violation_id: int) -> None:
        self.showRequested.emit()
        self._select_row(violation_id)
        self.load_detail(violation_id)

    # --- writing ----------------------------------------------------------------------------------------------
    def _changed(self, message: str, violation_id: int | None = None) -> None:
        self.context.notifier.status(message, 8000)
        if violation_id is not None:
            self.current_id = violation_id
        self.refresh()

    def _form_write(self, dialog, func, done_message) -> None:
        """Write through the core; close the form on success, else show the core's message in it and the panel."""
        def done(result) -> None:
            dialog.accept()
            self.detail.show_info("")
            self._changed(done_message(result))

        def failed(error: object) -> None:
            dialog.show_error(describe(error))
            self.detail.show_error(describe(error))

        self.context.runner.write(func, done, failed)

    def _open(self, dialog) -> None:
        """Open a form without blocking the window (the Deadlines dock keeps ticking); the one before is freed."""
        previous, self.dialog = self.dialog, dialog
        if previous is not None and not previous.isVisible():
            previous.deleteLater()
        dialog.open()

    def _selected(self) -> dict | None:
        if self.current_id is None:
            self.context.notifier.status(self.tr("Select a violation first."), 5000)
            return None
        detail = self.detail.violation
        if detail and detail["id"] == self.current_id:
            return detail
        row = self.model.row_of(self.current_id)
        return self.model.rows[row] if row is not None else {"id": self.current_id, "url_defanged": ""}

    # --- actions: recording ------------------------------------------------------------------------------------
    def add_violation(self) -> None:
        dialog = ViolationDialog(self.window(), self.context.taxonomy.tags, self.context.lang())
        analyst = self.context.analyst()

        def submit(values: dict) -> None:
            def write(db, _ctx):
                return violations.add_violation(db, values["url"], violation_type=values["type"], analyst=analyst,
                                                target_organisation=values["target"], notes=values["notes"])

            def done(violation: dict) -> None:
                dialog.accept()
                self._changed(self.tr("Violation recorded: {0}").format(violation["url_defanged"]), violation["id"])
                self.capture_pages([violation["id"]])  # evidence of the page as it is now, in the background

            self.context.runner.write(write, done, lambda err: dialog.show_error(describe(err)))

        dialog.submitted.connect(submit)
        self._open(dialog)

    def add_from_items(self) -> None:
        ids = [item["id"] for item in self.selected_items()]
        if not ids:
            self.context.notifier.status(self.tr("Select items in the Items tab first."), 5000)
            return
        dialog = ViolationDialog(self.window(), self.context.taxonomy.tags, self.context.lang(), item_count=len(ids))
        analyst = self.context.analyst()

        def submit(values: dict) -> None:
            def write(db, _ctx):
                return records.add_from_items(db, ids, violation_type=values["type"], analyst=analyst,
                                              target_organisation=values["target"], notes=values["notes"])

            def done(result: records.FromItems) -> None:
                message = self.tr("%n violation(s) recorded from items", "", len(result.created))
                if result.failed:
                    message += " · " + self.tr("%n item(s) not recorded", "", len(result.failed)) + ": " + \
                        describe(result.failed[0][1])
                if not result.created:
                    dialog.show_error(message)
                    return
                dialog.accept()
                self._changed(message, result.created[0]["id"])
                self.capture_pages([v["id"] for v in result.created])

            self.context.runner.write(write, done, lambda err: dialog.show_error(describe(err)))

        dialog.submitted.connect(submit)
        self._open(dialog)

    def bulk_intake(self) -> None:
        dialog = BulkIntakeDialog(self.window(), self.context.taxonomy.tags, self.context.lang())
        analyst = self.context.analyst()

        def submit(text: str, type_id: int) -> None:
            def done(result) -> None:
                dialog.show_result(result)
                self._changed(self.tr("Bulk intake: %n violation(s) recorded", "", len(result.created)))

            self.context.runner.write(lambda db, _c: violations.bulk_intake(db, text, violation_type=type_id,
                                                                            analyst=analyst),
                                      done, lambda err: dialog.show_error(describe(err)))

        dialog.submitted.connect(submit)
        dialog.violationActivated.connect(self.show_violation)
        self._open(dialog)

    def capture_pages(self, violation_ids: list[int]) -> None:
        """Capture each violation's page in the background, through the fetcher's limits and the proxy setting;
        without network a capture is queued ("capture pending") and the next fetch round completes it."""
        if not violation_ids:
            return
        settings, analyst = FetchSettings(proxy=self.context.proxy()), self.context.analyst()

        def job(db, ctx) -> list[dict]:
            results = []
            for violation_id in violation_ids:
                if ctx.cancel.is_set():
                    break
                try:
                    results.append(capture.capture_violation(db, violation_id, settings=settings, render=render_warc,
                                                             analyst=analyst))
                except WorkstationError as error:
                    results.append({"status": "failed", "error": error})
            return results

        def done(results: list[dict]) -> None:
            captured = sum(r["status"] == "captured" for r in results)
            pending = sum(r["status"] == "pending" for r in results)
            failed = [r["error"] for r in results if r["status"] == "failed"]
            parts = [self.tr("%n page(s) captured", "", captured)] if captured else []
            if pending:
                parts.append(self.tr("%n capture(s) pending until the network is back", "", pending))
            if failed:
                parts.append(self.tr("%n page(s) not captured", "", len(failed)) + ": " + describe(failed[0]))
            self.context.notifier.status(" · ".join(parts), 10000)
            if self.current_id in violation_ids:
                self.load_detail(self.current_id)

        self.context.notifier.status(self.tr("Capturing %n page(s)…", "", len(violation_ids)))
        self.context.runner.long_job(job, done, self.context.notifier.error)

    def edit_contacts(self) -> None:
        self._open(ContactsDialog(self.context.runner, self.context.analyst(), self.window(),
                                  lang=self.context.lang()))

    # --- actions: the workflow of the selected violation ------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The violations selected in the list, in list order; the current one when no row is selected."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [v["id"] for v in (self.model.violation_at(r) for r in rows) if v is not None]
        return ids or ([self.current_id] if self.current_id is not None else [])

    def send_notice(self) -> None:
        violation = self._selected()
        if violation is None:
            return
        ids, analyst = self.selected_ids() or [violation["id"]], self.context.analyst()
        dialog = NoticeDialog(self.window(), self.context.runner, ids, lang=self.context.lang(),
                              analyst=self.context.analyst())

        def submit(values: dict) -> None:
            sends = values["sends"]
            self._form_write(dialog, lambda db, _c: records.send_grouped(db, sends, analyst=analyst),
                             lambda sent: self.tr("Notice sent to {0}").format(sent[0]["recipient"]) if len(sent) == 1
                             else self.tr("%n notice(s) sent", "", len(sent)))

        dialog.submitted.connect(submit)
        self._open(dialog)

    def resolve_notice(self) -> None:
        violation = self._selected()
        if violation is None:
            return
        notice = self.detail.open_notice() if self.detail.violation is violation else None
        if notice is None:
            self.detail.show_error(self.tr("This violation has no notice awaiting its outcome."))
            return
        notice_id, violation_id, analyst = notice["id"], violation["id"], self.context.analyst()
        dialog = OutcomeDialog(self.window(), notice["recipient"])
        dialog.submitted.connect(lambda values: self._form_write(  # this address's outcome, if it lists several
            dialog, lambda db, _c: notices.resolve_notice(db, notice_id, removed=values["removed"], at=values["at"],
                                                          analyst=analyst, violation_id=violation_id),
            lambda _n: self.tr("Notice outcome recorded.")))
        self._open(dialog)

    def escalate(self, violation_id: int | None = None) -> None:
        if violation_id is not None and violation_id != self.current_id:
            self.show_violation(violation_id)
        violation = self._selected()
        if violation is None:
            return
        violation_id, analyst = violation["id"], self.context.analyst()
        address = violation.get("url_defanged") or next(
            (n["url_defanged"] for n in self.dock.notices if n["violation_id"] == violation_id), "")
        dialog = EscalateDialog(self.window(), address)

        def refused(error: object) -> None:  # no overdue notice and no order: the core's reason, also in the status bar
            dialog.show_error(describe(error))
            self.detail.show_error(describe(error))
            self.context.notifier.status(describe(error), 10000)

        def escalated(result: dict) -> None:
            dialog.accept()
            self.detail.show_info("")
            self._changed(self.tr("Access restriction: {0}").format(status_label(result["status"])))

        dialog.submitted.connect(lambda values: self.context.runner.write(
            lambda db, _c: restriction.escalate(db, violation_id, order_ref=values["order_ref"],
                                                order_type=values["order_type"], at=values["at"], analyst=analyst),
            escalated, refused))
        self._open(dialog)

    def lift(self) -> None:
        violation = self._selected()
        if violation is None:
            return
        violation_id, analyst = violation["id"], self.context.analyst()
        dialog = LiftDialog(self.window(), violation.get("url_defanged", ""))
        dialog.submitted.connect(lambda values: self._form_write(
            dialog, lambda db, _c: restriction.lift(db, violation_id, at=values["at"], analyst=analyst),
            lambda _v: self.tr("Access restriction lifted.")))
        self._open(dialog)

    def close_unfounded(self) -> None:
        violation = self._selected()
        if violation is None:
            return
        violation_id, analyst, version = violation["id"], self.context.analyst(), violation.get("version")
        dialog = CloseDialog(self.window(), violation.get("url_defanged", ""))
        dialog.submitted.connect(lambda values: self._form_write(
            dialog, lambda db, _c: violations.set_status(db, violation_id, "unfounded", reason=values["reason"],
                                                         analyst=analyst, expected_version=version),
            lambda _v: self.tr("Violation closed as unfounded.")))
        self._open(dialog)
