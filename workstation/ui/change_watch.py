"""Records changed by another program (the command line, a bundle import, another window on the same workspace)
appear within seconds: every few seconds the newest audit entry is compared, through the task runner, and the
kinds of record changed since are announced so the lists showing them reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.core.db import audit
from workstation.ui.tasks import TaskRunner

CHECK_EVERY_MS = 3000


class ChangeWatch(QObject):
    changed = Signal(object)  # set of entity names ("case", "violation", "notice", ...) changed since the last look

    def __init__(self, runner: TaskRunner, parent: QObject | None = None, every_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.runner = runner
        self.seen: int | None = None  # the newest audit entry already accounted for
        self.checking = False
        self.timer = QTimer(self, interval=every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.check()  # the starting point: what is there now is already shown

    def check(self) -> None:
        if self.checking:
            return  # the previous look has not come back yet (a long write holds the workspace)
        self.checking = True
        after = self.seen
        self.runner.read(lambda db, _ctx: audit.changes_since(db, after), self._looked, self._failed)

    def _looked(self, result: tuple[int, set[str]]) -> None:
        self.checking = False
        latest, entities = result
        first = self.seen is None
        self.seen = latest
        if entities and not first:
            self.changed.emit(entities)

    def _failed(self, _error: object) -> None:
        self.checking = False  # tried again at the next tick; a passing lock is no reason to bother the analyst

    def stop(self) -> None:
        self.timer.stop()
