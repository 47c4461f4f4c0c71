"""Run archive-ws as a script runs it — arguments, environment, exit code, stdout, stderr — in this test's process
(a new Python per command cost seconds each); tests about the process itself start a real one."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from collections.abc import Iterator, Mapping, Sequence


@contextlib.contextmanager
def environment(env: Mapping[str, str]) -> Iterator[None]:
    """os.environ is exactly ``env`` for the command, and as it was afterwards."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run_archive_ws(args: Sequence[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """``archive-ws ARGS`` with ``env``: what a subprocess.run(capture_output=True, text=True) would return."""
    from archive_core.cli import run

    out, err = io.StringIO(), io.StringIO()
    with environment(env), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(args))
    return subprocess.CompletedProcess(["archive-ws", *args], code, out.getvalue(), err.getvalue())
