"""The idle timer in the core: presence without a touch, a pause while a page is captured, times per screen."""
from __future__ import annotations

import pytest

from devices.base import QrNotifier, QrScan
from kiosk_app.clock import ManualClock
from kiosk_app.composition import attach_presence
from kiosk_app.flow import MAX_IDLE_PAUSE_SECONDS, IdleKind, KioskFlow, Screen
from kiosk_app.wizard import Step


def idle_until_warning(flow: KioskFlow, clock: ManualClock, seconds: float) -> None:
    clock.advance(seconds)
    flow.tick()


def test_presence_restarts_the_idle_period_and_ends_the_warning(qtbot, flow: KioskFlow, clock: ManualClock) -> None:
    """Issue 21 finding 1: camera and QR activity (note_presence) count like a touch, also during the warning."""
    flow.go(Screen.TRACK)
    idle_until_warning(flow, clock, flow.idle_period - 1)
    flow.note_presence("page under the camera")
    idle_until_warning(flow, clock, flow.idle_period - 1)
    assert not flow.counting_down
    idle_until_warning(flow, clock, 2)
    assert flow.counting_down
    with qtbot.waitSignal(flow.idle_cancelled, timeout=1000):
        flow.note_presence("qr code read")
    assert not flow.counting_down and flow.state is Screen.TRACK


def test_the_timer_is_paused_while_a_page_is_captured(qtbot, flow: KioskFlow, clock: ManualClock) -> None:
    """Issue 21 finding 1: no countdown however long a capture takes; the period restarts when it ends."""
    flow.go(Screen.TRACK)
    flow.pause_idle("page capture")
    with qtbot.assertNotEmitted(flow.idle_countdown):
        for _ in range(int(flow.idle_period) // 10 + 3):  # longer than the whole idle period
            idle_until_warning(flow, clock, 10)
    assert flow.idle_paused
    flow.resume_idle("page capture")
    assert not flow.idle_paused
    idle_until_warning(flow, clock, flow.idle_period - 1)
    assert not flow.counting_down  # counted from the end of the capture, not its start
    idle_until_warning(flow, clock, 2)
    assert flow.counting_down


def test_pauses_nest_and_a_wipe_ends_them(flow: KioskFlow, clock: ManualClock) -> None:
    flow.go(Screen.TRACK)
    flow.pause_idle("page capture")
    flow.pause_idle("page capture")
    flow.resume_idle("page capture")
    assert flow.idle_paused
    flow.reset(reason="home")
    assert not flow.idle_paused
    flow.resume_idle("page capture")  # a capture dropped after the wipe ends nothing of the next visitor
    assert not flow.idle_paused


@pytest.mark.expect_log(logger="kiosk.flow", level="WARNING", message=r"idle timer paused for \d+ s by page capture")
def test_a_pause_never_ended_does_not_keep_a_session_open(flow: KioskFlow, clock: ManualClock) -> None:
    """A capture that never reports its end (a bug) holds the timer for MAX_IDLE_PAUSE_SECONDS at most."""
    flow.go(Screen.TRACK)
    flow.pause_idle("page capture")
    idle_until_warning(flow, clock, MAX_IDLE_PAUSE_SECONDS + 1)
    assert not flow.idle_paused and not flow.counting_down and flow.state is Screen.TRACK
    idle_until_warning(flow, clock, flow.idle_period)
    assert flow.counting_down


def test_idle_time_depends_on_the_kind_of_screen(flow: KioskFlow) -> None:
    """Issue 21 finding 1: reading and scanning screens wait longer (the shipped profile's [kiosk.idle])."""
    assert flow.idle_periods == {IdleKind.DEFAULT: 120, IdleKind.READING: 300, IdleKind.SCANNING: 300}
    assert flow.countdown_seconds >= 60
    flow.go(Screen.LOOKUP)
    assert flow.idle_kind is IdleKind.DEFAULT
    flow.go(Screen.PROCEDURE)
    assert flow.idle_kind is IdleKind.READING and flow.idle_period == 300
    flow.go(Screen.SUBMIT)
    assert flow.idle_kind is IdleKind.DEFAULT
    flow.session.submission.step = Step.SCAN
    assert flow.idle_kind is IdleKind.SCANNING


class Reader:
    """A QR reader's notifier (the real one) without a device behind it."""

    def __init__(self) -> None:
        self.notifier = QrNotifier()


class Devices:
    def __init__(self) -> None:
        self.qr = Reader()

    def get(self, kind: str) -> Reader | None:
        return self.qr if kind == "qr" else None


def test_a_new_qr_code_is_presence_the_same_one_lying_there_is_not(flow: KioskFlow, clock: ManualClock) -> None:
    """Issue 21 finding 1: a QR read restarts the timer; a receipt left in front of the reader does not keep
    the session open for ever."""
    devices = Devices()
    attach_presence(flow, devices)
    flow.go(Screen.TRACK)
    signal = devices.qr.notifier.code_read
    idle_until_warning(flow, clock, flow.idle_period - 1)
    signal.emit(QrScan("MOTCUA:000.00.00.G06-261128-0001:abc", "test"))
    idle_until_warning(flow, clock, flow.idle_period - 1)
    assert not flow.counting_down  # the read restarted the period
    signal.emit(QrScan("MOTCUA:000.00.00.G06-261128-0001:abc", "test"))  # the same code again: not new presence
    idle_until_warning(flow, clock, 2)
    assert flow.counting_down
