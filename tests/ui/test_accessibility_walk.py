"""Walk every state of the kiosk (screens, wizard steps, maintenance pages, overlays; see ui.preview)
and check what is on screen: touch targets, accessible names, text contrast on the rendered pixels,
no text or control drawn over another, and (at 200 % text) that no text is cut off.

Runs (CI has 2 cores, so not every combination): names and target sizes are cheap and checked in every
run; contrast needs a grab of the window per state, and the text size changes it only through the
large-text threshold, so it runs in both themes at 100 % (the default, smallest text: the strictest
thresholds) and in high contrast at 200 %; clipping depends on the words, not the colours, so it runs
at 200 % in both languages.
"""
from __future__ import annotations

import pytest
from a11y_checks import (
    check_clipping,
    check_contrast,
    check_names,
    check_overlap,
    check_target_size,
    image_array,
    widgets_in,
)
from PySide6.QtWidgets import QWidget

from ui.main_window import MainWindow
from ui.preview import preview_states, settle
from ui.widgets.overlay import Overlay

# (language, theme, text scale, contrast?, clipping?)
RUNS = [
    ("vi", "standard", 1.0, True, False),
    ("en", "high-contrast", 1.0, True, False),
    ("vi", "high-contrast", 2.0, True, True),
    ("en", "standard", 2.0, False, True),
]


def _scope(window: MainWindow) -> QWidget:
    """What a person can see and touch: the open overlay, or the whole window."""
    overlays = [o for o in window.findChildren(Overlay) if o.isVisible()]
    return overlays[-1] if overlays else window


def _settle(window: MainWindow) -> None:
    window.resize(1920, 1080)
    settle(window)


@pytest.mark.parametrize(("language", "theme", "scale", "contrast", "clipping"), RUNS,
                         ids=[f"{r[0]}-{r[1]}-{round(r[2] * 100)}" for r in RUNS])
@pytest.mark.expect_log(logger="kiosk.flow", level="WARNING", message=r"out of service: printer: paper out")
def test_every_state_is_accessible(window: MainWindow, language: str, theme: str, scale: float,
                                   contrast: bool, clipping: bool) -> None:
    flow = window.flow
    flow.default_theme, flow.default_text_scale = theme, scale
    flow.set_theme(theme)
    flow.set_text_scale(scale)
    problems: list[str] = []
    states = 0
    for state in preview_states(window, language):
        states += 1
        _settle(window)
        scope = _scope(window)
        widgets = widgets_in(scope)
        found = check_target_size(widgets) + check_names(widgets) + check_overlap(widgets, window)
        if contrast:
            found += check_contrast(widgets, window, image_array(window.grab().toImage()))
        if clipping:
            found += check_clipping(widgets, window)
        problems += [f"{state}: {problem}" for problem in found]
    assert states >= 30
    assert not problems, "\n".join(problems)
