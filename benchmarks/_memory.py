"""Peak resident memory per phase of a benchmark (Linux).

The process's own peak is its VmHWM, reset at the start of every phase by writing "5" to /proc/self/clear_refs, so
each phase reports its own high-water mark rather than the run's. A thread samples the resident memory of the
whole process tree (this process and every descendant, /proc/<pid>/task/*/children) every 20 ms, so work handed to a
child process is counted too (except the benchmark's own helpers named in ``exclude``, such as a feed server); a child
that lives less than 20 ms can slip between two samples.
"""

from __future__ import annotations

import threading
from pathlib import Path


def _status_mb(pid: int | str, field: str) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def children(pid: int | str) -> list[str]:
    """The pids of a process's direct children (none when it is gone)."""
    found: list[str] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            try:
                found += (task / "children").read_text().split()
            except OSError:
                continue
    except OSError:
        pass
    return found


def tree_rss(pid: int | str = "self", exclude: frozenset[str] = frozenset()) -> list[tuple[str, float, str]]:
    """(pid, resident MB, command line) of a process and all its descendants but those in ``exclude`` (and theirs)."""
    found, todo = [], [str(pid)]
    while todo:
        current = todo.pop()
        if current in exclude:
            continue
        try:
            command = Path(f"/proc/{current}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            command = "?"
        found.append((current, _status_mb(current, "VmRSS"), command.strip()[:100]))
        todo += children(current)
    return found


def tree_rss_mb(pid: int | str = "self", exclude: frozenset[str] = frozenset()) -> float:
    """Resident memory of a process and all its descendants but those in ``exclude`` (and theirs), MB."""
    return sum(rss for _, rss, _ in tree_rss(pid, exclude))


def reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


class PhasePeaks:
    """``start(name)`` closes the running phase and opens the next; ``rows()`` gives, per phase, the process's peak
    (VmHWM), the sampled peak of the process tree, and the resident memory at the end of the phase."""

    def __init__(self, interval: float = 0.02) -> None:
        self.interval = interval
        self.phase: str | None = None
        self.results: dict[str, dict[str, float]] = {}
        self._tree_peak = 0.0
        self._start_rss = 0.0
        self.exclude: frozenset[str] = frozenset()  # pids of the benchmark's helpers (a feed server), not measured
        self.peak_processes: dict[str | None, list[tuple[str, float, str]]] = {}  # phase → the tree at its peak
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="rss-sampler", daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            processes = tree_rss(exclude=self.exclude)
            value = sum(rss for _, rss, _ in processes)
            with self._lock:
                if value > self._tree_peak:
                    self._tree_peak, self.peak_processes[self.phase] = value, processes

    def start(self, name: str | None) -> None:
        self.stop()
        self.phase = name
        if name is not None:
            self._start_rss = _status_mb("self", "VmRSS")
            reset_peak()
            with self._lock:
                self._tree_peak = tree_rss_mb(exclude=self.exclude)

    def stop(self) -> None:
        if self.phase is None:
            return
        now = tree_rss_mb(exclude=self.exclude)
        with self._lock:
            tree = max(self._tree_peak, now)
        own = _status_mb("self", "VmHWM")
        previous = self.results.get(self.phase)
        if previous is not None:  # a phase entered again: keep the higher peaks
            own, tree = max(own, previous["own_peak"]), max(tree, previous["tree_peak"])
        start = previous["start"] if previous is not None else self._start_rss
        self.results[self.phase] = {"start": start, "own_peak": own, "tree_peak": max(tree, own),
                                    "end": _status_mb("self", "VmRSS")}
        self.phase = None

    def close(self) -> None:
        self.stop()
        self._stop.set()
        self._thread.join(1)

    def rows(self) -> list[list[str]]:
        return [[name, f"{r['start']:.0f}", f"{r['own_peak']:.0f}", f"{r['tree_peak']:.0f}", f"{r['end']:.0f}"]
                for name, r in self.results.items()]

    HEADER = ["phase", "RSS at start MB", "process peak MB (VmHWM)", "process tree peak MB (sampled 20 ms)",
              "RSS at end MB"]
