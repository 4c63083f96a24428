"""Entering maintenance mode: the corner gesture, the PIN pad, the lockout and leaving by itself."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from maint_support import PIN
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk_app.clock import ManualClock
from kiosk_app.commands.maintenance import with_pin_hash
from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.maintenance import PasswordHasher
from kiosk_app.paths import REPO_ROOT
from ui.main_window import MainWindow


def tap(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def corner_taps(qtbot, window: MainWindow, clock: ManualClock, count: int = 5) -> None:  # type: ignore[no-untyped-def]
    for _ in range(count):
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
        clock.advance(0.3)


def type_pin(qtbot, window: MainWindow, pin: str) -> None:  # type: ignore[no-untyped-def]
    for digit in pin:
        tap(qtbot, window, f"btn_pin_{digit}")
    tap(qtbot, window, "btn_pin_ok")


def message(window: MainWindow) -> str:
    return window.findChild(QLabel, "pin_message").text()


def test_gesture_and_right_pin_enter_maintenance(qtbot, window: MainWindow, flow: KioskFlow, clock: ManualClock) -> None:
    corner_taps(qtbot, window, clock, 4)
    assert not window.pin_pad.isVisible()  # four taps are not enough
    corner_taps(qtbot, window, clock, 1)
    assert window.pin_pad.isVisible()
    for digit in PIN[:3]:
        tap(qtbot, window, f"btn_pin_{digit}")
    dots = window.findChild(QLabel, "pin_dots").text()
    assert dots == "●●●" and PIN[:3] not in dots  # digits hidden
    tap(qtbot, window, "btn_pin_erase")
    assert window.pin_pad.typed == 2
    for digit in PIN[2:]:
        tap(qtbot, window, f"btn_pin_{digit}")
    tap(qtbot, window, "btn_pin_ok")
    assert flow.state is Screen.MAINTENANCE
    assert not window.pin_pad.isVisible()
    assert window.stack.currentWidget().objectName() == "screen_maintenance"


def test_slow_taps_or_taps_elsewhere_do_not_open_the_pad(qtbot, window: MainWindow, clock: ManualClock) -> None:
    for _ in range(5):
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
        clock.advance(1.0)  # five taps over four seconds
    assert not window.pin_pad.isVisible()
    clock.advance(10)
    for index in range(5):
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=QPoint(30, 30) if index != 2 else QPoint(900, 500))
        clock.advance(0.3)
    assert not window.pin_pad.isVisible()  # a tap outside the corner starts the count again
    corner_taps(qtbot, window, clock, 3)
    assert window.pin_pad.isVisible()  # ... so three more make five in a row


@pytest.mark.expect_log(logger="kiosk.maintenance", level="WARNING", message=r"wrong maintenance PIN")
@pytest.mark.expect_log(logger="kiosk.maintenance", level="WARNING", message=r"maintenance entry locked for 300 s")
def test_five_wrong_pins_lock_entry_until_the_lock_expires(qtbot, window: MainWindow, flow: KioskFlow,
                                                           clock: ManualClock) -> None:
    corner_taps(qtbot, window, clock)
    for attempt in range(1, 5):
        type_pin(qtbot, window, "111111")
        assert f"{5 - attempt}" in message(window) and flow.state is Screen.WELCOME
    type_pin(qtbot, window, "111111")
    assert "5" in message(window)  # "locked for 5 minutes"
    assert not window.findChild(QPushButton, "btn_pin_1").isEnabled()
    assert flow.maintenance.check(PIN).value == "locked"  # even the right PIN is refused now
    tap(qtbot, window, "btn_pin_cancel")
    clock.advance(4 * 60)
    corner_taps(qtbot, window, clock)
    assert window.pin_pad.isVisible() and not window.findChild(QPushButton, "btn_pin_1").isEnabled()
    tap(qtbot, window, "btn_pin_cancel")
    clock.advance(61)  # the lock has expired
    corner_taps(qtbot, window, clock)
    assert window.findChild(QPushButton, "btn_pin_1").isEnabled()
    type_pin(qtbot, window, PIN)
    assert flow.state is Screen.MAINTENANCE


def test_maintenance_leaves_by_itself_after_the_idle_minutes(qtbot, window: MainWindow, flow: KioskFlow,
                                                             clock: ManualClock) -> None:
    corner_taps(qtbot, window, clock)
    type_pin(qtbot, window, PIN)
    assert flow.state is Screen.MAINTENANCE
    clock.advance(flow.maintenance_idle_seconds - 5)
    flow.tick()
    assert flow.state is Screen.MAINTENANCE and not window.idle_overlay.isVisible()  # no citizen countdown
    clock.advance(10)
    flow.tick()
    assert flow.state is Screen.WELCOME
    assert not flow.maintenance.unlocked


def test_no_path_to_maintenance_without_the_pin(qtbot, window: MainWindow, flow: KioskFlow, clock: ManualClock) -> None:
    flow.go(Screen.MAINTENANCE)  # even a screen asking for it directly is turned back
    assert flow.state is Screen.WELCOME
    flow.go(Screen.LOOKUP)
    corner_taps(qtbot, window, clock)
    assert not window.pin_pad.isVisible()  # the gesture works only at rest (welcome / out of service)


def test_set_pin_edits_only_the_maintenance_table(tmp_path: Path) -> None:
    shipped = (REPO_ROOT / "config" / "simulated.toml").read_text(encoding="utf-8")
    source = shipped.split("\n[maintenance]")[0].rstrip("\n") + "\n"  # a profile without a PIN yet
    once = with_pin_hash(source, "$argon2id$v=19$m=65536,t=3,p=4$abc$def")
    assert once.startswith(source.rstrip("\n")) and tomllib.loads(once)["maintenance"]["pin_hash"].endswith("$def")
    twice = with_pin_hash(once + "\n# trailing comment\n", "$argon2id$v=19$m=65536,t=3,p=4$xyz$uvw")
    data = tomllib.loads(twice)
    assert data["maintenance"]["pin_hash"].endswith("$uvw") and "# trailing comment" in twice
    assert twice.count("pin_hash") == 1 and data["digitize"] == tomllib.loads(source)["digitize"]
    table = with_pin_hash("[maintenance]\nidle_minutes = 3\n\n[kiosk]\nid = 'K'\n", "$argon2id$h")
    assert tomllib.loads(table) == {"maintenance": {"pin_hash": "$argon2id$h", "idle_minutes": 3}, "kiosk": {"id": "K"}}

    profile = tmp_path / "kiosk.toml"
    profile.write_text(source, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kiosk_app.cli", "maintenance", "set-pin", str(profile)],
                          input="135790\n", capture_output=True, text=True, cwd=REPO_ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    stored = tomllib.loads(profile.read_text(encoding="utf-8"))["maintenance"]["pin_hash"]
    assert PasswordHasher().verify(stored, "135790")
    assert not PasswordHasher().check_needs_rehash(stored)  # argon2-cffi's default strength, not the tests' light one
    short = subprocess.run([sys.executable, "-m", "kiosk_app.cli", "maintenance", "set-pin", str(profile)],
                           input="12\n", capture_output=True, text=True, cwd=REPO_ROOT, timeout=60)
    assert short.returncode == 1 and "6 to 12 digits" in short.stderr
