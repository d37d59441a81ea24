"""One entry point for main.py and the frozen bundle: desktop when no command is given, else the command line."""

from __future__ import annotations

from workstation.cli import build_parser
from workstation.cli import main as cli_main

DESKTOP_OPTIONS = {"--db", "--portable", "--lang", "--read-only", "--no-demo-offer", "--smoke-quit-after"}
FLAGS = {"--portable", "--read-only", "--no-demo-offer"}  # options that take no value


def wants_desktop(argv: list[str]) -> bool:
    """True when argv holds only desktop options (``--db PATH`` ...), no command."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name = arg.split("=", 1)[0]
        if name not in DESKTOP_OPTIONS:
            return False
        if "=" not in arg and name not in FLAGS:
            if not rest:
                return False
            rest.pop(0)
    return True


def launch(argv: list[str]) -> int:
    if wants_desktop(argv):
        try:
            from workstation.app import main as desktop_main
        except ImportError:  # the desktop is not built yet: fall back to the command line's help
            build_parser().print_help()
            return 0
        return desktop_main(argv)
    return cli_main(argv)
