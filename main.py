"""Start the Media Monitoring Workstation.

With no arguments (or only --db PATH) the desktop opens; with a command it runs the command line,
so `python main.py fetch` works on a machine with no screen.
"""

from __future__ import annotations

import sys


def run(argv: list[str]) -> int:
    from workstation.launcher import launch

    return launch(argv)


if __name__ == "__main__":
    import multiprocessing

    # In the installed bundle, a worker process reading feeds is this same program started again: it must become
    # the worker here, before the command line or the desktop reads its arguments (a no-op when run from source).
    multiprocessing.freeze_support()
    raise SystemExit(run(sys.argv[1:]))
