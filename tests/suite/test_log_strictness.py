"""Issue 19, stricter tests: a log record at WARNING or above fails the test that caused it unless the test
declares it expected; a Python warning fails it too. Checked on a small suite run in a subprocess with this
repository's tests/conftest.py and pytest configuration."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

TESTS = Path(__file__).resolve().parents[1]

INNER = '''
import logging
import threading
import warnings

import pytest

log = logging.getLogger("kiosk.outbox")


def test_info_is_fine():
    log.info("sent")


def test_stray_warning_fails():
    log.warning("gave up on %s", "item-7")


def test_error_in_a_thread_fails():
    thread = threading.Thread(target=lambda: logging.getLogger("devices.printer").error("jammed"))
    thread.start()
    thread.join()


@pytest.mark.expect_log(logger="kiosk.outbox", level="WARNING", message=r"gave up on item-\\d")
def test_declared_warning_passes():
    log.warning("gave up on %s", "item-7")


@pytest.mark.expect_log(logger="kiosk", level="WARNING", message="gave up")
def test_declaration_covers_child_loggers_only_at_its_level():
    log.error("gave up")


@pytest.mark.expect_log(logger="kiosk.outbox", message="gave up")
def test_declared_warning_that_never_comes_fails():
    log.info("all sent")


@pytest.mark.expect_log(logger="kiosk.outbox", message="gave up", optional=True)
def test_optional_declaration_may_stay_unmet():
    pass


def test_fixture_declares_and_shows_the_records(expected_log):
    warned = expected_log("kiosk.outbox", "WARNING", "gave up")
    log.warning("gave up on item-1")
    log.warning("gave up on item-2")
    assert [r.getMessage() for r in warned.records] == ["gave up on item-1", "gave up on item-2"]


@pytest.fixture
def noisy_teardown():
    yield
    logging.getLogger("kiosk.flow").warning("left over")


def test_warning_in_teardown_is_an_error(noisy_teardown):
    pass


def test_python_warning_fails():
    warnings.warn("old API", DeprecationWarning)
'''


def _suite_with_our_config(pytester: pytest.Pytester) -> None:
    shutil.copy(TESTS / "conftest.py", pytester.path / "conftest.py")
    shutil.copy(TESTS.parent / "pyproject.toml", pytester.path / "pyproject.toml")


# The inner suites use neither hypothesis nor schemathesis: without their plugins (which import both, and
# schemathesis's whole generation stack) each inner pytest process starts with less CPU.
UNUSED_PLUGINS = ("-p", "no:schemathesis", "-p", "no:hypothesispytest")


def _run_inner(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """The inner suite in a fresh pytest process with this repository's configuration (xdist as ``args`` say)."""
    return pytester.runpytest_subprocess("-o", "testpaths=.", *UNUSED_PLUGINS, *args)


def test_warning_records_and_python_warnings_fail_unless_declared(pytester: pytest.Pytester) -> None:
    """Issue 19 (stricter tests): stray WARNING/ERROR records (any thread, set-up, call or tear-down) and Python
    warnings fail; ``expect_log`` and ``expected_log`` declare the expected ones, which must then come."""
    _suite_with_our_config(pytester)
    pytester.makepyfile(test_inner=INNER)
    result = _run_inner(pytester, "-o", "timeout=60", "-n", "0")
    text = result.stdout.str()
    assert result.ret == 1, text
    result.assert_outcomes(passed=5, failed=5, errors=1)
    for failing in ("test_stray_warning_fails", "test_error_in_a_thread_fails",
                    "test_declaration_covers_child_loggers_only_at_its_level",
                    "test_declared_warning_that_never_comes_fails", "test_python_warning_fails"):
        assert f"FAILED test_inner.py::{failing}" in text, text
    assert "ERROR test_inner.py::test_warning_in_teardown_is_an_error" in text
    assert "WARNING kiosk.outbox" in text and "gave up on item-7" in text  # the offending record is shown
    assert "ERROR devices.printer" in text and "jammed" in text
    assert "expected log record(s) never came: WARNING from kiosk.outbox matching 'gave up'" in text
    assert "WARNING kiosk.flow" in text and "left over" in text


def test_a_hung_test_times_out_in_a_parallel_worker(pytester: pytest.Pytester) -> None:
    """Issue 19 (faster suite): with the configured pytest-xdist workers, pytest-timeout still ends a hung test
    (as a failure of that test) and the rest of the run goes on."""
    _suite_with_our_config(pytester)
    pytester.makepyfile(test_hang="""
import time


def test_hangs():
    time.sleep(600)


def test_fine():
    pass
""")
    result = _run_inner(pytester, "-o", "timeout=3", "-n", "2")
    text = result.stdout.str()
    assert "created: 2/2 workers" in text, text
    result.assert_outcomes(passed=1, failed=1)
    assert "Timeout" in text and "test_hangs" in text, text


def test_a_closed_test_window_is_deleted_before_the_next_test(pytester: pytest.Pytester) -> None:
    """Issue 19 (faster suite): pytest-qt closes a test's widgets with ``deleteLater()``, which Qt only carries
    out inside an event loop; the suite's tear-down deletes them, so windows don't pile up in a worker (each
    new window's application stylesheet re-polished all of them: set-up grew to tens of seconds)."""
    _suite_with_our_config(pytester)
    pytester.makepyfile(test_widgets="""
from PySide6.QtWidgets import QApplication, QLabel

KEPT = []  # like a kiosk window, which the flow's signal connections keep alive after the test


def test_first(qtbot):
    label = QLabel("left behind?")
    label.setObjectName("first_tests_label")
    qtbot.addWidget(label)
    label.show()
    KEPT.append(label)


def test_second(qtbot):
    names = [w.objectName() for w in QApplication.allWidgets()]
    assert "first_tests_label" not in names
""")
    result = _run_inner(pytester, "-o", "timeout=60", "-n", "0")
    result.assert_outcomes(passed=2)
