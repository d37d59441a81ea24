"""The golden-hour dock: open resonant cases and their clocks, always visible, one alert when one runs out.

Cases already past their golden hour when the workstation starts raise one summary alert, not one each; a clock
that runs out while the analyst works raises its own alert, once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem

from workstation.core import clock
from workstation.core.cases import golden_hour
from workstation.ui.context import TabContext
from workstation.ui.countdown import deadline_line
from workstation.ui.tasks import Newest

RELOAD_MS = 30_000
OVERDUE = QColor("#b3261e")


class GoldenHourDock(QDockWidget):
    caseActivated = Signal(int)

    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.loading = Newest()
        self.context = context
        self.setObjectName("golden_hour_dock")
        self.list = QListWidget()
        self.setWidget(self.list)
        self.clocks: list[dict] = []
        self.alerted: set[int] = set()
        self.loaded_once = False
        self.list.itemActivated.connect(lambda item: self.caseActivated.emit(item.data(Qt.ItemDataRole.UserRole)))
        # The countdown ticks from the loaded deadlines; the database is asked only every 30 s and after changes.
        self.tick_timer = QTimer(self, interval=1000)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        self.reload_timer = QTimer(self, interval=RELOAD_MS)
        self.reload_timer.timeout.connect(self.reload)
        self.reload_timer.start()
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Golden hour"))
        self.tick()

    def reload(self) -> None:
        self.context.runner.read(lambda db, _c: golden_hour.running_clocks(db), self._loaded, newest=self.loading)

    def _loaded(self, clocks: list[dict]) -> None:
        self.clocks = clocks
        if not self.loaded_once:
            self.loaded_once = True
            now = clock.now()
            overdue = [row for row in clocks if clock.from_iso(row["deadline_at"]) < now]
            self.alerted.update(row["id"] for row in overdue)
            if overdue:
                text = self.tr("%n resonant case(s) are past their golden hour", "", len(overdue))
                self.context.notifier.alert(self.tr("Golden hour is over"), text)
                self.context.notifier.status(text, 15000)
        self.list.clear()
        for row in clocks:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)
        self.tick()

    def tick(self) -> None:
        now = clock.now()
        for index, row in enumerate(self.clocks):
            item = self.list.item(index)
            if item is None:
                continue
            left = int((clock.from_iso(row["deadline_at"]) - now).total_seconds())
            item.setText(deadline_line(left, row["title"]))
            if left >= 0:
                item.setForeground(QBrush())
            else:
                item.setForeground(QBrush(OVERDUE))
                if row["id"] not in self.alerted:
                    self.alerted.add(row["id"])
                    self.context.notifier.alert(self.tr("Golden hour is over"),
                                                self.tr("No official response yet: {0}").format(row["title"]))
                    self.context.notifier.status(
                        self.tr("Golden hour is over with no official response: {0}").format(row["title"]), 15000)
        if not self.clocks:
            self.list.clear()
            self.list.addItem(self.tr("No resonant case is waiting for a response."))

    def overdue_count(self) -> int:
        now = clock.now()
        return sum(1 for row in self.clocks if clock.from_iso(row["deadline_at"]) < now)
