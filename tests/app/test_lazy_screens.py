"""Issue 20 (imports on demand): the window builds a screen the first time it is needed."""
from __future__ import annotations

from kiosk_app.flow import KioskFlow, Screen


def test_only_the_first_screen_is_built_at_start_and_the_others_on_first_access(qtbot, window, flow: KioskFlow) -> None:  # type: ignore[no-untyped-def]
    """Issue 20: a new window has built the welcome screen only (before, all 13 screens were built at start);
    ``window.screens[...]`` builds a screen on first access, once, and adding it does not change what is shown."""
    assert [screen.screen for screen in window.screens.built()] == [Screen.WELCOME]
    assert window.stack.count() == 1
    assert len(window.screens) == len(Screen) and Screen.SUBMIT in window.screens  # every state has a screen
    track = window.screens[Screen.TRACK]
    assert window.screens[Screen.TRACK] is track and window.stack.count() == 2
    assert window.stack.currentWidget() is window.screens[Screen.WELCOME]  # still the welcome screen
    flow.go(Screen.LOOKUP)
    assert window.stack.currentWidget() is window.screens[Screen.LOOKUP]
    assert window.screens.is_built(Screen.LOOKUP) and not window.screens.is_built(Screen.SUBMIT)


def test_a_screen_built_later_speaks_the_current_language(qtbot, window, flow: KioskFlow) -> None:  # type: ignore[no-untyped-def]
    """A screen built after a language change shows the new language, as the screens built before do."""
    flow.set_language("en")
    lookup_en = window.screens[Screen.LOOKUP].title()
    flow.set_language("vi")
    assert window.screens[Screen.LOOKUP].title() != lookup_en  # retranslated
    track_vi = window.screens[Screen.TRACK].title()  # built now, in Vietnamese
    flow.set_language("en")
    assert window.screens[Screen.TRACK].title() != track_vi


def test_the_keyboard_is_built_when_a_text_field_first_takes_focus(qtbot, window, flow: KioskFlow) -> None:  # type: ignore[no-untyped-def]
    """Issue 20: the on-screen keyboard is not built with the window (it was, before the first paint); the
    first focus of a text field builds it and it types into that field at once."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from ui.widgets.keyboard import OnScreenKeyboard

    assert window.findChildren(OnScreenKeyboard) == []
    flow.go(Screen.TRACK)
    field = window.screens[Screen.TRACK].findChild(QLineEdit, "field_code")
    assert field is not None and window.findChildren(OnScreenKeyboard) == []
    if not window.isActiveWindow():  # a tap on the screen activates the kiosk's window
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: window.findChildren(OnScreenKeyboard) != [])
    keyboard = window.findChildren(OnScreenKeyboard)[0]
    assert window.keyboard is keyboard and keyboard.field is field and keyboard.isVisible()
    assert keyboard.press_key("key_1") and "1" in field.text()  # it types into the field that took focus
