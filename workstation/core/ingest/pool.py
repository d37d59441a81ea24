"""Reading feeds on the machine's other cores.

Making items out of a feed's bytes is all CPU and needs no workspace: decoding, the XML, sanitizing, plain text,
language, the folded text and word forms of the full-text row, and the radar's story keys (``analysis.story_keys``,
handed over to the radar's triage: about a millisecond an item together), while storing them is a fraction of that
on the one connection that writes. Where the machine has more than one core, a
pool of worker processes does the first part and hands back plain data (dataclasses of strings and numbers); the
process that owns the workspace only writes, in its usual short transactions. On one core everything runs in the
calling process. The installed bundle has no interpreter of its own to start: its workers are the bundle's program
started again, which ``main.py`` turns into a worker at once (``multiprocessing.freeze_support``).

The pool is made on first use and kept for the life of the program (starting an interpreter costs a few
hundred milliseconds); its workers are started with ``spawn``, never forked from a process that runs threads
(the desktop). A worker that dies (out of memory on a hostile feed) breaks the pool: the task runs again in the
calling process and the next call makes a new pool.

Errors cross the process boundary as they were raised (class, key, parameters), and the worker reads the clock
as the caller saw it when the task was handed over (relative dates like "5 minutes ago", the future check).
"""

from __future__ import annotations

import ctypes
import datetime as dt
import importlib.machinery
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from workstation.core import clock

log = logging.getLogger(__name__)

MAX_WORKERS = 4
# A worker is replaced after this many tasks (feeds): the word caches it builds (forms, entities, language
# evidence) grow with the words it reads, from ~50 MB at start to ~100 MB after 100 feeds of 100 items and ~117 MB
# after 600, where they level off. The desktop (``limit_workers``) keeps its worker small this way. A program that
# does not limit its pool holds nothing else of size, and replaces its workers less often: a replacement costs about
# 1.5 s of CPU (half a second of start-up, then its first 1,000 items at 2.1 instead of 1.5 ms an item while its
# caches fill), 6% of the CPU of a 100,000-item import when it came every 100 feeds.
RECYCLE_AFTER_TASKS = 100
RECYCLE_AFTER_TASKS_UNLIMITED = 500
# Workers run at this much lower a priority (Unix niceness; "below normal" on Windows) than the program that stores
# what they read. That program's one writer is the narrowest step of ingest: at equal priority, two workers and the
# writer shared two cores three ways, the workers ran ahead until the read-ahead was full and then stopped, and the
# writer got two thirds of a core while they ran and left a core idle while they waited. Niced, the workers take
# what the writer leaves; in the desktop the window keeps its priority over them too.
WORKER_NICENESS = 10
# Set to "1" to read everything in the calling process (a profile, a debugger).
DISABLE_ENV = "WORKSTATION_NO_POOL"

_BELOW_NORMAL_PRIORITY_CLASS = 0x4000

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_pool_size = 0
_limit: int | None = None


def worker_count() -> int:
    """How many worker processes reading feeds gets here: none on one core (or with ``DISABLE_ENV`` set)."""
    if os.environ.get(DISABLE_ENV) == "1":
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(cores, MAX_WORKERS, _limit or MAX_WORKERS)


def limit_workers(count: int) -> None:
    """At most ``count`` (≥ 1) worker processes from now on. The desktop takes one: its window and its writer keep
    a core, and the program with its workers stays within its memory (the window over a large workspace holds
    ~300 MB, each worker up to ~120 MB). A larger pool already made is ended; the next use makes the new one."""
    global _limit
    _limit = max(1, count)
    with _lock:
        too_many = _pool is not None and _pool_size > worker_count()
    if too_many:
        shut_down()


def leave_main_out_of_workers() -> None:
    """Start workers without running the program's main script again: ``spawn`` runs it in each new worker so that
    tasks defined in it can be found, but the tasks handed to this pool live in ``workstation.core``, and the
    command line's script imports every command (about a second in each worker, again whenever one is replaced).
    The script then says it is a package's ``__main__`` module, which ``spawn`` does not run. For the program's
    own entry points to call, before any worker starts; a main module imported by name (``python -m``) is left
    alone (``spawn`` does not run those either)."""
    main = sys.modules.get("__main__")
    if main is not None and getattr(main, "__spec__", None) is None:
        main.__spec__ = importlib.machinery.ModuleSpec("__main__", None)


def shared() -> ProcessPoolExecutor | None:
    """The program's pool, made on first use; None where there is no second core to use."""
    global _pool, _pool_size
    with _lock:
        if _pool is None and worker_count():
            _pool_size = worker_count()
            # Python 3.10 cannot replace workers; there they live as long as the pool.
            tasks = RECYCLE_AFTER_TASKS if _limit is not None else RECYCLE_AFTER_TASKS_UNLIMITED
            recycle = {"max_tasks_per_child": tasks} if sys.version_info >= (3, 11) else {}
            _pool = ProcessPoolExecutor(max_workers=_pool_size, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_load_readers, **recycle)
        return _pool


def start_workers(*, wait: bool = False) -> None:
    """Start the pool's workers now, with what reading feeds needs loaded, rather than at the first feed (a few
    hundred milliseconds of start-up each); ``wait`` returns once each has started."""
    pool = shared()
    if pool is None:
        return
    try:
        started = [pool.submit(_ready) for _ in range(_pool_size)]
        if wait:
            for future in started:
                future.result()
    except (BrokenProcessPool, RuntimeError):
        _forget(pool)


def shut_down() -> None:
    """End the workers (tests, and a program that wants its processes back); the next use makes a new pool."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def _forget(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is not pool:
            return
        _pool = None
    # Said once per broken pool: reading goes on here, slower; a bundle whose workers cannot start shows it here.
    log.warning("the worker processes reading feeds stopped; reading goes on in this process")


class Task:
    """``func(*args)`` handed to the pool (or run here when there is none); ``result()`` returns what it returned
    or raises what it raised."""

    def __init__(self, pool: ProcessPoolExecutor | None, func: Callable[..., Any], *args: Any) -> None:
        self.func, self.args, self.pool = func, args, pool
        self.future: Future | None = None
        if pool is not None:
            try:
                self.future = pool.submit(_run, func, clock.now(), args)
            except (BrokenProcessPool, RuntimeError):  # broken, or shut down meanwhile
                _forget(pool)

    def result(self) -> Any:
        if self.future is None:
            return self.func(*self.args)
        try:
            outcome = self.future.result()
        except BrokenProcessPool:
            _forget(self.pool)
            return self.func(*self.args)
        if isinstance(outcome, _Raised):
            raise outcome.restore()
        return _restore_error(outcome)

    def cancel(self) -> None:
        if self.future is not None:
            self.future.cancel()


def run(func: Callable[..., Any], *args: Any, pool: ProcessPoolExecutor | None = None) -> Any:
    return Task(pool, func, *args).result()


# --- in the worker ----------------------------------------------------------------------------------------------

def _load_readers() -> None:
    """Each worker's start: a lower priority (``WORKER_NICENESS``), and the modules reading a feed needs, before its
    first task (also a replacement's)."""
    _lower_priority()
    importlib.import_module("workstation.core.ingest.reading")


def _lower_priority() -> None:
    try:
        if hasattr(os, "nice"):
            os.nice(WORKER_NICENESS)
        elif sys.platform == "win32":
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            # Handles are pointer-sized: without these types ctypes would pass the process's pseudo-handle (-1) as a
            # 32-bit int on 64-bit Windows.
            kernel32.GetCurrentProcess.restype = ctypes.c_void_p
            kernel32.SetPriorityClass.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS)
    except (OSError, AttributeError):  # not permitted or not available: the worker reads at normal priority
        pass


def _ready() -> None:
    # Each of ``start_workers``' tasks stays a moment, so that the next goes to another worker: the executor starts
    # a process per task handed over while none is idle, and this finds them all started.
    time.sleep(0.1)


def _run(func: Callable[..., Any], now: dt.datetime, args: tuple) -> Any:
    clock.set_clock(lambda: now)
    try:
        return _portable_error(func(*args))
    except Exception as exc:  # noqa: BLE001 - handed back and raised again in the caller
        return _Raised(exc)
    finally:
        clock.set_clock(None)


class _Raised:
    """An exception as data: our errors' constructors take other arguments than ``args`` (a key and parameters),
    so pickling them the ordinary way would rebuild them wrongly."""

    def __init__(self, exc: BaseException) -> None:
        self.cls, self.args, self.state = type(exc), exc.args, dict(getattr(exc, "__dict__", {}))

    def restore(self) -> BaseException:
        exc = self.cls.__new__(self.cls)
        exc.args = self.args
        exc.__dict__.update(self.state)
        return exc


def _portable_error(result: Any) -> Any:
    """A result that carries an error (``Fetched.error``) carries it as data."""
    if isinstance(getattr(result, "error", None), BaseException):
        result.error = _Raised(result.error)
    return result


def _restore_error(result: Any) -> Any:
    if isinstance(getattr(result, "error", None), _Raised):
        result.error = result.error.restore()
    return result
