"""testkit.kiosk_launcher: the crash tests' kiosks are real processes of their own, forked from a pre-imported parent."""
from __future__ import annotations

import os
import signal
from pathlib import Path

from testkit.kiosk_launcher import KioskLauncher


def test_each_kiosk_is_a_process_of_its_own_with_its_status_and_output(tmp_path: Path) -> None:
    """A kiosk that ends reports 0 and its stdout; one killed from outside reports -SIGKILL (as Popen does); one
    that fails reports 1 with its traceback on stderr; each has its own pid, none is the test's or the parent's."""
    with KioskLauncher(tmp_path) as launcher:
        done = launcher.start(["resume", "reference", str(tmp_path / "outbox"), "http://127.0.0.1:9", "token"], {})
        out, _err = done.communicate(60)
        assert done.returncode == 0 and '"confirmed": 0' in out
        killed = launcher.start(["resume", "reference", str(tmp_path / "outbox"), "http://127.0.0.1:9", "token"], {})
        killed.send_signal(signal.SIGKILL)
        killed.communicate(60)
        assert killed.returncode in (0, -signal.SIGKILL)  # it may have finished before the signal came
        broken = launcher.start(["resume", "no-such-backend", str(tmp_path / "outbox"), "http://127.0.0.1:9", "t"], {})
        _out, err = broken.communicate(60)
        assert broken.returncode == 1 and "unknown backend" in err
        assert len({done.pid, killed.pid, broken.pid, os.getpid()}) == 4
