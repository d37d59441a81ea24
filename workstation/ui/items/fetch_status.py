"""A fetch as the status bar shows it: a progress bar and Cancel while it runs, then one summary line."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from workstation.core.ingest.run import SourceOutcome
from workstation.ui.items.fetch_controller import FetchController
from workstation.ui.notifier import Notifier


class FetchStatus(QObject):
    def __init__(self, fetcher: FetchController, notifier: Notifier, fetch_action: QAction,
                 parent: QObject | None = None) -> None:
        """``fetch_action`` is disabled while a fetch runs."""
        super().__init__(parent)
        self.notifier = notifier
        self.fetch_action = fetch_action
        self.last_summary = ""
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(fetcher.cancel)
        fetcher.started.connect(self._started)
        fetcher.progress.connect(self._progress)
        fetcher.finished.connect(self._finished)
        fetcher.failed.connect(self._failed)

    def widgets(self) -> list[QWidget]:
        return [self.progress, self.cancel_button]

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def _started(self, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.fetch_action.setEnabled(False)
        self.notifier.status(self.tr("Fetching…"))

    def _progress(self, done: int, total: int, _outcome: SourceOutcome) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")

    def _finished(self, outcomes: list[SourceOutcome]) -> None:
        self._idle()
        failed = sum(1 for o in outcomes if not o.ok)
        new = sum(o.new for o in outcomes)
        self.last_summary = self.tr("Fetched {0} sources: {1} new items, {2} failed.").format(len(outcomes), new,
                                                                                            failed)
        self.notifier.status(self.last_summary)

    def _failed(self, error: object) -> None:
        self._idle()
        self.notifier.error(error)

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.fetch_action.setEnabled(True)
