"""After an upgrade, in the background: moving item bodies and the search index to their compact form
(core.items.compact), then filling in word forms (core.items.reindex); a line in the status bar with the progress
and a Cancel button. Reading and search work meanwhile (on exact words until the forms are in); a cancelled run goes
on at the next start."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from workstation.core.items import compact, reindex
from workstation.ui.context import TabContext
from workstation.ui.tasks import TaskHandle


class FormsReindex(QObject):
    def __init__(self, context: TabContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.handle: TaskHandle | None = None
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.context.notifier.status_bar.addPermanentWidget(self.cancel_button)

    def start_if_needed(self) -> None:
        if self.handle is not None or self.context.runner.read_only:
            return
        self.context.runner.read(lambda db, _c: compact.compact_needed(db) or reindex.reindex_needed(db),
                                 self._needed)

    def _needed(self, needed: bool) -> None:
        if not needed or self.handle is not None:
            return

        def job(db, ctx):
            if compact.compact_needed(db):
                moved = compact.compact(db, progress=lambda done, total: ctx.progress(("compact", done, total)),
                                        cancel=lambda: ctx.cancelled)
                if moved.cancelled or not reindex.reindex_needed(db):
                    return moved
            return reindex.reindex_forms(db, progress=lambda done, total: ctx.progress(("forms", done, total)),
                                         cancel=lambda: ctx.cancelled)

        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop filling in word forms; it goes on at the next start"))
        self.cancel_button.show()
        self.context.notifier.status(self.tr("Updating the search index for word forms…"))
        self.handle = self.context.runner.long_job(job, self._done, self._failed, self._progress)

    def _progress(self, value: tuple[str, int, int]) -> None:
        what, done, total = value
        if what == "compact":
            self.context.notifier.status(self.tr("Compacting item bodies and the search index: {0} of {1} "
                                                 "items (reading and search work meanwhile)").format(done, total))
            return
        self.context.notifier.status(self.tr("Updating the search index for word forms: {0} of {1} items "
                                             "(search finds exact words until it is done)").format(done, total))

    def _finish(self) -> None:
        self.cancel_button.hide()
        self.handle = None

    def _done(self, result: reindex.ReindexResult | compact.CompactResult) -> None:
        self._finish()
        if isinstance(result, compact.CompactResult):
            if result.cancelled:
                self.context.notifier.status(self.tr("Compacting stopped; {0} items left").format(
                    result.left), 10000)
            else:
                self.context.notifier.status(
                    self.tr("Compacted {0} items; new items reuse the space freed").format(result.moved), 10000)
            return
        if result.cancelled:
            self.context.notifier.status(self.tr("Search index update stopped; {0} items left").format(result.left),
                                         10000)
        else:
            self.context.notifier.status(self.tr("Search index updated: word forms for {0} items").format(
                result.moved), 10000)

    def _failed(self, error: object) -> None:
        self._finish()
        self.context.notifier.error(error)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
