"""Background work for the desktop, in one small helper (after Anki's taskman and CollectionOp).

Every task runs on a worker thread with its own SQLite connection and reports back on the UI thread
through Qt signals. Reads run on a small pool; writes are serialised on a single thread so they
never wait on each other; long jobs (fetching) get a thread of their own and a cancel flag.
No widget starts threads of its own.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlite_utils import Database

from workstation.core.db import connect as store
from workstation.core.errors import WorkstationError
from workstation.core.locations import location

_local = threading.local()


def _connection(db_path: Path) -> Database:
    """One connection per worker thread and workspace, reused across tasks (threads in a pool live on)."""
    cache: dict[str, Database] = getattr(_local, "dbs", None) or {}
    _local.dbs = cache
    key = str(db_path)
    if key not in cache:
        cache[key] = store.connect(db_path, migrate=False)
    return cache[key]


class TaskContext:
    """What a task function gets besides its connection: a cancel flag and a progress callback."""

    def __init__(self, signals: _Signals, cancel: threading.Event) -> None:
        self._signals = signals
        self.cancel = cancel

    def progress(self, value: Any) -> None:
        self._signals.progress.emit(value)

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, db_path: Path, func: Callable, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.db_path, self.func, self.signals, self.cancel = db_path, func, signals, cancel

    def run(self) -> None:
        try:
            result = self.func(_connection(self.db_path), TaskContext(self.signals, self.cancel))
        except WorkstationError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - shown to the analyst as a warning, never a crash
            traceback.print_exc()
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Newest:
    """A slot where only the newest request counts: a detail pane, a list, a dock. Reads run two at a time, so an
    earlier answer can arrive after a later one (a slow case detail after the new case's); its answer is dropped
    instead of replacing what the analyst asked for last."""

    def __init__(self) -> None:
        self._requests = 0

    def ticket(self) -> Callable[[], bool]:
        """Start a request; the returned check says whether it is still the newest."""
        self._requests += 1
        number = self._requests
        return lambda: number == self._requests


class TaskHandle:
    def __init__(self, signals: _Signals, cancel: threading.Event) -> None:
        self.signals = signals
        self._cancel = cancel

    def cancel(self) -> None:
        self._cancel.set()


class TaskRunner(QObject):
    """Runs ``func(db, ctx)`` off the UI thread; callbacks run on the UI thread."""

    error = Signal(object)  # failures with no on_error handler, for the main window to show

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = location(db_path)
        # Each worker's connection decides the same way (core.db.connect): a workspace that cannot be written, or
        # a run started with --read-only, is opened for viewing and reports only, and its writes fail plainly.
        self.read_only = store.opens_read_only(self.db_path)
        self.reads = QThreadPool(self)
        self.reads.setMaxThreadCount(2)
        self.writes = QThreadPool(self)
        self.writes.setMaxThreadCount(1)
        self.long = QThreadPool(self)
        self.long.setMaxThreadCount(2)
        self._live: set[_Signals] = set()
        # Results still queued when the window closes must not reach widgets that are being deleted.
        self._open = threading.Event()
        self._open.set()

    def _start(self, pool: QThreadPool, func: Callable, on_done: Callable | None, on_error: Callable | None,
               on_progress: Callable | None, newest: Newest | None = None) -> TaskHandle:
        signals = _Signals()
        cancel = threading.Event()
        self._live.add(signals)  # keep the signal object alive until the task reports
        is_open = self._open
        still_wanted = newest.ticket() if newest is not None else (lambda: True)
        error_sink = on_error or self.error.emit

        def guarded(callback):
            def call(value) -> None:
                if is_open.is_set() and still_wanted():
                    callback(value)
            return call

        if on_done:
            signals.done.connect(guarded(on_done))
        signals.failed.connect(guarded(error_sink))
        if on_progress:
            signals.progress.connect(guarded(on_progress))
        signals.done.connect(lambda _r, s=signals: self._live.discard(s))
        signals.failed.connect(lambda _e, s=signals: self._live.discard(s))
        pool.start(_Runnable(self.db_path, func, signals, cancel))
        return TaskHandle(signals, cancel)

    def read(self, func: Callable, on_done: Callable | None = None, on_error: Callable | None = None, *,
             newest: Newest | None = None) -> TaskHandle:
        """``newest``: the slot this answer fills; an answer overtaken by a later request for the slot is dropped."""
        return self._start(self.reads, func, on_done, on_error, None, newest)

    def write(self, func: Callable, on_done: Callable | None = None, on_error: Callable | None = None) -> TaskHandle:
        return self._start(self.writes, func, on_done, on_error, None)

    def long_job(self, func: Callable, on_done: Callable | None = None, on_error: Callable | None = None,
                 on_progress: Callable | None = None) -> TaskHandle:
        return self._start(self.long, func, on_done, on_error, on_progress)

    def busy(self) -> bool:
        return bool(self._live)

    def wait_idle(self, msecs: int = 30000) -> bool:
        return all(pool.waitForDone(msecs) for pool in (self.reads, self.writes, self.long))

    def shutdown(self, msecs: int = 15000) -> None:
        """Cancel nothing half-way: let running tasks finish (their writes commit), then drop their answers."""
        self.wait_idle(msecs)
        self._open.clear()
