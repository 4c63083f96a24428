"""JobRunner: results come back on the GUI thread; session-scoped results are dropped after a wipe."""
from __future__ import annotations

import threading
from pathlib import Path

from kiosk_app.jobs import JobRunner
from kiosk_app.session import CitizenSession


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    runner = JobRunner()
    seen: list[tuple[int, object]] = []
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(lambda: threading.get_ident(), lambda worker: seen.append((threading.get_ident(), worker)))
    assert len(seen) == 1
    gui_thread, worker_thread = seen[0]
    assert gui_thread == threading.get_ident()
    assert worker_thread != gui_thread


def test_session_scoped_result_reaches_the_same_visitor(qtbot, tmp_path: Path) -> None:
    runner, session = JobRunner(), CitizenSession(tmp_path)
    got: list[int] = []
    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run_for_session(session, lambda: 42, got.append)
    assert got == [42]


def test_session_scoped_result_is_dropped_after_a_wipe(qtbot, tmp_path: Path) -> None:
    """A job that outlives its visitor must not write into the next visitor's session."""
    runner, session = JobRunner(), CitizenSession(tmp_path)
    release = threading.Event()
    got: list[object] = []
    dropped: list[bool] = []

    def slow() -> int:
        release.wait(5)
        return 7

    def boom() -> int:
        release.wait(5)
        raise RuntimeError("late failure")

    runner.run_for_session(session, slow, got.append, got.append, on_dropped=lambda: dropped.append(True))
    runner.run_for_session(session, boom, got.append, got.append, on_dropped=lambda: dropped.append(True))
    session.wipe()  # the visitor leaves while both jobs run
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    assert got == []
    assert dropped == [True, True]
