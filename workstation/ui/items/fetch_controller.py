"""Fetching from the desktop: on demand and on a schedule, in the background, cancellable, never a pop-up."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.core.ingest import pool as parse_pool
from workstation.core.ingest.fetch import FetchSettings
from workstation.core.ingest.run import SourceOutcome, fetch_sources, import_files
from workstation.core.violations.capture import retry_pending
from workstation.core.violations.render import render_warc
from workstation.core.workspace.triage import triage_new_items
from workstation.ui.tasks import TaskHandle, TaskRunner

# Worker processes that parse what the desktop fetches (ingest.pool): one, so the window keeps a core and the
# program stays within its memory with a large workspace open.
DESKTOP_WORKERS = 1


class FetchController(QObject):
    started = Signal(int)  # sources to fetch (0 when unknown yet)
    progress = Signal(int, int, object)  # done, total, SourceOutcome
    finished = Signal(object)  # list[SourceOutcome]
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.handle: TaskHandle | None = None
        self.jobs = 8
        self.proxy: str | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.fetch(scheduled=True))
        parse_pool.limit_workers(DESKTOP_WORKERS)

    @property
    def running(self) -> bool:
        return self.handle is not None

    def schedule(self, minutes: int) -> None:
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60_000)

    def fetch(self, source_ids: list[int] | None = None, *, scheduled: bool = False) -> bool:
        if self.running:
            return False
        jobs, settings = self.jobs, FetchSettings(proxy=self.proxy or None)

        def task(db, ctx):
            def report(done: int, total: int, outcome: SourceOutcome) -> None:
                ctx.progress((done, total, outcome))
            # A scheduled run skips sources still waiting after failures; "fetch now" tries them all.
            outcomes = fetch_sources(db, source_ids, jobs=jobs, settings=settings, respect_backoff=scheduled,
                                     progress=report, cancel=ctx.cancel, triage=triage_new_items)
            if not ctx.cancel.is_set():  # the round's last step: captures queued while offline ("capture pending")
                retry_pending(db, settings=settings, render=render_warc)
            return outcomes

        self.started.emit(0)
        self.handle = self.runner.long_job(task, self._done, self._failed, self._progress)
        return True

    def import_paths(self, paths: list[str]) -> bool:
        if self.running:
            return False
        self.started.emit(len(paths))
        self.handle = self.runner.long_job(lambda db, _ctx: import_files(db, paths, triage=triage_new_items),
                                           self._done, self._failed)
        return True

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _progress(self, value: tuple) -> None:
        self.progress.emit(*value)

    def _done(self, outcomes: list[SourceOutcome]) -> None:
        self.handle = None
        self.finished.emit(outcomes)

    def _failed(self, error: object) -> None:
        self.handle = None
        self.failed.emit(error)
