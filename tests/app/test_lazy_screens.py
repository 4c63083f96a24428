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
