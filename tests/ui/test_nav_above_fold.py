"""Issue 16 (the applicant step with the chip card panel): the submission wizard's Back/Next row is on screen.

At 1920x1080 the submit screen's room below the top bar is 990 px high and its steps need less than that,
yet the row with "Back" and "Next" was laid out below the bottom of the window: the screen's outer scroll
area (ui.widgets.scrolling.scrolling_page) gave its content the content's *preferred* height, and a step's
preferred height (its scroll area's size hint, 24 lines of text) is taller than the room it has. A citizen
saw the fields and no way forward unless they thought of dragging the page up.

The walk is ui.preview's (the states ``kiosk screenshots`` renders): every wizard step, the card panel's
states, the error summary, the scan views, in both languages.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton

from kiosk_app.flow import Screen
from ui.main_window import MainWindow
from ui.preview import CARD_STATES, preview_states, settle
from ui.screens.submit import SubmitScreen


def _rect_in(button: QPushButton, ancestor) -> QRect:  # type: ignore[no-untyped-def]
    return QRect(button.mapTo(ancestor, QPoint(0, 0)), button.size())


def _nav_problems(window: MainWindow, state: str) -> list[str]:
    """Where the submit screen's visible Back/Next buttons are not fully in view without scrolling."""
    submit = window.screens[Screen.SUBMIT]
    assert isinstance(submit, SubmitScreen)
    viewport = submit.scroll_area.viewport()
    problems = []
    buttons = [b for b in (submit.prev_button, submit.next_button) if b.isVisible()]
    for button in buttons:
        in_window = _rect_in(button, window)
        if not window.rect().contains(in_window):
            problems.append(f"{state}: {button.objectName()} at {in_window.getRect()} is outside the "
                            f"{window.width()}x{window.height()} window")
        if submit.scroll_area.verticalScrollBar().value() != 0:
            problems.append(f"{state}: the screen opened scrolled down")
        in_viewport = _rect_in(button, viewport)
        if not viewport.rect().contains(in_viewport):
            problems.append(f"{state}: {button.objectName()} at y {in_viewport.top()}–{in_viewport.bottom()} is "
                            f"below the fold of the {viewport.height()}-px screen")
    return problems


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.expect_log(logger="kiosk.flow", level="WARNING", message=r"out of service: printer: paper out")
def test_wizard_nav_row_is_above_the_fold(window: MainWindow, language: str) -> None:
    """Issue 16: on every wizard step (the applicant step with the chip card panel waiting, reading,
    verified, unverified and failed included) Back and Next lie inside the 1920x1080 window and inside the
    screen's scroll viewport as the step opens, without scrolling."""
    problems: list[str] = []
    walked: list[str] = []
    for state in preview_states(window, language):
        if not state.startswith("submit"):  # the keyboard and idle states scroll the page on purpose
            continue
        window.resize(1920, 1080)
        settle(window)
        assert window.flow.state is Screen.SUBMIT, state
        submit = window.screens[Screen.SUBMIT]
        assert isinstance(submit, SubmitScreen)
        if submit.next_button.isVisible() and submit.prev_button.isVisible():
            walked.append(state)  # a state with the row to check
        problems += _nav_problems(window, state)
    assert {"submit", "submit_contact", "submit_delivery", "submit_scan", "submit_errors",
            *(f"submit_card_{state}" for state in CARD_STATES)} <= set(walked)
    assert not problems, "\n".join(problems)
