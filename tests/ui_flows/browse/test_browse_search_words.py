"""Issue 21 finding 9 through the real widgets: everyday words find the procedure, weak matches are not
listed, and "no results" leads to a person (a ticket for the counter)."""
from __future__ import annotations

from browse_kit import tap, type_into
from PySide6.QtWidgets import QPushButton

from kiosk_app.flow import KioskFlow, Screen
from ui.main_window import MainWindow
from ui.screens.lookup import LookupScreen

TRADEMARK, RADIATION_WORKER = "1.005152", "1.009846"


def listed(window: MainWindow) -> list[str]:
    screen: LookupScreen = window.screens[Screen.LOOKUP]
    return [row.objectName().removeprefix("btn_result_") for row in screen.rows if row.isVisible()]


def test_the_everyday_word_thuong_hieu_finds_trademark_registration_first(qtbot, window: MainWindow,
                                                                          flow: KioskFlow) -> None:
    """Issue 21 finding 9: "thuong hieu" (the everyday word for trademark) found nothing relevant."""
    tap(qtbot, window, "btn_lookup")
    type_into(qtbot, window, "field_search", "thuong hieu")
    assert listed(window)[:1] == [TRADEMARK]
    type_into(qtbot, window, "field_search", "logo")
    assert listed(window)[:1] == [TRADEMARK]


def test_nhan_hieu_lists_trademark_procedures_only(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Issue 21 finding 9: "nhan hieu" also listed the radiation-worker certificate."""
    tap(qtbot, window, "btn_lookup")
    type_into(qtbot, window, "field_search", "nhan hieu")
    codes = listed(window)
    assert codes[0] == TRADEMARK
    assert RADIATION_WORKER not in codes


def test_no_results_offers_a_ticket_for_the_counter(qtbot, window: MainWindow, flow: KioskFlow) -> None:
    """Issue 21 finding 9: "No results" offered no way to a person; now a button leads to a ticket."""
    tap(qtbot, window, "btn_lookup")
    ticket = window.findChild(QPushButton, "btn_lookup_ticket")
    assert ticket is not None and not ticket.isVisible()  # not while browsing fields
    type_into(qtbot, window, "field_search", "nhan hieu")
    assert not ticket.isVisible()  # nor next to results
    type_into(qtbot, window, "field_search", "qqqqzzzz")
    assert listed(window) == []
    assert ticket.isVisible() and ticket.isEnabled()
    tap(qtbot, window, "btn_lookup_ticket")
    assert flow.state is Screen.ASSISTANCE
    tap(qtbot, window, "btn_back")  # and back to the query
    assert flow.state is Screen.LOOKUP and flow.session.browse.query == "qqqqzzzz"
