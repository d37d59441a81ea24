"""The Deadlines dock: open removal notices, the most urgent first, each with a live countdown.

The countdown ticks every second from the deadlines already loaded; the database is read only every 30 s and
after a change. A notice whose deadline passes while the workstation runs raises one desktop alert and one
status-bar message, never a modal window and never twice for the same notice; the notices already overdue at
start-up raise one summary alert. Overdue notices are red and
offer escalation to access restriction. When a deadline passes, each listed address is checked for liveness in the
background (violations/liveness.py: fetched again and compared with its capture); each line's tooltip shows the
last check and what it suggests: the analyst decides.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.core import clock
from workstation.core.violations import liveness, notices
from workstation.ui.context import TabContext
from workstation.ui.countdown import deadline_line
from workstation.ui.tasks import Newest

RELOAD_MS = 30_000
OVERDUE = QColor("#b3261e")
NoticeRow = Qt.ItemDataRole.UserRole + 1


class DeadlinesDock(QDockWidget):
    violationActivated = Signal(int)
    escalateRequested = Signal(int)
    ticked = Signal()

    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.loading = Newest()
        self.context = context
        self.setObjectName("deadlines_dock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)  # not closable: always visible
        self.list = QListWidget()
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(self._activated)
        self.list.currentRowChanged.connect(lambda _r: self._update_button())
        self.escalate_button = QPushButton()
        self.escalate_button.setObjectName("escalate_overdue")
        self.escalate_button.clicked.connect(self._escalate_current)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list)
        layout.addWidget(self.escalate_button)
        self.setWidget(body)
        self.notices: list[dict] = []
        self.alerted: set[int] = set()
        self.auto_check = True  # check liveness when a deadline passes
        self.loaded_once = False
        self.tick_timer = QTimer(self, interval=1000)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        self.reload_timer = QTimer(self, interval=RELOAD_MS)
        self.reload_timer.timeout.connect(self.reload)
        self.reload_timer.start()
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deadlines"))
        self.escalate_button.setText(self.tr("Escalate to access restriction…"))
        self.escalate_button.setToolTip(self.tr("The deadline has passed and the material is still online: "
                                                "request access restriction"))
        self.tick()

    # --- loading ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.context.runner.read(_due_with_checks, self._loaded, newest=self.loading)

    def _loaded(self, rows: list[dict]) -> None:
        current = self.current_notice()
        self.notices = rows
        if not self.loaded_once:
            # Notices already overdue when the workstation starts are shown red with one summary alert; a
            # deadline that passes while the analyst is working raises its own alert.
            self.loaded_once = True
            overdue = [r for r in rows if self._left(r) < 0]
            self.alerted.update(r["id"] for r in overdue)
            if overdue:
                self.context.notifier.alert(self.tr("Removal deadlines passed"),
                                            self.tr("%n notice(s) are already overdue", "", len(overdue)))
                self.context.notifier.status(
                    self.tr("%n removal notice(s) overdue: see Deadlines", "", len(overdue)), 15000)
        self.list.clear()
        for index, row in enumerate(rows):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, row["violation_id"])
            item.setData(NoticeRow, index)
            self.list.addItem(item)
            if current and row["id"] == current["id"]:
                self.list.setCurrentItem(item)
        self.tick()

    @staticmethod
    def _left(row: dict) -> int:
        return int((clock.from_iso(row["deadline_at"]) - clock.now()).total_seconds())

    def tick(self) -> None:
        if not self.notices:
            self.list.clear()
            empty = QListWidgetItem(self.tr("No removal notice is waiting for its deadline."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        for index, row in enumerate(self.notices):
            item = self.list.item(index)
            if item is None:
                continue
            left = self._left(row)
            row["seconds_left"], row["overdue"] = left, left < 0
            more = len(row.get("addresses", ())) - 1
            address = row["url_defanged"] + (" " + self.tr("(+%n more)", "", more) if more > 0 else "")
            item.setText(deadline_line(left, address))
            if left >= 0:
                item.setForeground(QBrush())
            else:
                item.setForeground(QBrush(OVERDUE))
                if row["id"] not in self.alerted:
                    self._alert(row)
            counted = (self.tr("Deadline counted from receipt at {0}").format(clock.local_text(row["received_at"]))
                       if row.get("received_at") else
                       self.tr("Deadline counted from sending: receipt not yet confirmed"))
            item.setToolTip("\n".join([item.text(), self.tr("Notice to {0}").format(row["recipient"]), counted,
                                       *self._check_line(row), *row.get("addresses", [])[1:]]))
        self._update_button()
        self.ticked.emit()

    def _check_line(self, row: dict) -> list[str]:
        check = row.get("last_check")
        if not check:
            return []
        suggestion = {"removed": self.tr("removed"), "still_online": self.tr("still online"),
                      "unclear": self.tr("unclear")}.get(check["suggestion"], check["suggestion"])
        return [self.tr("Last check {0}: {1}, suggests {2}").format(clock.local_text(check["checked_at"]),
                                                                    check["outcome"], suggestion)]

    def check_liveness(self, violation_ids: list[int]) -> None:
        """Fetch the addresses again in the background and record what they show; the list then reloads."""
        analyst = self.context.analyst()
        self.context.runner.long_job(
            lambda db, _c: [liveness.check_violation(db, vid, analyst=analyst) for vid in violation_ids],
            lambda _checks: self.reload(), lambda error: self.context.notifier.status(str(error), 15000))

    def _alert(self, row: dict) -> None:
        self.alerted.add(row["id"])
        if self.auto_check:
            self.check_liveness(list(row.get("violation_ids") or [row["violation_id"]]))
        self.context.notifier.alert(self.tr("Removal deadline passed"),
                                    self.tr("Not confirmed removed: {0}. Consider access restriction.")
                                    .format(row["url_defanged"]))
        self.context.notifier.status(
            self.tr("Removal deadline passed: {0} (notice to {1})").format(row["url_defanged"], row["recipient"]),
            15000)

    def overdue_count(self) -> int:
        return sum(1 for row in self.notices if self._left(row) < 0)

    # --- escalation -------------------------------------------------------------------------------------------
    def current_notice(self) -> dict | None:
        item = self.list.currentItem()
        index = item.data(NoticeRow) if item else None
        return self.notices[index] if index is not None and 0 <= index < len(self.notices) else None

    def _update_button(self) -> None:
        notice = self.current_notice()
        self.escalate_button.setEnabled(bool(notice) and self._left(notice) < 0)

    def _activated(self, item: QListWidgetItem) -> None:
        violation_id = item.data(Qt.ItemDataRole.UserRole)
        if violation_id is not None:
            self.violationActivated.emit(violation_id)

    def _escalate_current(self) -> None:
        notice = self.current_notice()
        if notice:
            self.escalateRequested.emit(notice["violation_id"])

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        index = item.data(NoticeRow) if item else None
        if index is None:
            return
        notice = self.notices[index]
        menu = QMenu(self)
        show = menu.addAction(self.tr("Show violation"))
        show.triggered.connect(lambda: self.violationActivated.emit(notice["violation_id"]))
        escalate = menu.addAction(self.tr("Escalate to access restriction…"))
        escalate.setEnabled(self._left(notice) < 0)
        escalate.triggered.connect(lambda: self.escalateRequested.emit(notice["violation_id"]))
        menu.exec(self.list.viewport().mapToGlobal(pos))


def _due_with_checks(db, _ctx) -> list[dict]:
    """Open notices, each with the last liveness check of its first address (a worker-thread read)."""
    rows = notices.due_notices(db)
    checks = liveness.last_checks(db, [row["violation_id"] for row in rows])
    for row in rows:
        row["last_check"] = checks.get(row["violation_id"])
    return rows
