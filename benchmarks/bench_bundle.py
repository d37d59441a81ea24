"""Installed size and cold start of the PyInstaller bundle (build it first: installer/build_linux.sh).

    python benchmarks/bench_bundle.py [path/to/MediaMonitoringWorkstation]

Cold start here means a new process each time (the OS file cache stays warm, as it does on a laptop that
started the program before); the figures are the command line's `--version` and the desktop from start to
its window being shown and closed (`--smoke-quit-after`), with the same for `python main.py` as the baseline.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "build" / "dist" / "MediaMonitoringWorkstation" / "MediaMonitoringWorkstation"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def timed(command: list[str], env: dict[str, str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    exe = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not exe.exists():
        raise SystemExit(f"no bundle at {exe}: run installer/build_linux.sh first")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSTATION_HOME": home}
        db = Path(home) / "demo.db"
        subprocess.run([str(exe), "--db", str(db), "demo"], env=env, check=True, capture_output=True)
        python = [sys.executable, str(ROOT / "main.py")]
        rows = [
            ("--version", [str(exe), "--version"], [*python, "--version"]),
            ("desktop start and close (demo workspace)", [str(exe), "--db", str(db), "--smoke-quit-after", "0.2"],
             [*python, "--db", str(db), "--smoke-quit-after", "0.2"]),
        ]
        print(f"bundle folder: {folder_size(exe.parent) / 2**20:.0f} MiB ({exe.parent})")
        debs = sorted((ROOT / "build").glob("*.deb"))
        if debs:
            print(f".deb package: {debs[-1].stat().st_size / 2**20:.0f} MiB ({debs[-1].name})")
        for label, bundled, source in rows:
            b, s = timed(bundled, env), timed(source, env)
            print(f"{label}: bundle {b:.2f} s, from source {s:.2f} s (median of 5)")


if __name__ == "__main__":
    main()
