"""The applicant step typed on the on-screen keyboard: the field stays in view, dates have a "/" key."""
from __future__ import annotations

from keyboard_view import hidden_by_keyboard
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from kiosk_app.flow import Screen
from ui.preview import settle
from ui.widgets.keyboard import KeyboardMode
from ui.widgets.scrolling import scroll_into_view


def field(window, name: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    edit = window.stack.currentWidget().findChild(QLineEdit, name)
    assert edit is not None and edit.isVisible(), name
    return edit


def tap_field(qtbot, window, name: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    """Tap a field where a citizen sees it (its visible part), as a finger does; a field scrolled out of its
    step (the error summary above the fields leaves the step less room) is dragged into view first."""
    settle(window)
    edit = field(window, name)
    if edit.visibleRegion().isEmpty():
        scroll_into_view(edit)  # where a finger's drag of the step brings it
        settle(window)
    visible = edit.visibleRegion().boundingRect()
    assert not visible.isEmpty(), f"{name} cannot be seen, so it cannot be tapped"
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=visible.center())
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and window.keyboard.field is edit)
    settle(window)
    return edit


def tap_keys(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {"/": "key_slash", ".": "key_period", "-": "key_minus", "D": "key_done"}
    for char in text:
        key = window.keyboard.key(names.get(char, f"key_{char}"))
        assert key is not None and key.isVisible(), f"no key for {char!r} on the page shown"
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def error(window, name: str) -> str:  # type: ignore[no-untyped-def]
    label = window.stack.currentWidget().findChild(QLabel, f"error_{name}")
    return label.text() if label.isVisible() else ""


def start_applicant(qtbot, flow, window):  # type: ignore[no-untyped-def]
    flow.session.procedure_code = "1.005298"
    flow.go(Screen.SUBMIT)
    submit = window.screens[Screen.SUBMIT]
    assert submit.current_step() == "start"  # issue 21 finding 4: consent first, on the start page
    submit.agree_consent()
    assert submit.current_step() == "applicant"
    window.activateWindow()  # as a finger's first tap does: focus changes reach the kiosk window
    settle(window)
    return submit


def test_the_id_number_stays_in_view_when_errors_push_the_form_down(qtbot, flow, window) -> None:
    """Issue 21 finding 2: after "Next" on an empty applicant step has put error messages above the fields,
    tapping the ID number opens the number pad below it and the field is scrolled into view above the pad;
    the 12 digits typed show in it, and so does the date of birth typed next. Messages that appear above a
    field while the pad is open (the step's check runs again) do not push it behind the pad either."""
    submit = start_applicant(qtbot, flow, window)
    qtbot.mouseClick(submit.findChild(QPushButton, "btn_next"), Qt.MouseButton.LeftButton)
    assert error(window, "full_name") and error(window, "id_number")
    settle(window)
    id_number = tap_field(qtbot, window, "field_id_number")
    assert window.keyboard.mode is KeyboardMode.NUMERIC
    assert hidden_by_keyboard(window, id_number) == ""
    tap_keys(qtbot, window, "001190012345")
    assert id_number.text() == "001190012345"
    assert hidden_by_keyboard(window, id_number) == ""
    tap_keys(qtbot, window, "D")  # Done: the pad closes and the whole form shows again
    birth = tap_field(qtbot, window, "field_date_of_birth")
    assert hidden_by_keyboard(window, birth) == ""
    submit.next_step()  # the check runs with the pad open: the messages above change
    settle(window)
    assert error(window, "full_name")
    # finding 3 (GOV.UK): the error summary takes the focus; back in the field, it is above the pad again
    assert submit.findChild(QWidget, "error_summary").hasFocus()
    birth = tap_field(qtbot, window, "field_date_of_birth")
    assert birth.hasFocus() and hidden_by_keyboard(window, birth) == ""


def test_the_date_pad_has_a_slash_and_takes_both_ways_of_writing_a_date(qtbot, flow, window) -> None:
    """Issue 21 finding 2: the date of birth opens a pad with a "/" key (the caption asks for day/month/year);
    "1/1/1990" typed with it and "01011990" typed without it are both accepted as 1 January 1990."""
    submit = start_applicant(qtbot, flow, window)
    birth = tap_field(qtbot, window, "field_date_of_birth")
    tap_keys(qtbot, window, "1/1/1990")
    assert birth.text() == "1/1/1990"
    assert window.keyboard.mode is KeyboardMode.DATE
    submit.next_step()
    assert error(window, "date_of_birth") == "" and error(window, "full_name")
    birth = tap_field(qtbot, window, "field_date_of_birth")  # the error summary took the focus (finding 3)
    assert birth.hasFocus() and hidden_by_keyboard(window, birth) == ""
    birth.clear()
    tap_keys(qtbot, window, "01011990")
    submit.next_step()
    assert error(window, "date_of_birth") == ""
    assert flow.session.submission.applicant.date_of_birth == "01011990"
    assert not window.keyboard.isVisible()  # the error summary took the focus (finding 3): the pad closed
    id_number = tap_field(qtbot, window, "field_id_number")  # the ID number's pad has no "/"
    assert window.keyboard.key("key_slash") is None
    tap_keys(qtbot, window, "0")
    assert id_number.text().endswith("0")
