"""The command line as a script or an analyst runs it: ``run(*args)`` calls ``workstation --db WORKSPACE ARGS`` in
this process and returns (exit code, stdout, stderr)."""

import pytest

from workstation.cli import main


@pytest.fixture
def run(db_path, capsys):
    def _run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return _run
