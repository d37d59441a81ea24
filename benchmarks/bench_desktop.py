"""The real desktop window over a 1,000,000-item workspace, offscreen: start-up, scrolling, sorting, filtering,
memory, and how responsive the UI thread stays while background work runs.

    python benchmarks/bench_desktop.py            # the 1,000,000-item workspace of bench_search (built if missing)
    python benchmarks/bench_desktop.py --quick    # 50,000 items, fewer repetitions, no fetch phase
    python benchmarks/bench_desktop.py --no-startup-checks --no-fetch
    python benchmarks/bench_desktop.py --workspace benchmarks/out/mem-1m.db   # a copy of a cached workspace

What is timed (each action starts from a settled window: no background read still running):
  start-up     MainWindow(...) constructed and shown -> first page of rows in the model and painted
  scroll       the table's vertical scroll bar set to its maximum (the view calls fetchMore) -> next page painted
  sort         a click on a column header -> the first page of the new order painted
  filter       search text + Return, the language box, the Unread box -> first page painted
A 10 ms QTimer runs on the UI thread throughout; its longest gap per phase shows how long the UI thread was
blocked. The start-up integrity check and daily backup (workspace_actions.start_up_checks, normally 8 s after
start) are triggered in a phase of their own, with interactions timed while they run; the backup it writes is
deleted afterwards. The fetch phase opens a second window on a fresh workspace whose sources are served by
benchmarks/feedserver.py (slow hosts) and measures the UI timer while that fetch runs.
Memory per phase (benchmarks/_memory.py): the process's high-water mark (VmHWM, reset at the start of each phase)
and the sampled resident memory of the whole process tree (children included) at 20 ms intervals; the start-up
check and the daily backup are separate phases (the backup's phase begins when the check reports).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="bench-desktop-home-")
os.environ["WORKSTATION_HOME"] = _HOME  # settings, default workspace and logs stay out of the user's folders
os.environ.pop("WORKSTATION_DB", None)

import _common as c  # noqa: E402
from _memory import PhasePeaks  # noqa: E402
from bigworkspace import workspace_path  # noqa: E402
from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import workstation.ui.workspace_actions as workspace_actions  # noqa: E402
from workstation.core.db import backup as backup_core  # noqa: E402
from workstation.core.workspace import open_workspace  # noqa: E402
from workstation.ui.i18n import Translations  # noqa: E402
from workstation.ui.main_window import MainWindow  # noqa: E402
from workstation.ui.settings import Settings  # noqa: E402

# The start-up check is triggered explicitly, in its own phase, instead of 8 s after the first window opens.
workspace_actions.FIRST_CHECK_MS = 1_000_000_000

TARGET_FIRST_PAGE_S = 2.0
TARGET_STEP_MS = 100.0
TARGET_RSS_MB = 500.0


class GapMonitor:
    """A 10 ms timer on the UI thread; records the time between its ticks, by phase."""

    def __init__(self) -> None:
        self.phase = "idle"
        self.gaps: dict[str, list[float]] = {}
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.setdefault(self.phase, []).append(now - self._last)
        self._last = now

    def set_phase(self, name: str) -> None:
        self._tick()  # the gap so far belongs to the previous phase
        self.phase = name

    def summary(self, phase: str) -> dict[str, float]:
        gaps = self.gaps.get(phase, [])
        if not gaps:
            return {"ticks": 0, "max_ms": float("nan"), "p99_ms": float("nan"), "over_50ms": 0, "over_100ms": 0}
        ordered = sorted(gaps)
        return {"ticks": len(gaps), "max_ms": ordered[-1] * 1000,
                "p99_ms": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000,
                "over_50ms": sum(g > 0.05 for g in gaps), "over_100ms": sum(g > 0.1 for g in gaps)}


def wait_until(predicate, timeout: float, hooks=()) -> bool:
    """Run the event loop until ``predicate()``; checked on every hook signal and every 2 ms."""
    if predicate():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    state = {"ok": False}

    def check(*_args) -> None:
        if not state["ok"] and predicate():
            state["ok"] = True
            loop.quit()

    poll.timeout.connect(check)
    for signal in hooks:
        signal.connect(check)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    poll.start()
    loop.exec()
    poll.stop()
    for signal in hooks:
        signal.disconnect(check)
    return state["ok"] or predicate()


def settle(window: MainWindow, timeout: float = 120.0) -> float:
    started = time.perf_counter()
    wait_until(lambda: not window.runner.busy(), timeout)
    return time.perf_counter() - started


def first_rows(window: MainWindow, started: float, timeout: float = 60.0, at_least: int = 1) -> float:
    """Seconds from ``started`` until ``at_least`` rows are in the model and the table has painted them."""
    model = window.items_tab.model
    ok = wait_until(lambda: model.rowCount() >= at_least and not model.loading, timeout, hooks=(model.pageLoaded,))
    window.items_tab.table.viewport().repaint()  # paint now: data() for every visible cell
    if not ok:
        return float("nan")
    return time.perf_counter() - started


def open_window(path: Path, settings: Settings, translations: Translations) -> tuple[MainWindow, dict]:
    t0 = time.perf_counter()
    window = MainWindow(path, settings, translations)
    constructed = time.perf_counter() - t0
    window.show()
    shown = first_rows(window, t0)
    ok_snapshot = wait_until(lambda: window.items_tab.snapshot is not None, 120)
    snapshot = time.perf_counter() - t0 if ok_snapshot else float("nan")
    ok_count = wait_until(lambda: window.items_tab.model.total is not None, 120)
    count = time.perf_counter() - t0 if ok_count else float("nan")
    return window, {"constructor_s": constructed, "first_page_s": shown, "sources_pane_s": snapshot,
                    "count_s": count}


def close_window(window: MainWindow) -> None:
    window.close()
    window.runner.wait_idle(60000)
    window.deleteLater()
    QApplication.processEvents()


def header_click(window: MainWindow, column: int) -> None:
    header = window.items_tab.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, header.height() // 2))


def timed_action(window: MainWindow, action, *, settle_first: bool = True) -> dict:
    if settle_first:
        settle(window)
    generation = window.items_tab.model._generation
    started = time.perf_counter()
    action()
    wait_until(lambda: window.items_tab.model._generation != generation, 5)  # the action reset the model
    shown = first_rows(window, started)
    counted = wait_until(lambda: window.items_tab.model.total is not None, 120)
    return {"rows_s": shown, "count_s": time.perf_counter() - started if counted else float("nan"),
            "rows": window.items_tab.model.rowCount()}


def search(window: MainWindow, text: str):
    def act():
        window.items_tab.filters.search.setText(text)
        QTest.keyClick(window.items_tab.filters.search, Qt.Key.Key_Return)  # Return skips the 350 ms typing debounce
    return act


def fmt_ms(value: float) -> str:
    return c.ms(value)


def workspace_built_apart(items: int) -> Path:
    """The cached workspace of ``items`` items, built in a child process when missing: a build in this process
    left ~500 MB of its own in the resident memory that every phase below reports."""
    path = workspace_path(items)
    if not path.exists():
        here = Path(__file__).resolve().parent
        subprocess.run([sys.executable, "-c", "from bigworkspace import ensure_workspace; "
                        f"ensure_workspace({items})"], cwd=here, check=True,
                       env={**os.environ, "PYTHONPATH": os.pathsep.join([str(here.parent), str(here)])})
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="50,000 items, 1 round, no fetch or start-up checks")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-startup-checks", action="store_true")
    parser.add_argument("--no-fetch", action="store_true")
    parser.add_argument("--fetch-feeds", type=int, default=240)
    parser.add_argument("--workspace", type=Path, help="use this workspace file (opened, so migrated, by the "
                                                       "product) instead of the cached one of --items")
    args = parser.parse_args()
    if args.quick:
        args.items, args.rounds, args.no_startup_checks, args.no_fetch = 50_000, 1, True, True
    c.print_machine()
    path = args.workspace if args.workspace else workspace_built_apart(args.items)
    print(f"workspace: {path.name} ({path.stat().st_size / 1e9:.2f} GB)")

    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings = Settings(str(Path(_HOME) / "settings.ini"))
    settings.set("analyst", "Бенчмарк")
    settings.set("fetch_every_minutes", 0)
    translations = Translations()
    translations.switch("en")
    monitor = GapMonitor()
    peaks = PhasePeaks()
    report: list[str] = []

    # --- start-up ---------------------------------------------------------------------------------------------
    monitor.set_phase("start-up")
    peaks.start("start-up: window and first list")
    starts = []
    window = None
    for attempt in range(args.rounds):
        if window is not None:
            monitor.set_phase("harness")
            close_window(window)
            monitor.set_phase("start-up")
        window, figures = open_window(path, settings, translations)
        starts.append(figures)
        print(f"  start-up {attempt + 1}: " + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()), flush=True)
    assert window is not None
    settle(window)
    rows = [[k, f"{c.median(s[k] for s in starts):.3f}", f"{max(s[k] for s in starts):.3f}"]
            for k in ("constructor_s", "first_page_s", "sources_pane_s", "count_s")]
    report.append(f"### start-up ({args.rounds} windows; target first page < {TARGET_FIRST_PAGE_S:.0f} s)\n" +
                  c.table(rows, ["from MainWindow() to", "median s", "max s"]))

    # --- scrolling ---------------------------------------------------------------------------------------------
    monitor.set_phase("scroll")
    peaks.start("scroll")
    steps = []
    scrollbar = window.items_tab.table.verticalScrollBar()
    for _ in range(15 if not args.quick else 5):
        settle(window)
        before = window.items_tab.model.rowCount()
        started = time.perf_counter()
        scrollbar.setValue(scrollbar.maximum())
        steps.append(first_rows(window, started, at_least=before + 1))
    report.append(f"### scroll step ({len(steps)} pages; target < {TARGET_STEP_MS:.0f} ms)\n" + c.table(
        [["next page painted", fmt_ms(c.median(steps)), fmt_ms(c.p90(steps)), fmt_ms(max(steps)),
          window.items_tab.model.rowCount()]], ["", "median ms", "p90 ms", "max ms", "rows loaded"]))
    print("  scroll done", flush=True)

    # --- sorting -----------------------------------------------------------------------------------------------
    monitor.set_phase("sort")
    peaks.start("sort")
    sort_times: dict[str, list[dict]] = {}
    labels = {0: "title", 1: "source", 2: "date", 3: "language"}
    for _round in range(args.rounds):
        for column in (0, 1, 3, 2):
            for _click in range(2):  # the second click on the same header reverses the order
                result = timed_action(window, lambda col=column: header_click(window, col))
                key = f"{labels[column]} {'desc' if window.items_tab.model.descending else 'asc'}"
                sort_times.setdefault(key, []).append(result)
    print("  sort done", flush=True)
    if window.items_tab.model.sort_key != "published_at" or not window.items_tab.model.descending:
        timed_action(window, lambda: header_click(window, 2))

    # --- filtering ---------------------------------------------------------------------------------------------
    monitor.set_phase("filter")
    peaks.start("search and filters")
    filter_times: dict[str, list[dict]] = {}
    language = window.items_tab.filters.language
    vocab = c.Vocabulary()
    rare = vocab.word_at("ru", len(vocab.words["ru"]) - 40)  # the same rare word as bench_search
    actions = [
        ("search: common word `Казахстана`", search(window, "Казахстана")),
        ("search: phrase `\"ұтыс ойыны\"`", search(window, '"ұтыс ойыны"')),
        ("search: keyboard `утыс`", search(window, "утыс")),
        (f"search: rare name `{rare}`", search(window, rare)),
        ("search: `мошенники -звонят`", search(window, "мошенники -звонят")),
        ("search cleared", search(window, "")),
        ("language: Kazakh", lambda: language.setCurrentIndex(language.findData("kk"))),
        ("language: English", lambda: language.setCurrentIndex(language.findData("en"))),
        ("language: all", lambda: language.setCurrentIndex(0)),
        ("unread only: on", lambda: window.items_tab.filters.unread.setChecked(True)),
        ("unread + search `банк`", search(window, "банк")),
        ("unread only: off (search `банк` kept)", lambda: window.items_tab.filters.unread.setChecked(False)),
        ("search cleared again", search(window, "")),
    ]
    for _round in range(args.rounds):
        for label, action in actions:
            filter_times.setdefault(label, []).append(timed_action(window, action))
    print("  filter done", flush=True)
    step_rows = []
    for group in (sort_times, filter_times):
        for label, results in group.items():
            shown = [r["rows_s"] for r in results]
            counted = [r["count_s"] for r in results]
            verdict = "ok" if c.median(shown) * 1000 < TARGET_STEP_MS else "MISSES"
            step_rows.append([label, fmt_ms(c.median(shown)), fmt_ms(max(shown)), fmt_ms(c.median(counted)),
                              results[-1]["rows"], verdict])
    report.append(f"### sort and filter (median of {args.rounds}; target first rows < {TARGET_STEP_MS:.0f} ms)\n" +
                  c.table(step_rows, ["action", "first rows painted, median ms", "max ms",
                                      "count shown, median ms", "rows", "target"]))

    # --- the dashboard's figures (the year so far, as the tab opens) -------------------------------------------
    peaks.start("statistics (dashboard tab)")
    settle(window)
    loaded: list[float] = []
    window.dashboard_tab.loaded.connect(lambda: loaded.append(time.perf_counter()))
    started = time.perf_counter()
    window.tabs.setCurrentWidget(window.dashboard_tab)
    wait_until(lambda: bool(loaded), 300)
    stats_s = (loaded[0] - started) if loaded else float("nan")
    settle(window)
    window.tabs.setCurrentWidget(window.items_tab)
    report.append(f"### statistics: dashboard tab opened -> figures shown: {stats_s:.2f} s")
    peaks.stop()

    rss_1m = {"VmRSS now MB": c.current_rss_mb(), "VmHWM (peak) MB": c.peak_rss_mb()}

    # --- the start-up integrity check and daily backup, with interactions meanwhile --------------------------
    if not args.no_startup_checks:
        monitor.set_phase("start-up checks")
        settle(window)
        peaks.start("start-up integrity check")
        backups_before = {p.path for p in backup_core.list_backups(path)}
        checked: dict[str, float] = {}
        original = window.workspace_._checked

        def hooked(problems, original=original):
            checked["at"] = time.perf_counter()
            checked["problems"] = len(problems)
            peaks.start("daily backup")
            original(problems)

        window.workspace_._checked = hooked
        started = time.perf_counter()
        window.workspace_.start_up_checks()
        during = []
        for label, action in actions[:2] + actions[5:7] + actions[8:9]:
            if "at" in checked:
                break
            result = timed_action(window, action, settle_first=False)
            during.append([label, fmt_ms(result["rows_s"]), fmt_ms(result["count_s"])])
            wait_until(lambda: "at" in checked, 2)
        wait_until(lambda: "at" in checked, 1800)
        check_s = checked.get("at", float("nan")) - started
        wait_until(lambda: window.runner.long.activeThreadCount() == 0, 1800)
        total_s = time.perf_counter() - started
        peaks.stop()
        gaps = monitor.summary("start-up checks")
        monitor.set_phase("harness")  # deleting a multi-GB file blocks this thread: not the product's doing
        new_backups = [p.path for p in backup_core.list_backups(path) if p.path not in backups_before]
        size = sum(p.stat().st_size for p in new_backups) / 1e9
        names = ", ".join(p.name for p in new_backups)
        for created in new_backups:
            created.unlink(missing_ok=True)
        folder = backup_core.backups_dir(path)
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        report.append(
            "### start-up integrity check and daily backup (normally 8 s after the window opens)\n" +
            c.table([["start-up integrity check (long-job pool)", f"{check_s:.1f}"],
                     ["then the daily backup (full-text index check on its copy, snapshot), total",
                      f"{total_s:.1f}"],
                     [f"backup written (deleted after the run): {names}", f"{size:.2f} GB"],
                     ["UI timer: longest gap", f"{gaps['max_ms']:.0f} ms"]], ["", "s"]) +
            ("\n\ninteractions while the check ran (one of the two read threads busy):\n" +
             c.table(during, ["action", "first rows ms", "count ms"]) if during else ""))
        print("  start-up checks done", flush=True)

    monitor.set_phase("harness")
    close_window(window)

    # --- a long fetch of slow sources on a fresh workspace ---------------------------------------------------
    if not args.no_fetch:
        from feedserver import FeedServers

        from workstation.core import clock
        from workstation.core.ingest.sources import add_source

        fetch_dir = Path(tempfile.mkdtemp(prefix="bench-desktop-fetch-"))
        try:
            with FeedServers(args.fetch_feeds, hosts=max(1, args.fetch_feeds // 8), latency=0.1, items=30) as srv:
                peaks.exclude = frozenset({str(srv.pid)})  # the feeds' server is not the desktop's memory
                fresh = fetch_dir / "fresh.db"
                db = open_workspace(fresh)
                for index, url in enumerate(srv.urls):
                    add_source(db, url, kind="rss", name=f"Site {index // 8:03d} — {index % 8}", folder="Media/KZ")
                db.close()
                c.run_at_feed_time()  # the served items are news: the radar reads every one, as in a fetch round
                fetch_window, _ = open_window(fresh, settings, translations)
                settle(fetch_window)
                monitor.set_phase("fetch")
                peaks.start("fetch (second window, fresh workspace)")
                started = time.perf_counter()
                fetch_window.items_tab.fetcher.fetch()
                wait_until(lambda: not fetch_window.items_tab.fetcher.running, 600)
                fetch_s = time.perf_counter() - started
                wait_until(lambda: not fetch_window.runner.busy(), 60)
                peaks.stop()
                monitor.set_phase("harness")
                stored = open_workspace(fresh).execute("SELECT count(*) FROM items").fetchone()[0]
                close_window(fetch_window)
                clock.set_clock(None)
            gaps = monitor.summary("fetch")
            report.append(
                f"### UI thread during a fetch of {args.fetch_feeds} sources x 30 items (100 ms latency, "
                f"{max(1, args.fetch_feeds // 8)} hosts)\n" +
                c.table([[f"{fetch_s:.1f}", stored, gaps["ticks"], f"{gaps['max_ms']:.0f}", f"{gaps['p99_ms']:.0f}",
                          gaps["over_50ms"], gaps["over_100ms"]]],
                        ["fetch s", "items stored", "timer ticks", "longest gap ms", "p99 gap ms", "gaps > 50 ms",
                         "gaps > 100 ms"]))
        finally:
            shutil.rmtree(fetch_dir, ignore_errors=True)

    monitor.timer.stop()
    gap_rows = []
    for phase in ("start-up", "scroll", "sort", "filter", "start-up checks", "fetch"):
        s = monitor.summary(phase)
        if s["ticks"]:
            gap_rows.append([phase, s["ticks"], f"{s['max_ms']:.0f}", f"{s['p99_ms']:.0f}", s["over_50ms"],
                             s["over_100ms"]])
    report.append("### UI thread: gaps of a 10 ms timer, per phase\n" +
                  c.table(gap_rows, ["phase", "ticks", "longest gap ms", "p99 ms", "> 50 ms", "> 100 ms"]))
    peaks.close()
    worst = max((r["tree_peak"] for r in peaks.results.values()), default=float("nan"))
    report.append(f"### memory per phase (target < {TARGET_RSS_MB:.0f} MB in every phase; worst "
                  f"{worst:.0f} MB: {'ok' if worst < TARGET_RSS_MB else 'MISSES'})\n" +
                  c.table(peaks.rows(), peaks.HEADER))
    for phase, processes in peaks.peak_processes.items():
        if len(processes) > 1:  # work in child processes: which ones, at the phase's peak
            report.append(f"### processes at the peak of '{phase}'\n" + c.table(
                [[pid, f"{rss:.0f}", command] for pid, rss, command in processes], ["pid", "RSS MB", "command"]))
    report.append(f"### memory (target peak < {TARGET_RSS_MB:.0f} MB)\n" + c.table(
        [["after the big-workspace phases", f"{rss_1m['VmRSS now MB']:.0f}", f"{rss_1m['VmHWM (peak) MB']:.0f}"],
         ["end of run (process peak)", f"{c.current_rss_mb():.0f}", f"{c.peak_rss_mb():.0f}"]],
        ["", "RSS MB", "peak RSS MB"]))
    print()
    print("\n\n".join(report))
    shutil.rmtree(_HOME, ignore_errors=True)
    del app


def _spawn_without_this_script() -> None:
    """A process started with "spawn" (the ingest workers, the feed server) first runs its parent's main script's
    top-level code: here Qt and the whole desktop (~130 MB a worker). The desktop's own ``main.py`` imports nothing
    at its top, so its workers do not; measure those, not this script's."""
    main_module = sys.modules["__main__"]
    main_module.__spec__ = None
    if hasattr(main_module, "__file__"):
        del main_module.__file__


if __name__ == "__main__":
    _spawn_without_this_script()
    main()
