"""Issue 21 findings 3 and 12 through the real window: errors that go when fixed, an error summary that
takes the citizen to each field, message kinds that look different, options that are ticked, a disabled
primary button that looks disabled."""
from __future__ import annotations

import numpy as np
import pytest
from a11y_checks import check_contrast, image_array, luminance, ratio
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QScrollArea, QWidget

from kiosk_app.flow import Screen
from kiosk_app.session_models import ApplicantDetails, ContactDetails

THEMES = ("standard", "high-contrast")


def start_wizard(flow, window):  # type: ignore[no-untyped-def]
    """The wizard past its start page (consent given), at the applicant step. This window has no services, so
    the start page offers the counter instead of the consent buttons: consent is given through the screen."""
    flow.session.procedure_code = "1.005298"
    flow.go(Screen.SUBMIT)
    submit = window.screens[Screen.SUBMIT]
    submit.agree_consent()
    return submit


def find(window, kind, name):  # type: ignore[no-untyped-def]
    widget = window.stack.currentWidget().findChild(kind, name)
    assert widget is not None, name
    return widget


def tap(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    button = find(window, QPushButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def error_shown(window, name: str) -> str:  # type: ignore[no-untyped-def]
    label = find(window, QLabel, f"error_{name}")
    return label.text() if label.isVisible() else ""


def pixels(widget: QWidget) -> np.ndarray:
    """What ``widget`` looks like on screen, as an (h, w, 3) RGB array."""
    return image_array(widget.grab().toImage())


def colour_at(widget: QWidget, x: int, y: int) -> str:
    red, green, blue = (int(c) for c in pixels(widget)[y, x])
    return f"#{red:02x}{green:02x}{blue:02x}"


def contrast(a: str, b: str) -> float:
    lum = [float(luminance(np.array([QColor(c).red(), QColor(c).green(), QColor(c).blue()]))) for c in (a, b)]
    return ratio(lum[0], lum[1])


def in_view(widget: QWidget) -> bool:
    """The whole of ``widget`` is inside the viewport of every scroll area around it."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QScrollArea):
            viewport = ancestor.viewport()
            top_left = widget.mapTo(viewport, QPoint(0, 0))
            if not viewport.rect().contains(QRect(top_left, widget.size())):
                return False
        ancestor = ancestor.parentWidget()
    return True


def test_the_error_under_a_field_goes_as_soon_as_the_field_is_valid(qtbot, flow, window) -> None:
    """Issue 21 finding 3: "Vui lòng nhập họ và tên." no longer stays under "Nguyễn Văn Bình"."""
    start_wizard(flow, window)
    tap(qtbot, window, "btn_next")
    assert error_shown(window, "full_name") and error_shown(window, "id_number")
    name = find(window, QLineEdit, "field_full_name")
    name.setFocus()
    name.insert("Nguyễn Văn Bình")  # as the on-screen keyboard types it; no "Next" tapped
    assert error_shown(window, "full_name") == ""
    assert find(window, QLineEdit, "field_full_name").property("error") == "false"
    assert error_shown(window, "id_number")  # the other fields keep their errors until they pass
    id_field = find(window, QLineEdit, "field_id_number")
    qtbot.keyClicks(id_field, "00119")
    assert "12" in error_shown(window, "id_number")  # still wrong: the message of the current check
    qtbot.keyClicks(id_field, "0012345")
    assert error_shown(window, "id_number") == ""
    # the summary follows: only the address is left
    summary = find(window, QWidget, "error_summary")
    assert summary.isVisible() and summary.names() == ["address"]
    find(window, QLineEdit, "field_address").insert("Huế")
    assert not summary.isVisible()


def test_the_error_summary_lists_each_error_and_each_entry_takes_the_citizen_to_its_field(
        qtbot, flow, window) -> None:
    """Issue 21 finding 3: a red error summary lists each error, takes the focus, and each entry moves the
    focus to its field, scrolled into view (at 200 % text, where the form is taller than the screen)."""
    flow.set_language("en")
    flow.set_text_scale(2.0)
    start_wizard(flow, window)
    flow.session.submission.contact = ContactDetails()
    tap(qtbot, window, "btn_next")
    summary = find(window, QWidget, "error_summary")
    assert summary.isVisible()
    assert summary.names() == ["full_name", "id_number", "address"]  # in the order of the form
    heading = find(window, QLabel, "error_summary_heading")
    assert "3" in heading.text()
    assert QApplication.focusWidget() is summary  # focus goes to the summary when it appears
    for name in ("full_name", "id_number", "address"):
        entry = find(window, QPushButton, f"summary_{name}")
        assert entry.text() == error_shown(window, name)
        assert entry.height() >= 60  # a touch target
    # scroll the form away from the address, then tap its entry
    for area in window.stack.currentWidget().findChildren(QScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    address = find(window, QLineEdit, "field_address")
    tap(qtbot, window, "summary_address")
    assert QApplication.focusWidget() is address
    qtbot.waitUntil(lambda: in_view(address))  # once the keyboard has opened too
    tap(qtbot, window, "summary_full_name")
    full_name = find(window, QLineEdit, "field_full_name")
    assert QApplication.focusWidget() is full_name
    qtbot.waitUntil(lambda: in_view(full_name))
    # red, not the pale yellow of a tip
    from ui.theme import DEFAULT
    assert colour_at(summary, summary.width() // 2, 2) == DEFAULT.error  # its border
    assert colour_at(summary, summary.width() - 12, summary.height() // 2) == DEFAULT.error_bg


@pytest.mark.parametrize("theme", THEMES)
def test_each_message_kind_has_its_own_colour_and_icon(qtbot, flow, window, theme: str) -> None:
    """Issue 21 finding 12: tips, warnings, errors and successes no longer share one pale-yellow box: each
    kind has its own colour and its own (drawn) icon, in both themes, with AA contrast."""
    from ui.widgets.message import MessageKind

    flow.set_theme(theme)
    submit = start_wizard(flow, window)
    notice = window.findChild(QLabel, "submit_notice")
    borders, backgrounds, icons = set(), set(), []
    for kind in MessageKind:
        submit._show_notice("Your dossier is being checked by the kiosk.", kind)  # noqa: SLF001
        qtbot.waitUntil(notice.isVisible)
        image = pixels(notice)
        border = colour_at(notice, 3, notice.height() // 2)
        background = colour_at(notice, notice.width() - 6, notice.height() - 6)
        borders.add(border)
        backgrounds.add(background)
        rect = notice.icon_rect().toAlignedRect()
        icon = image[rect.top(): rect.bottom() + 1, rect.left(): rect.right() + 1]
        mark = np.all(icon == np.array([QColor(border).red(), QColor(border).green(), QColor(border).blue()]), axis=2)
        assert mark.sum() > rect.width() * rect.height() * 0.2, f"{kind}: no icon in the box's colour"
        icons.append(mark)
        assert contrast(border, background) >= 3.0, f"{kind}: icon and border {border} on {background}"
        problems = check_contrast([notice], window, image_array(window.grab().toImage()))
        assert problems == [], problems
        assert notice.accessibleDescription()  # the kind in words for assistive technology
    assert len(borders) == 4, borders
    if theme == "standard":
        assert len(backgrounds) == 4, backgrounds
    for i in range(4):
        for j in range(i + 1, 4):
            assert (icons[i] != icons[j]).mean() > 0.05, f"icons {i} and {j} look alike"


def test_a_message_appearing_or_going_does_not_move_the_form(qtbot, flow, window) -> None:
    """Issue 21 finding 12: the layout no longer jumps when a message appears (its room is kept)."""
    submit = start_wizard(flow, window)
    field = find(window, QLineEdit, "field_full_name")

    def field_top() -> int:
        QApplication.processEvents()
        return field.mapTo(window, QPoint(0, 0)).y()

    before = field_top()
    submit._show_notice("Please hold your ID card still in front of the reader.")  # noqa: SLF001
    notice = window.findChild(QLabel, "submit_notice")
    assert notice.isVisible()
    assert field_top() == before
    assert notice.height() <= submit.messages.height()
    submit._hide_notice()  # noqa: SLF001
    assert field_top() == before


@pytest.mark.parametrize("theme", THEMES)
def test_a_chosen_option_is_ticked_and_does_not_look_like_a_primary_button(qtbot, flow, window, theme: str) -> None:
    """Issue 21 finding 12: selected options show a check mark and look different from primary buttons."""
    flow.set_theme(theme)
    start_wizard(flow, window)
    flow.session.submission.applicant = ApplicantDetails()
    chosen = find(window, QPushButton, "btn_type_citizen")
    other = find(window, QPushButton, "btn_type_business")
    primary = find(window, QPushButton, "btn_next")
    assert chosen.isChecked() and not other.isChecked()
    chosen_fill = colour_at(chosen, chosen.width() - 20, chosen.height() // 2)
    primary_fill = colour_at(primary, primary.width() - 20, primary.height() // 2)
    assert chosen_fill != primary_fill
    # the check mark: in the middle of the mark both the mark's colour and the tick cut out of it
    rect = chosen.mark_rect().toAlignedRect()
    centre = rect.adjusted(rect.width() // 4, rect.height() // 4, -rect.width() // 4, -rect.height() // 4)
    middle = pixels(chosen)[centre.top(): centre.bottom() + 1, centre.left(): centre.right() + 1]
    colours = {f"#{r:02x}{g:02x}{b:02x}" for r, g, b in middle.reshape(-1, 3)}
    mark = chosen.property("markColor").name()
    assert mark in colours and chosen_fill in colours, (mark, chosen_fill, colours)
    unticked = pixels(other)[centre.top(): centre.bottom() + 1, centre.left(): centre.right() + 1]
    assert mark not in {f"#{r:02x}{g:02x}{b:02x}" for r, g, b in unticked.reshape(-1, 3)}  # an empty ring
    tap(qtbot, window, "btn_type_business")
    assert other.isChecked() and not chosen.isChecked()


@pytest.mark.parametrize("theme", THEMES)
def test_a_disabled_primary_button_looks_and_says_disabled(qtbot, flow, window, theme: str) -> None:
    """Issue 21 finding 12: a disabled "Nộp hồ sơ của tôi" no longer looks enabled."""
    flow.set_theme(theme)
    submit = start_wizard(flow, window)
    flow.session.submission.applicant = ApplicantDetails(full_name="Lê Thị Hoa", id_number="001190012345",
                                                         address="Huế")
    flow.session.submission.contact = ContactDetails(phone="0912345678")
    submit.preview_step("review")
    button = find(window, QPushButton, "btn_submit_dossier")
    assert button.isVisible() and not button.isEnabled()  # no services: this kiosk cannot submit now
    state = QAccessible.queryAccessibleInterface(button).state()
    assert state.disabled
    disabled = colour_at(button, button.width() - 20, button.height() // 2)
    disabled_text = pixels(button)
    button.setEnabled(True)
    enabled = colour_at(button, button.width() - 20, button.height() // 2)
    assert disabled != enabled
    assert not np.array_equal(disabled_text, pixels(button))
    assert not QAccessible.queryAccessibleInterface(button).state().disabled


def test_a_checklist_answer_is_a_ticked_option_not_a_primary_button(qtbot, flow, window) -> None:
    """Issue 21 finding 12: the chosen "Có"/"Không" of the checklist is ticked and unlike a primary button."""
    screen = window.screens[Screen.CHECKLIST]
    screen.prepare_preview()
    flow.show(Screen.CHECKLIST)
    answers = [b for b in screen.findChildren(QPushButton) if b.objectName().startswith("btn_applies_")]
    assert answers
    no = next(b for b in answers if b.objectName().endswith("_no"))
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert no.isChecked()
    primary = screen.findChild(QPushButton, "btn_continue_submit")
    chosen_fill = colour_at(no, no.width() - 8, no.height() // 2)
    assert chosen_fill != colour_at(primary, primary.width() - 20, primary.height() // 2)
    rect = no.mark_rect().toAlignedRect()
    marked = pixels(no)[rect.top(): rect.bottom() + 1, rect.left(): rect.right() + 1]
    assert no.property("markColor").name() in {f"#{r:02x}{g:02x}{b:02x}" for r, g, b in marked.reshape(-1, 3)}
    assert no.width() >= no.sizeHint().width()  # the mark and the word both fit
