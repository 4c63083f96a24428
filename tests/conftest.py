"""Shared test set-up: offscreen Qt, a private data directory, no personal data left behind, and a log record
at WARNING or above fails the test that caused it unless the test declares it expected (issue 19)."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Before any Qt import: no display is needed to test widgets.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Temporary files in memory where the machine has a tmpfs: the tests' SQLite databases, outboxes and data
# directories commit and fsync thousands of times, and on a disk every fsync waits (the server tests ran 16 % faster
# on /dev/shm). Set before anything asks for a temporary directory: pytest's tmp_path, mkdtemp below and the
# subprocesses of tests (they inherit TMPDIR). An explicit TMPDIR is kept.
if "TMPDIR" not in os.environ and os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK | os.X_OK):
    os.environ["TMPDIR"] = "/dev/shm"
    tempfile.tempdir = None  # computed again from TMPDIR on next use
# The kiosk's data directory for this test process (tests that need their own use tmp_path). Each pytest-xdist
# worker makes its own: the variable it inherits from the process that started it would be shared.
# Made here, removed when this process ends (with TMPDIR in memory, leftovers would hold RAM).
if "PYTEST_XDIST_WORKER" in os.environ or "KIOSK_DATA_DIR" not in os.environ:
    os.environ["KIOSK_DATA_DIR"] = tempfile.mkdtemp(prefix="kiosk-test-data-")
    atexit.register(shutil.rmtree, os.environ["KIOSK_DATA_DIR"], ignore_errors=True)

# python-escpos parses its printer database with pure-Python YAML on import (seconds on a busy machine) and
# caches it as a pickle in a fresh mkdtemp() in every process. One cache for the run instead: the process that
# starts pytest writes it once here; the xdist workers and the subprocesses of tests inherit the variable and
# only read it.
if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = tempfile.mkdtemp(prefix="kiosk-test-escpos-")
    atexit.register(shutil.rmtree, os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"], ignore_errors=True)
    import escpos.capabilities  # noqa: E402, F401 (writes the cache)

import logging  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402

import pytest  # noqa: E402

# --- a WARNING record fails its test unless expected (qutebrowser's logfail) -----------------------------


@dataclass
class LogExpectation:
    """A log record a test expects: its logger (or a parent of it), its exact level, and a regular expression
    searched in its message. ``records`` are the records that matched it so far."""

    logger: str | None
    level: int
    message: re.Pattern[str] | None
    optional: bool = False
    seen: list[logging.LogRecord] = field(default_factory=list, repr=False)  # every record of the test so far

    @property
    def records(self) -> list[logging.LogRecord]:
        """The records of this test that match (live: read it after the code under test ran)."""
        return [record for record in self.seen if self.matches(record)]

    def matches(self, record: logging.LogRecord) -> bool:
        if self.logger is not None and record.name != self.logger and not record.name.startswith(self.logger + "."):
            return False
        return record.levelno == self.level and (self.message is None or bool(self.message.search(_text(record))))

    def __str__(self) -> str:
        pattern = self.message.pattern if self.message is not None else "any message"
        return f"{logging.getLevelName(self.level)} from {self.logger or 'any logger'} matching {pattern!r}"


def _text(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # noqa: BLE001 - a record whose arguments do not fit its format is reported as it is
        return f"{record.msg!r} % {record.args!r}"


def _expectation(logger: str | None = None, level: str | int = "WARNING", message: str | None = None,
                 optional: bool = False) -> LogExpectation:
    levelno = logging.getLevelName(level) if isinstance(level, str) else level
    if not isinstance(levelno, int):
        raise ValueError(f"unknown log level {level!r}")
    return LogExpectation(logger, levelno, re.compile(message) if message is not None else None, optional)


class _LogFail(logging.Handler):
    """Collects every record at WARNING or above that reaches the root logger, from any thread."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.expected: list[LogExpectation] = []
        self.checked = 0  # records before this index were already judged

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def judge(self, phase: str) -> None:
        """Fail with every record since the last call that no expectation covers."""
        new, self.checked = self.records[self.checked:], len(self.records)
        stray = [record for record in new if not any(e.matches(record) for e in self.expected)]
        if stray:
            lines = "\n".join(f"  {r.levelname} {r.name} ({r.pathname}:{r.lineno}, thread {r.threadName}): {_text(r)}"
                              for r in stray)
            pytest.fail(f"{len(stray)} unexpected log record(s) at WARNING or above during {phase} (declare an "
                        f"expected one with @pytest.mark.expect_log(...) or the expected_log fixture):\n{lines}",
                        pytrace=False)

    def expect(self, expectation: LogExpectation) -> LogExpectation:
        expectation.seen = self.records
        self.expected.append(expectation)
        return expectation

    def unmet(self) -> None:
        missing = [e for e in self.expected if not e.optional and not e.records]
        if missing:
            pytest.fail("expected log record(s) never came: " + "; ".join(map(str, missing)), pytrace=False)


_LOGFAIL = pytest.StashKey[_LogFail]()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: one pytest-xdist worker per core the process may use, plus one (PYTEST_XDIST_AUTO_NUM_WORKERS
    still decides when set). About a quarter of a worker's time goes waiting on things that are not its own CPU:
    the kiosk and server child processes, servers on loopback, PostgreSQL, Chromium, pcscd, fault timeouts. On the
    2-core machine, same commit, quiet machine, one after the other: 2 workers 334 s, 3 workers 314 s."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS", "").isdigit():
        return int(os.environ["PYTEST_XDIST_AUTO_NUM_WORKERS"])
    return len(os.sched_getaffinity(0)) + 1


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    handler = _LogFail()
    for mark in item.iter_markers("expect_log"):
        handler.expect(_expectation(*mark.args, **mark.kwargs))
    item.stash[_LOGFAIL] = handler
    logging.getLogger().addHandler(handler)
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    handler = item.stash.get(_LOGFAIL, None)
    try:
        result = yield
    except BaseException:
        if handler is not None:  # a test that failed (or skipped, xfailed) is not judged on its logs as well
            handler.checked = len(handler.records)
        raise
    if handler is not None:
        handler.judge("the test")
        handler.unmet()
    return result


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    handler = item.stash.get(_LOGFAIL, None)
    try:
        result = yield
    finally:
        if handler is not None:
            logging.getLogger().removeHandler(handler)
        _delete_closed_widgets()
    if handler is not None:
        handler.judge("set-up or tear-down")
    return result


def _delete_closed_widgets() -> None:
    """Delete what pytest-qt closed with ``deleteLater()``: outside a running event loop Qt never does, so every
    test's window would stay alive, and each new window's application stylesheet would re-polish all of them
    (window set-up grew from about 1 s to tens of seconds over a worker's run)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def expected_log(request: pytest.FixtureRequest) -> Callable[..., LogExpectation]:
    """Declare a log record the test causes on purpose; returns the expectation, whose ``records`` the test
    can inspect: ``warned = expected_log("kiosk.outbox", "WARNING", r"gave up")``."""
    handler = request.node.stash[_LOGFAIL]

    def expect(logger: str | None = None, level: str | int = "WARNING", message: str | None = None,
               optional: bool = False) -> LogExpectation:
        return handler.expect(_expectation(logger, level, message, optional))

    return expect


# --- state a test must not leave behind ------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _process_state_restored():  # type: ignore[no-untyped-def]
    """A test that runs a command's main() (logging handlers, umask 077) leaves the next test as it found it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    umask = os.umask(0o022)
    os.umask(umask)
    yield
    for handler in [h for h in root.handlers if h not in handlers and not type(h).__module__.startswith("_pytest")]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    os.umask(umask)


@pytest.fixture(autouse=True)
def _english_after_each_test():  # type: ignore[no-untyped-def]
    """A test that switched the app to Vietnamese must not change the language of the next test."""
    yield
    i18n = sys.modules.get("ui.i18n")
    if i18n is not None and getattr(i18n, "_installed", None) is not None:
        i18n.install_language("en")


@pytest.fixture
def profile(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The simulated (QA) profile with a private data directory."""
    from kiosk_app.profile import load_profile

    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    return load_profile("simulated")


@pytest.fixture
def clock():  # type: ignore[no-untyped-def]
    """A clock the test advances itself (idle timer, auto-capture)."""
    from kiosk_app.clock import ManualClock

    return ManualClock()
