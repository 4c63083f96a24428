"""The on-screen keyboard, driven by tapping its keys as a citizen would."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QRegularExpression, Qt, QTranslator
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk_app.clock import ManualClock
from ui.widgets import keyboard as keyboard_module
from ui.widgets.keyboard import KeyboardMode, OnScreenKeyboard


@dataclass
class Form:
    window: QWidget
    name: QLineEdit
    citizen_id: QLineEdit
    phone: QLineEdit
    password: QLineEdit
    next_button: QPushButton
    keyboard: OnScreenKeyboard
    clock: ManualClock  # for Shift's double tap
    spoken: list[tuple[str, str]]


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    window = QWidget()
    layout = QVBoxLayout(window)
    name = QLineEdit()
    citizen_id = QLineEdit()
    citizen_id.setProperty("keyboard", "numeric")
    citizen_id.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), citizen_id))
    phone = QLineEdit()
    phone.setProperty("keyboard", "phone")
    password = QLineEdit()
    password.setProperty("keyboard", "numeric")
    password.setEchoMode(QLineEdit.EchoMode.Password)
    next_button = QPushButton("Next")
    clock = ManualClock(100.0)
    keyboard = OnScreenKeyboard(window, clock=clock)
    for widget in (name, citizen_id, phone, password, next_button):
        layout.addWidget(widget)
    layout.addStretch(1)
    layout.addWidget(keyboard)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    spoken: list[tuple[str, str]] = []
    keyboard.key_pressed.connect(lambda key, text: spoken.append((key, text)))
    return Form(window, name, citizen_id, phone, password, next_button, keyboard, clock, spoken)


def focus(qtbot: QtBot, form: Form, field: QWidget) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)


def tap(qtbot: QtBot, keyboard: OnScreenKeyboard, *names: str) -> None:
    for name in names:
        key = keyboard.key(name)
        assert key is not None, f"no key {name} on this page"
        assert key.isVisible(), name
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def translated(source: str) -> str:
    """``source`` in whatever language the application is in now."""
    return QCoreApplication.translate("OnScreenKeyboard", source)


def keys(letters: str) -> Iterator[str]:
    """Key names of plain letters and spaces."""
    for ch in letters:
        yield "key_space" if ch == " " else f"key_{ch}"


def test_types_dang_ky_nhan_hieu(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.name)
    kb = form.keyboard
    tap(qtbot, kb, "key_shift", "key_d_stroke", "key_a_breve", *keys("ng ky"), "key_tone_acute")
    tap(qtbot, kb, *keys(" nhan"), "key_tone_tilde", *keys(" hi"), "key_e_circumflex", "key_u")
    tap(qtbot, kb, "key_tone_dot")
    assert form.name.text() == "Đăng ký nhãn hiệu"


def test_types_nguyen_thi_anh(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.name)
    kb = form.keyboard
    tap(qtbot, kb, "key_shift", *keys("nguy"), "key_e_circumflex", "key_n", "key_tone_tilde")
    tap(qtbot, kb, "key_space", "key_shift", *keys("thi"), "key_tone_dot")
    tap(qtbot, kb, "key_space", "key_shift", *keys("anh"), "key_tone_acute")
    assert form.name.text() == "Nguyễn Thị Ánh"


def test_tone_keys(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.name)
    kb = form.keyboard
    tap(qtbot, kb, *keys("ky"), "key_tone_grave", "key_tone_acute")
    assert form.name.text() == "ký"  # another tone replaces the first
    tap(qtbot, kb, "key_tone_acute")
    assert form.name.text() == "ky"  # the same tone again removes it
    tap(qtbot, kb, "key_space", "key_tone_dot")
    assert form.name.text() == "ky "  # no word before the cursor: nothing to mark
    form.name.setText("nhan hieu")
    form.name.setCursorPosition(4)
    tap(qtbot, kb, "key_tone_tilde")
    assert form.name.text() == "nhãn hieu"  # the word before the cursor, not the last word
    assert form.name.cursorPosition() == 4


def test_shift_is_one_shot_and_caps_on_double_tap(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.name)
    kb = form.keyboard
    assert kb.key("key_a").text() == "a"
    tap(qtbot, kb, "key_shift")
    assert kb.key("key_a").text() == "A"
    tap(qtbot, kb, "key_a", "key_b")
    assert form.name.text() == "Ab"
    tap(qtbot, kb, "key_shift", "key_shift")  # double tap: Caps Lock
    tap(qtbot, kb, "key_c", "key_o_horn")
    assert form.name.text() == "AbCƠ"
    form.clock.advance(5)
    tap(qtbot, kb, "key_shift", "key_d")  # a tap while locked turns it off
    assert form.name.text() == "AbCƠd"
    tap(qtbot, kb, "key_shift")
    form.clock.advance(5)
    tap(qtbot, kb, "key_shift", "key_e")  # two slow taps: on, then off again
    assert form.name.text() == "AbCƠde"


def test_backspace_and_its_auto_repeat(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.name)
    kb = form.keyboard
    tap(qtbot, kb, *keys("abcdefgh"), "key_backspace")
    assert form.name.text() == "abcdefg"
    key = kb.key("key_backspace")
    assert key is not None
    qtbot.mousePress(key, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(form.name.text()) <= 3, timeout=5000)
    qtbot.mouseRelease(key, Qt.MouseButton.LeftButton)
    assert form.name.text() in ("abc", "ab", "a", "")


def test_symbols_page(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.name)
    kb = form.keyboard
    tap(qtbot, kb, *keys("so"), "key_symbols", "key_space", "key_1", "key_2", "key_slash", "key_3")
    tap(qtbot, kb, "key_ampersand", "key_letters", "key_a")
    assert form.name.text() == "so 12/3&a"
    assert kb.key("key_ampersand") is None  # back on the letters page


def test_max_length_is_respected(qtbot: QtBot, form: Form) -> None:
    form.name.setMaxLength(3)
    focus(qtbot, form, form.name)
    tap(qtbot, form.keyboard, *keys("abcd"))
    assert form.name.text() == "abc"


def test_numeric_pad_types_a_citizen_id_and_ignores_letters(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.citizen_id)
    kb = form.keyboard
    assert kb.isVisible()
    assert kb.mode is KeyboardMode.NUMERIC
    assert kb.key("key_a") is None
    assert kb.key("key_space") is None
    assert kb.key("key_plus") is None  # phone fields only
    assert not kb.press_key("key_a")
    tap(qtbot, kb, *(f"key_{d}" for d in "0012345678901"))  # 13 digits: the validator stops at 12
    assert form.citizen_id.text() == "001234567890"
    tap(qtbot, kb, "key_backspace")
    assert form.citizen_id.text() == "00123456789"


def test_phone_pad_has_plus(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.phone)
    kb = form.keyboard
    assert kb.mode is KeyboardMode.PHONE
    tap(qtbot, kb, "key_plus", *(f"key_{d}" for d in "84912345678"))
    assert form.phone.text() == "+84912345678"


def test_date_pad_has_a_slash_and_no_plus(qtbot: QtBot, form: Form) -> None:
    """Issue 21 finding 2: a date field's pad has "/" (day/month/year), the ID number's has none."""
    form.phone.setProperty("keyboard", "date")
    focus(qtbot, form, form.next_button)
    focus(qtbot, form, form.phone)
    kb = form.keyboard
    assert kb.mode is KeyboardMode.DATE
    assert kb.key("key_plus") is None
    tap(qtbot, kb, "key_0", "key_5", "key_slash", "key_9", "key_slash", *(f"key_{d}" for d in "1990"))
    assert form.phone.text() == "05/9/1990"
    assert not kb.press_key("key_a")
    focus(qtbot, form, form.citizen_id)
    assert kb.key("key_slash") is None and kb.key("key_plus") is None


def test_code_layout_has_every_character_of_a_dossier_code(qtbot: QtBot, form: Form) -> None:
    """Issue 21 finding 5: one page holds the digits, the upper-case letters, "." and "-": a dossier code and
    a TAM- reference are typed without switching pages, in upper case whatever Shift did elsewhere."""
    form.name.setProperty("keyboard", "code")
    focus(qtbot, form, form.next_button)
    focus(qtbot, form, form.name)
    kb = form.keyboard
    assert kb.mode is KeyboardMode.CODE
    names = {".": "key_period", "-": "key_minus"}
    for text in ("000.00.00.G06-261203-0001", "TAM-K01-261203-ABCDEF"):
        form.name.clear()
        tap(qtbot, kb, *(names.get(c, f"key_{c}") for c in text))
        assert form.name.text() == text
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        assert kb.key(f"key_{letter}") is not None, letter
    assert kb.key("key_a") is None and kb.key("key_tone_acute") is None and kb.key("key_symbols") is None
    tap(qtbot, kb, "key_backspace")
    assert form.name.text() == "TAM-K01-261203-ABCDE"
    with qtbot.waitSignal(kb.done):
        tap(qtbot, kb, "key_done")


def test_the_field_is_scrolled_into_view_above_the_keyboard(qtbot: QtBot) -> None:
    """Issue 21 finding 2: a field at the bottom of a scrolled form is scrolled into view when the keyboard
    opens below it, and again when messages above it push it down while the keyboard stays open."""
    from PySide6.QtWidgets import QLabel

    from ui.widgets.scrolling import scrolling_page

    window = QWidget()
    content = QWidget()
    form_layout = QVBoxLayout(content)
    message = QLabel("A message that appears above the field\n" * 8)
    message.hide()
    form_layout.addWidget(message)
    fillers = [QLineEdit(content) for _ in range(6)]
    for filler in fillers:
        filler.setMinimumHeight(90)
        form_layout.addWidget(filler)
    field = QLineEdit()
    form_layout.addWidget(field)
    area = scrolling_page(content)
    layout = QVBoxLayout(window)
    layout.addWidget(area, 1)
    keyboard = OnScreenKeyboard(window)
    layout.addWidget(keyboard)
    qtbot.addWidget(window)
    window.resize(1200, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    def in_view() -> bool:
        top = field.mapTo(area.viewport(), field.rect().topLeft()).y()
        return keyboard.isVisible() and top >= 0 and top + field.height() <= area.viewport().height()

    bottom = field.mapTo(window, field.rect().bottomLeft()).y()
    assert 900 - 300 < bottom < 900  # in view, where the keyboard will be
    field.setFocus()
    qtbot.waitUntil(in_view)
    assert field.mapTo(window, field.rect().bottomLeft()).y() < keyboard.geometry().top()
    area.verticalScrollBar().setValue(0)  # the citizen drags the form back up: the keyboard lets them
    message.show()  # ... and then a message appears above the field
    qtbot.waitUntil(in_view)


def test_hides_for_a_widget_without_text_and_shows_for_a_field(qtbot: QtBot, form: Form) -> None:
    kb = form.keyboard
    focus(qtbot, form, form.next_button)
    assert not kb.isVisible()
    focus(qtbot, form, form.name)
    assert kb.isVisible()
    assert kb.field is form.name
    focus(qtbot, form, form.next_button)
    assert not kb.isVisible()
    assert kb.field is None
    focus(qtbot, form, form.citizen_id)
    assert kb.isVisible()
    assert kb.mode is KeyboardMode.NUMERIC
    focus(qtbot, form, form.name)
    assert kb.mode is KeyboardMode.TEXT
    assert kb.key("key_a") is not None


def test_no_keyboard_for_read_only_or_opted_out_fields(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.next_button)
    form.name.setReadOnly(True)
    focus(qtbot, form, form.name)
    assert not form.keyboard.isVisible()
    form.phone.setProperty("keyboard", "none")
    focus(qtbot, form, form.phone)
    assert not form.keyboard.isVisible()


def test_done_hides_and_a_tap_on_the_field_brings_it_back(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.name)
    kb = form.keyboard
    with qtbot.waitSignals([kb.done, kb.visibility_changed], check_params_cbs=[None, lambda v: not v]):
        tap(qtbot, kb, "key_a", "key_done")
    assert not kb.isVisible()
    assert not form.name.hasFocus()
    qtbot.mouseClick(form.name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kb.isVisible)
    assert kb.field is form.name
    tap(qtbot, kb, "key_b")
    assert form.name.text() == "ab"


def test_keys_are_touch_targets_that_never_take_focus(qtbot: QtBot, form: Form) -> None:
    kb = form.keyboard
    for field, pages in ((form.name, ("key_letters", "key_symbols")), (form.phone, ())):
        focus(qtbot, form, field)
        for switch in (None, *pages):
            if switch is not None:
                kb.press_key(switch)
            buttons = [b for b in kb.findChildren(QPushButton) if b.isVisible()]
            assert len(buttons) >= 13
            for button in buttons:
                assert button.objectName().startswith("key_")
                assert button.width() >= 64 and button.height() >= 64, button.objectName()
                assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
                assert button.accessibleName()
                assert button.font().pixelSize() >= 26, button.objectName()
            assert field.hasFocus()


def test_key_presses_are_announced_but_passwords_are_not(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.name)
    kb = form.keyboard
    tap(qtbot, kb, "key_shift", "key_d_stroke", "key_tone_acute", "key_space")
    assert form.spoken == [
        ("key_shift", translated("Shift")),
        ("key_d_stroke", "Đ"),
        ("key_tone_acute", translated("Acute tone (sắc)")),
        ("key_space", translated("Space")),
    ]
    form.spoken.clear()
    focus(qtbot, form, form.password)
    tap(qtbot, kb, "key_1", "key_2")
    assert form.password.text() == "12"
    assert form.spoken == [("key_hidden", ""), ("key_hidden", "")]


class _PseudoTranslator(QTranslator):
    """Wraps every keyboard string in brackets, whatever language the application is in."""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: ARG002
        return f"[{source}]" if context == "OnScreenKeyboard" else ""


def test_labels_follow_a_language_change(qtbot: QtBot, form: Form) -> None:
    kb = form.keyboard
    focus(qtbot, form, form.name)
    assert kb.key("key_done").text() == translated("Done")
    translator = _PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: kb.key("key_done").text() == "[Done]")
        assert kb.key("key_space").text() == "[Space]"
        assert kb.key("key_backspace").accessibleName() == "[Backspace]"
        assert kb.key("key_tone_dot").accessibleName() == "[Dot tone (nặng)]"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: kb.key("key_done").text() == translated("Done"))


def test_a_hidden_field_detaches(qtbot: QtBot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    screen = QWidget()  # a screen with the only field of the window
    field = QLineEdit(screen)
    layout.addWidget(screen)
    keyboard = OnScreenKeyboard(window)
    layout.addWidget(keyboard)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(keyboard.isVisible)
    screen.hide()  # as when the flow shows another screen that has nothing to focus
    assert keyboard.field is None
    assert not keyboard.isVisible()
    keyboard.press_key("key_a")
    assert field.text() == ""


def test_a_deleted_field_detaches(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.name)
    kb = form.keyboard
    form.name.deleteLater()
    qtbot.waitUntil(lambda: kb.field is None)
    assert not kb.isVisible()
    assert kb.press_key("key_a")  # no field: the tap does nothing, and nothing breaks


def test_hardware_keys_compose_by_telex_when_asked(qtbot: QtBot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    telex_field, plain_field = QLineEdit(), QLineEdit()
    layout.addWidget(telex_field)
    layout.addWidget(plain_field)
    keyboard = OnScreenKeyboard(window, telex=True)
    layout.addWidget(keyboard)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    telex_field.setFocus()
    qtbot.waitUntil(lambda: keyboard.field is telex_field)
    qtbot.keyClicks(telex_field, "Nguyeenx Thij Anhs, ddawng kys")
    assert telex_field.text() == "Nguyễn Thị Ánh, đăng ký"
    qtbot.keyClick(telex_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    qtbot.keyClicks(telex_field, "xin")
    assert telex_field.text() == "xin"


def test_hardware_keys_are_plain_without_telex(qtbot: QtBot, form: Form) -> None:
    focus(qtbot, form, form.name)
    qtbot.keyClicks(form.name, "Nguyeenx")
    assert form.name.text() == "Nguyeenx"


THEME = """
QPushButton { min-height: 60px; min-width: 60px; padding: 8px 22px; font-weight: bold;
              border: 2px solid #0b4f8a; background: white; color: #0b4f8a; }
QPushButton:pressed { background: #0b4f8a; color: white; }
"""


def test_the_application_theme_does_not_reshape_the_keys(qtbot: QtBot, form: Form) -> None:
    kb = form.keyboard
    names = {
        form.name: ["key_a", "key_shift", "key_space", "key_done", "key_tone_acute"],
        form.phone: ["key_1", "key_plus", "key_backspace", "key_done"],
    }

    def geometry() -> dict[str, tuple[int, int, int, int]]:
        shapes = {}
        for field, keys in names.items():
            focus(qtbot, form, field)
            QCoreApplication.processEvents()
            for name in keys:
                g = kb.key(name).geometry()
                shapes[f"{field.property('keyboard')}:{name}"] = (g.x(), g.y(), g.width(), g.height())
        return shapes

    plain = geometry()
    assert plain["phone:key_1"][2:] == (200, 80)
    assert plain["None:key_a"][3] == keyboard_module.KEY_HEIGHT
    app = QCoreApplication.instance()
    app.setStyleSheet(THEME)
    try:
        assert geometry() == plain
        focus(qtbot, form, form.name)
        assert not kb.key("key_a").font().bold()
        assert kb.key("key_a").font().pixelSize() == 30
    finally:
        app.setStyleSheet("")


def test_the_qt_binding_keeps_none_alive() -> None:
    """Building one keyboard makes hundreds of void Qt calls; PySide6 6.12.0 under Python < 3.12
    dropped a reference to None on each, and the test run aborted at exit ("deallocating None").
    pyproject keeps that release out; this fails fast if such a binding comes back."""
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("key")
    assert sys.getrefcount(None) >= before
