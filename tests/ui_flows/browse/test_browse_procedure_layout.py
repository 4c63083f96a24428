"""Issue 21 finding 11 (first part) through the real window at 1920×1080: on the procedure screen the
documents, the processing time and the fee come first, side by side, and the legal bases come last."""
from __future__ import annotations

from browse_kit import tap, type_into
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget

from kiosk_app.flow import KioskFlow, Screen
from ui.main_window import MainWindow
from ui.preview import settle


def _rect(window: MainWindow, name: str) -> QRect:
    widget = window.findChild(QWidget, name)
    assert widget is not None and widget.isVisible(), name
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _saying(window: MainWindow, words: str) -> QLabel:
    """The visible label of the procedure page that holds ``words``."""
    found = [label for label in window.findChild(QWidget, "list_procedure_details").findChildren(QLabel)
             if label.isVisible() and words in label.text()]
    assert len(found) == 1, (words, [label.objectName() for label in found])
    return found[0]


def test_documents_time_and_fee_first_in_two_columns_legal_basis_last(qtbot, window: MainWindow,
                                                                      flow: KioskFlow) -> None:
    """Issue 21 finding 11: the documents came after the legal bases while half the screen was empty."""
    window.resize(1920, 1080)
    tap(qtbot, window, "btn_lookup")
    type_into(qtbot, window, "field_search", "1.005152")  # trademark: five documents, three legal bases
    tap(qtbot, window, "btn_result_1.005152")
    assert flow.state is Screen.PROCEDURE
    settle(window)
    viewport = _rect(window, "list_procedure_details").intersected(window.rect())
    documents, heading = _rect(window, "procedure_documents"), _rect(window, "procedure_documents_heading")
    key_facts = _rect(window, _saying(window, "Processing time").objectName())
    facts = _rect(window, _saying(window, "Who may apply").objectName())
    legal = _rect(window, _saying(window, "Legal basis").objectName())
    # Both columns start at the top of the page: what to bring, how long and how much, without scrolling.
    assert heading.top() < viewport.top() + 60 and key_facts.top() < viewport.top() + 60
    assert viewport.contains(key_facts)
    assert documents.top() < window.height() // 2
    # Two columns across the width: documents on the left, facts on the right, each a fair share.
    assert documents.right() < key_facts.left()
    assert documents.width() > window.width() // 3 and key_facts.width() > window.width() // 4
    # Time and fee first in their column, the legal bases below every other fact.
    assert "Fee" in _saying(window, "Processing time").text()
    assert key_facts.bottom() <= facts.top() <= facts.bottom() <= legal.top()
