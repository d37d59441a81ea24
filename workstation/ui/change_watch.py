"""Records changed by another program (the command line, a bundle import, another window on the same workspace)
appear within seconds: every few seconds the newest audit entry is compared, through the task runner, and the
kinds of record changed since are announced so the lists showing them reload. On a team workspace the server
also announces each colleague's commit (LISTEN/NOTIFY, ``team.ChangeListener``): a thread of this watch waits
for those announcements and looks at once, so a colleague's change appears in well under a second."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.core.db import audit
from workstation.ui.tasks import TaskRunner

CHECK_EVERY_MS = 3000


class ChangeWatch(QObject):
    changed = Signal(object)  # set of entity names ("case", "violation", "notice", ...) changed since the last look

    _announced = Signal()  # from the listening thread: look now (delivered on the UI thread)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None, every_ms: int = CHECK_EVERY_MS,
                 team_address: str | None = None) -> None:
        super().__init__(parent)
        self._stopping = threading.Event()
        self._announced.connect(self.check)
        if team_address is not None:
            threading.Thread(target=self._listen, args=(team_address,), name="team-changes", daemon=True).start()
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

    def _listen(self, address: str) -> None:
        """On its own thread and connection: wait for the server's announcements; a lost server is retried at
        the timer's pace (the timer's looks go on meanwhile)."""
        from workstation.core.db.team import ChangeListener
        while not self._stopping.is_set():
            try:
                listener = ChangeListener(address)
            except Exception:  # noqa: BLE001 - unreachable now; the regular looks go on
                self._stopping.wait(self.timer.interval() / 1000)
                continue
            try:
                while not self._stopping.is_set():
                    if listener.wait(timeout_s=0.5):
                        self._announced.emit()
            except Exception:  # noqa: BLE001 - the connection dropped: listen again
                pass
            finally:
                listener.close()

    def stop(self) -> None:
        self._stopping.set()
        self.timer.stop()
