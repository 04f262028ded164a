"""Starting an installed or frozen Parallax window offscreen, for the packaging tests."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from reader.core.store import STORE_FILENAME

# The window quits by itself right after its first show when this is set.
QUIT_HOOK_ENV = "PARALLAX_QUIT_AFTER_SHOW"
# Without the hook, a window still up after this long started without crashing.
ALIVE_AFTER_S = 8.0
STOP_TIMEOUT_S = 30.0


def assert_window_starts(command: list[str], data_dir: Path, cwd: Path) -> None:
    """Start ``command`` offscreen on ``data_dir``; it must open the library and not crash."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", QUIT_HOOK_ENV: "1"}
    process = subprocess.Popen(
        [*command, "--data-dir", str(data_dir)],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    started = time.monotonic()
    try:
        process.wait(timeout=ALIVE_AFTER_S)
        quit_by_itself = True
    except subprocess.TimeoutExpired:
        quit_by_itself = False
        process.send_signal(signal.SIGTERM)
    try:
        _out, err = process.communicate(timeout=STOP_TIMEOUT_S)
    finally:
        process.kill()
    assert "Traceback" not in err, err
    assert (data_dir / STORE_FILENAME).is_file(), f"the window never opened the library\n{err}"
    if quit_by_itself:
        assert process.returncode == 0, err
        assert time.monotonic() - started < ALIVE_AFTER_S
    else:  # the hook is not honoured: it was still running, without errors, when stopped
        assert process.returncode in (-signal.SIGTERM, 128 + signal.SIGTERM), err
