"""The flow state machine: transitions, Back/Home, redirects, idle countdown and the privacy wipe."""
from __future__ import annotations

import pytest

from kiosk_app.clock import ManualClock
from kiosk_app.flow import IllegalTransition, KioskFlow, Screen


def test_starts_on_welcome_and_goes_to_each_service(flow: KioskFlow) -> None:
    assert flow.state is Screen.WELCOME
    for target in (Screen.LOOKUP, Screen.SUBMIT, Screen.TRACK, Screen.ASSISTANCE):
        assert flow.go(target) is target
        assert flow.state is target
        flow.back()
        assert flow.state is Screen.WELCOME


def test_illegal_transition_is_refused(flow: KioskFlow) -> None:
    flow.go(Screen.TRACK)
    with pytest.raises(IllegalTransition):
        flow.go(Screen.ASSISTANCE)
    assert flow.state is Screen.TRACK


def test_state_changed_signal_carries_old_and_new(qtbot, flow: KioskFlow) -> None:
    with qtbot.waitSignal(flow.state_changed) as blocker:
        flow.go(Screen.LOOKUP)
    assert blocker.args == [Screen.WELCOME, Screen.LOOKUP]


def test_back_keeps_what_the_citizen_entered(flow: KioskFlow) -> None:
    flow.go(Screen.LOOKUP)
    flow.session.browse.query = "nhãn hiệu"
    flow.go(Screen.PROCEDURE)
    flow.go(Screen.SUBMIT)
    assert flow.back() is Screen.PROCEDURE
    assert flow.back() is Screen.LOOKUP
    assert flow.session.browse.query == "nhãn hiệu"
    assert flow.back() is Screen.WELCOME
    assert flow.back() is Screen.WELCOME  # nothing further back
    assert flow.session.browse.query == "nhãn hiệu"


def test_home_discards_the_session(flow: KioskFlow) -> None:
    flow.go(Screen.SUBMIT)
    flow.session.procedure_code = "1.009846"
    (flow.session.scratch_dir / "page-1.jpg").write_bytes(b"\xff\xd8scan")
    old_scratch = flow.session.scratch_dir
    flow.home()
    assert flow.state is Screen.WELCOME
    assert flow.session.procedure_code == "" and not flow.session.has_personal_data
    assert not old_scratch.exists()
    assert list(flow.session.scratch_dir.iterdir()) == []
    assert not flow.can_go_back()


def test_enter_hook_can_redirect(flow: KioskFlow) -> None:
    flow.on_enter(Screen.SUBMIT, lambda previous: Screen.LOOKUP if not flow.session.procedure_code else None)
    assert flow.go(Screen.SUBMIT) is Screen.LOOKUP
    assert flow.state is Screen.LOOKUP


def test_exit_hook_runs_with_next_state(flow: KioskFlow) -> None:
    seen: list[Screen] = []
    flow.on_exit(Screen.LOOKUP, seen.append)
    flow.go(Screen.LOOKUP)
    flow.go(Screen.PROCEDURE)
    assert seen == [Screen.PROCEDURE]


@pytest.mark.expect_log(logger="kiosk.flow", level="WARNING", message=r"out of service: printer: paper out")
def test_out_of_service_redirects_every_screen_until_recovery(flow: KioskFlow) -> None:
    flow.go(Screen.SUBMIT)
    flow.session.tracking.typed_phone_last4 = "5678"
    assert flow.session.has_personal_data
    flow.set_out_of_service("printer: paper out")
    assert flow.state is Screen.OUT_OF_SERVICE
    assert not flow.session.has_personal_data  # the visitor's data does not wait for the technician
    assert flow.session.tracking.typed_phone_last4 == ""
    assert flow.go(Screen.WELCOME) is Screen.OUT_OF_SERVICE
    flow.set_out_of_service("")
    assert flow.state is Screen.WELCOME
    assert flow.go(Screen.TRACK) is Screen.TRACK


def test_idle_countdown_then_reset_wipes_everything(qtbot, flow: KioskFlow, clock: ManualClock) -> None:
    flow.go(Screen.SUBMIT)
    flow.set_language("en")
    flow.set_text_scale(1.5)
    flow.session.tracking.typed_phone_last4 = "5678"
    scan = flow.session.scratch_dir / "component-1" / "page-1.jpg"
    scan.parent.mkdir()
    scan.write_bytes(b"\xff\xd8jpeg")
    counts: list[int] = []
    flow.idle_countdown.connect(counts.append)

    clock.advance(flow.idle_seconds - 1)
    flow.tick()
    assert counts == [] and not flow.counting_down

    clock.advance(1)
    flow.tick()
    assert counts == [flow.countdown_seconds]
    for _ in range(flow.countdown_seconds - 1):
        clock.advance(1)
        flow.tick()
    assert counts == list(range(flow.countdown_seconds, 0, -1))
    assert flow.state is Screen.SUBMIT

    with qtbot.waitSignal(flow.session_reset):
        clock.advance(1)
        flow.tick()
    assert flow.state is Screen.WELCOME
    assert flow.session.tracking.typed_phone_last4 == "" and not flow.session.has_personal_data
    assert not scan.exists()
    assert list(flow.session.scratch_dir.iterdir()) == []
    assert [p.name for p in flow.session.scratch_dir.parent.iterdir()] == [flow.session.scratch_dir.name]
    assert flow.language == "vi" and flow.text_scale == 1.0


def test_a_touch_cancels_the_countdown(qtbot, flow: KioskFlow, clock: ManualClock) -> None:
    flow.go(Screen.LOOKUP)
    clock.advance(flow.idle_seconds + 3)
    flow.tick()
    assert flow.counting_down
    with qtbot.waitSignal(flow.idle_cancelled):
        flow.touch()
    clock.advance(flow.idle_seconds - 1)
    flow.tick()
    assert flow.state is Screen.LOOKUP and not flow.counting_down


def test_idle_does_not_disturb_an_empty_welcome_screen(qtbot, flow: KioskFlow, clock: ManualClock) -> None:
    with qtbot.assertNotEmitted(flow.idle_countdown), qtbot.assertNotEmitted(flow.session_reset):
        clock.advance(10_000)
        flow.tick()


def test_idle_timer_drives_tick(qtbot, flow: KioskFlow, clock: ManualClock) -> None:
    flow.go(Screen.TRACK)
    clock.advance(flow.idle_seconds + 1)
    flow.start()
    clock.advance(flow.idle_seconds + 1)  # start() restarted the idle period
    with qtbot.waitSignal(flow.idle_countdown, timeout=2000):
        pass


def test_unknown_language_is_refused(flow: KioskFlow) -> None:
    with pytest.raises(ValueError):
        flow.set_language("fr")


def test_a_receipt_on_screen_is_not_taken_away_by_a_printer_failure(flow: KioskFlow) -> None:
    flow.go(Screen.SUBMIT)
    flow.go(Screen.RECEIPT)
    flow.session.tracking.typed_code = "000.00.00.G06-261128-0001"
    flow.set_out_of_service("printer: paper out")
    assert flow.state is Screen.RECEIPT
    assert flow.session.tracking.typed_code == "000.00.00.G06-261128-0001"  # the citizen can still photograph it
    flow.home()
    assert flow.state is Screen.OUT_OF_SERVICE and not flow.session.has_personal_data


def test_session_ended_only_after_a_visitor_left_welcome(qtbot, flow: KioskFlow) -> None:
    """Finding 3: each visitor's session ends with one ``session_ended`` (the usage counter and an early
    heartbeat hang on it); an idle reset of an untouched welcome screen or maintenance is not a visit."""
    with qtbot.assertNotEmitted(flow.session_ended):
        flow.reset(reason="idle")
    flow.go(Screen.TRACK)
    with qtbot.waitSignal(flow.session_ended) as ended:
        flow.reset(reason="finished")
    assert ended.args == ["finished"]
    with qtbot.assertNotEmitted(flow.session_ended):
        flow.reset(reason="idle")  # already counted
