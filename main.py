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
    raise SystemExit(run(sys.argv[1:]))
