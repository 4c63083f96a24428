"""Issue 21 finding 2: the field being typed is never behind the on-screen keyboard.

Walks every state of the kiosk (ui.preview: every screen, wizard step and maintenance page, the same list
as the screenshots and the accessibility walk), plus the applicant step for a business and the delivery
step by post (their extra fields), at 100 % and 200 % text. In each state every editable text field is
focused in turn, as a tap would (and in the states that open the keyboard on a field as the screen
appears, that field is checked first); the keyboard opens (or stays open and changes layout) and, once the
layout has settled, the field's rectangle in window coordinates must not intersect the keyboard's and
must lie inside every scroll area's viewport that holds it (not scrolled out of sight).
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyboard_view import hidden_by_keyboard
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QTextEdit, QWidget

from kiosk_app.flow import Screen
from ui.main_window import MainWindow
from ui.preview import preview_states, settle
from ui.screens.submit import SubmitScreen
from ui.widgets.overlay import Overlay

#: Every text field a citizen can reach today; the walk must meet each of them (a walk that finds no
#: field, or loses one when a screen is rebuilt, fails rather than passing on nothing).
EXPECTED_FIELDS = {
    "field_search", "field_code", "field_phone_last4", "field_procedure_search", "field_full_name",
    "field_id_number", "field_date_of_birth", "field_address", "field_organisation_name", "field_tax_code",
    "field_phone", "field_email", "field_postal_address",
}


def text_fields(window: MainWindow) -> list[QWidget]:
    """The editable text fields of the current screen a citizen can see (none while an overlay is open)."""
    if any(o.isVisible() for o in window.findChildren(Overlay)):
        return []
    screen = window.stack.currentWidget()
    found: list[QWidget] = [w for kind in (QLineEdit, QTextEdit, QPlainTextEdit) for w in screen.findChildren(kind)]
    return [w for w in found if w.isVisible() and w.isEnabled() and not w.isReadOnly()
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def states(window: MainWindow) -> Iterator[str]:
    """ui.preview's states, and the wizard's fields that show only after a choice."""
    for state in preview_states(window, "vi"):
        yield state
        if window.flow.state is Screen.SUBMIT:
            submit = window.screens[Screen.SUBMIT]
            assert isinstance(submit, SubmitScreen)
            for choice in ("btn_type_business", "btn_delivery_post"):
                button = submit.findChild(QPushButton, choice)
                if button is not None and button.isVisible():
                    button.click()
                    yield f"{state}+{choice}"


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100", "200"])
@pytest.mark.expect_log(logger="kiosk.flow", level="WARNING", message=r"out of service: printer: paper out")
def test_every_focused_field_is_above_the_keyboard(qtbot, window: MainWindow, scale: float) -> None:  # type: ignore[no-untyped-def]
    """Issue 21 finding 2: at 100 % and 200 % text, every text field on every screen is in view above the
    keyboard once it is focused (the keyboard opening, or focus moving from one field to the next)."""
    flow = window.flow
    flow.default_text_scale = scale  # a state's reset goes back to the default text size
    flow.set_text_scale(scale)
    problems: list[str] = []
    seen: set[str] = set()
    for state in states(window):
        settle(window)
        keyboard = window.keyboard
        assert keyboard is not None
        if keyboard.isVisible() and keyboard.field is not None:  # a state that opens the keyboard on arrival
            problem = hidden_by_keyboard(window, keyboard.field)
            if problem:
                problems.append(f"{state} {keyboard.field.objectName()} (on arrival): {problem}")
        if window.idle_overlay.isVisible():
            # any touch ends the idle warning first (flow.touch): what is typed then is the screen below,
            # which the walk reaches as its own state
            continue
        fields = text_fields(window)
        if fields and not window.isActiveWindow():  # a tap on the screen activates the kiosk's window
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        for field in fields:
            seen.add(field.objectName())
            field.setFocus(Qt.FocusReason.MouseFocusReason)
            settle(window)
            problem = hidden_by_keyboard(window, field)
            if problem:
                problems.append(f"{state} {field.objectName()}: {problem}")
        window.setFocus()  # the next state starts with the keyboard closed
    assert EXPECTED_FIELDS <= seen, f"never reached: {sorted(EXPECTED_FIELDS - seen)}"
    assert problems == [], "\n".join(problems)
