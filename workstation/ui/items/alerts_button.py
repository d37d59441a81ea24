"""'⚠ 3 alerts' in the status bar once watch rules match new items; a click lists them and marks them seen."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from workstation.core.items import alerts
from workstation.ui.context import TabContext
from workstation.ui.tasks import Newest


class AlertsButton(QPushButton):
    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.loading = Newest()
        self.context = context
        self.pending: list[dict] = []
        self.setFlat(True)
        self.setVisible(False)
        self.clicked.connect(self.show_alerts)

    def check(self) -> None:
        self.context.runner.read(lambda db, _c: alerts.unseen_alerts(db), self._arrived, newest=self.loading)

    def _arrived(self, found: list[dict]) -> None:
        self.pending = found
        self.setVisible(bool(found))
        self.setText(self.tr("⚠ %n alert(s)", "", len(found)))
        if found:
            self.context.notifier.alert(self.tr("Watch rules matched %n new item(s)", "", len(found)),
                                        "\n".join(a["title"] or "" for a in found[:5]))

    def show_alerts(self) -> None:
        if not self.pending:
            return
        lines = "\n".join(f"• {a['message']}: {a['title'] or ''}" for a in self.pending[:30])
        QMessageBox.information(self.window(), self.tr("Alerts"), lines)
        ids = [a["id"] for a in self.pending]
        self.context.runner.write(lambda db, _c: alerts.mark_alerts_seen(db, ids), lambda _r: self.check())
