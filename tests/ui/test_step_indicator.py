"""Issue 21 finding 12 (the form must not jump): the wizard's step indicator hands its new height to the
screen's layout in the same event-loop pass that lays the screen out, not one pass later."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from ui.widgets.scrolling import scrolling_page
from ui.widgets.step_indicator import StepIndicator

LONG = ["Procedure chosen for this dossier", "Before you start: what you will need",
        "The applicant's name and identity", "Contact", "Delivery", "Scan", "Review"]
SHORT = ["Procedure", "Start", "Applicant", "Contact", "Delivery", "Scan", "Review"]


def test_the_form_below_the_indicator_settles_in_one_pass(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 21 finding 12: when the step names change from wrapped (two lines) to one line, what lies below the
    indicator takes its final place in the first layout pass; before, it moved once more a pass later (the
    applicant field went from y 551 to 518 when the next layout came, e.g. with a notice)."""
    content = QWidget()
    layout = QVBoxLayout(content)
    indicator = StepIndicator()
    form = QLabel("form")
    layout.addWidget(indicator)
    layout.addWidget(form)
    layout.addStretch(1)
    screen = scrolling_page(content)  # as every screen is shown
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    indicator.set_steps(LONG, 2)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: indicator.height() == indicator.heightForWidth(indicator.width()))
    wrapped = indicator.height()

    indicator.set_steps(SHORT, 2)
    QApplication.processEvents()
    assert indicator.height() < wrapped  # the names fit on one line now
    first = form.y()
    for _ in range(3):
        QApplication.processEvents()
    assert form.y() == first
    assert indicator.height() == indicator.heightForWidth(indicator.width())
