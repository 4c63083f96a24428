"""The touch theme: one QSS built from a palette and the text scale (large targets, no hover-only cues).

Every colour of the UI is a field of :class:`Palette`; widgets never write colours of their own, so
the high-contrast palette applies everywhere (widgets select their look with properties such as
``role``, ``state`` or ``error`` and the rules below).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ui.widgets.message import ICON_GAP, MessageKind, icon_px

MIN_TARGET_PX = 64  # >= 15 mm on a 21.5" 1080p panel
FOCUS_RING_PX = 5  # WCAG 2.4.11: a thick ring, >= 3:1 against what surrounds it
CHOSEN_BORDER_PX = 4  # a selected option's border: thicker than an unselected one's 2 px
MESSAGE_LINE_PX = 10  # the coloured left edge of a message box
FONT_FAMILIES = ("Noto Sans", "DejaVu Sans")
"""The UI's fonts, both bundled (resources/fonts): Noto Sans for the text, and DejaVu Sans for the symbols Noto
Sans lacks (arrows, ⌂, ✓, ○, ●, ⚠, ⌫). Qt takes a character missing from the first family from the next one
listed, before any font of the host: without the second family a fresh machine draws those as boxes (issue 20).
"""
CSS_FONT_FAMILIES = ", ".join(f'"{family}"' for family in FONT_FAMILIES)


@dataclass(frozen=True)
class Palette:
    """The colours of one theme (CSS colour strings)."""

    background: str = "#f3f6f9"
    surface: str = "#ffffff"
    text: str = "#14212b"
    muted: str = "#3d4f5c"
    primary: str = "#0b4f8a"
    primary_text: str = "#ffffff"
    pressed: str = "#083a66"
    pressed_text: str = "#ffffff"
    accent: str = "#c8102e"  # the idle countdown, warnings in timelines
    border: str = "#6b7c8c"
    subtle: str = "#dbe7f3"  # done steps, a pressed tile, a chosen option
    subtle_text: str = "#0b4f8a"
    disabled: str = "#8a99a8"
    bar: str = "#0b4f8a"
    bar_text: str = "#ffffff"
    bar_disabled: str = "#8fb0cf"
    warning_bg: str = "#fff4ce"
    warning_text: str = "#14212b"  # the text of every message box
    warning_line: str = "#8a5300"  # a message box's border and icon, per kind (>= 3:1 on its background)
    tip_bg: str = "#e7f0f9"
    tip_line: str = "#0b4f8a"
    error_bg: str = "#fbe9eb"
    success_bg: str = "#e4f3e8"
    success_line: str = "#17692f"
    chosen: str = "#dbe7f3"  # a selected option: light, bordered and ticked, never filled like a primary button
    chosen_text: str = "#0b4f8a"
    primary_disabled: str = "#d5dbe1"  # a primary button that cannot be used yet: grey, not blue
    primary_disabled_text: str = "#4a5763"
    error: str = "#b00020"
    success: str = "#1a7f37"
    focus: str = "#6a1b9a"  # the focus ring on the page
    bar_focus: str = "#ffd200"  # the focus ring on the top bar
    dim: str = "rgba(10, 20, 30, 170)"  # behind an overlay's card
    preview_bg: str = "#20262c"  # the camera preview
    preview_text: str = "#ffffff"
    camera_good: str = "#2ecc40"
    camera_bad: str = "#ffb000"
    keyboard_bg: str = "#767c84"
    key_bg: str = "#f8f8f8"
    key_text: str = "#111111"
    key_border: str = "#3d4248"
    key_pressed: str = "#b9d2f0"
    key_vietnamese: str = "#fff8e1"
    key_tone: str = "#ffe9b3"
    key_action: str = "#d5d9de"
    key_done: str = "#0b5cad"
    key_done_text: str = "#ffffff"
    key_done_pressed: str = "#06345f"


DEFAULT = Palette()
# White text on black with yellow actions and a cyan focus ring: the usual scheme of public terminals.
HIGH_CONTRAST = Palette(
    background="#000000", surface="#000000", text="#ffffff", muted="#ffffff", primary="#ffff00",
    primary_text="#000000", pressed="#ffffff", pressed_text="#000000", accent="#00ffff", border="#ffffff",
    subtle="#333300", subtle_text="#ffff00", disabled="#a0a0a0", bar="#000000", bar_text="#ffff00",
    bar_disabled="#a0a0a0", warning_bg="#000000", warning_text="#ffffff", error="#ff9090", success="#66ff66",
    warning_line="#ffff00", tip_bg="#000000", tip_line="#80c8ff", error_bg="#000000", success_bg="#000000",
    success_line="#66ff66", chosen="#333300", chosen_text="#ffff00", primary_disabled="#000000",
    primary_disabled_text="#a0a0a0",
    focus="#00ffff", bar_focus="#00ffff", dim="rgba(0, 0, 0, 215)", preview_bg="#000000", preview_text="#ffffff",
    camera_good="#66ff66", camera_bad="#ffff00", keyboard_bg="#000000", key_bg="#000000", key_text="#ffffff",
    key_border="#ffffff", key_pressed="#ffffff", key_vietnamese="#000000", key_tone="#000000", key_action="#000000",
    key_done="#ffff00", key_done_text="#000000", key_done_pressed="#ffffff",
)
PALETTES: dict[str, Palette] = {"standard": DEFAULT, "high-contrast": HIGH_CONTRAST}


def palette_of(theme: str) -> Palette:
    """The palette of a flow's ``theme`` name (standard when unknown)."""
    return PALETTES.get(theme, DEFAULT)


def font_px(base: int, scale: float) -> int:
    return round(base * scale)


def line_px(font: int) -> int:
    """A QSS ``min-height`` for a one-line control in ``font`` px: a touch target and room for the line.

    (A style sheet's min-height becomes the widget's minimum size, which layouts squeeze it to: it must
    not be less than the text needs. Buttons get no min-width for the same reason; their padding makes
    even a one-digit button wider than a touch target.)
    """
    return max(MIN_TARGET_PX, math.ceil(font * 1.4))


def message_colours(p: Palette) -> dict[MessageKind, tuple[str, str]]:
    """(background, border and icon colour) of each message kind in palette ``p``."""
    return {MessageKind.TIP: (p.tip_bg, p.tip_line), MessageKind.WARNING: (p.warning_bg, p.warning_line),
            MessageKind.ERROR: (p.error_bg, p.error), MessageKind.SUCCESS: (p.success_bg, p.success_line)}


def messages(p: Palette, body: int) -> str:
    """The rules of the message boxes (tip by default) and of the error summary: a colour and an icon per kind.

    The text is left clear of the drawn icon (``ui.widgets.message``), whose colours the rules set too.
    """
    left = MESSAGE_LINE_PX + icon_px(body) + 2 * ICON_GAP
    rules = [f"""QLabel[role="notice"] {{
        color: {p.warning_text}; border-radius: 0px; padding: 14px 16px;
        border: 2px solid {p.tip_line}; border-left: {MESSAGE_LINE_PX}px solid {p.tip_line};
        background: {p.tip_bg};
    }}
    MessageLabel[role="notice"] {{
        padding-left: {left}px; qproperty-iconColor: {p.tip_line}; qproperty-iconKnockout: {p.tip_bg};
    }}"""]
    for kind, (background, line) in message_colours(p).items():
        rules.append(f"""QLabel[role="notice"][kind="{kind.value}"] {{
        background: {background}; border: 2px solid {line}; border-left: {MESSAGE_LINE_PX}px solid {line};
    }}
    MessageLabel[role="notice"][kind="{kind.value}"] {{
        qproperty-iconColor: {line}; qproperty-iconKnockout: {background};
    }}""")
    rules.append(f"""QFrame[role="error_summary"] {{
        background: {p.error_bg}; border: 4px solid {p.error}; border-radius: 12px;
        qproperty-iconColor: {p.error}; qproperty-iconKnockout: {p.error_bg};
    }}
    QLabel[role="summary_heading"] {{ color: {p.warning_text}; font-weight: bold; }}
    QPushButton[role="summary_link"] {{
        text-align: left; background: transparent; color: {p.error}; border: none; text-decoration: underline;
        padding: 4px 8px; margin: {FOCUS_RING_PX - 2}px;
    }}
    QPushButton[role="summary_link"]:pressed {{ background: {p.pressed}; color: {p.pressed_text}; }}""")
    return "\n    ".join(rules)


def stylesheet(scale: float = 1.0, palette: Palette = DEFAULT) -> str:
    """QSS for the whole application at ``scale`` (1.0 – 2.0)."""
    p = palette
    body, title, big = font_px(24, scale), font_px(40, scale), font_px(30, scale)
    ring = FOCUS_RING_PX
    # The focus ring of controls shows once keys are used (the main window's "keys" property; like CSS
    # :focus-visible): on a touch screen a ring left on Home after every tap reads as "selected".
    # A text field always shows where typing goes.
    KEYS = '#MainWindow[keys="true"]'  # noqa: N806 (a selector, named like one)
    return f"""
    QWidget {{ font-family: {CSS_FONT_FAMILIES}; font-size: {body}px; color: {p.text}; }}
    #MainWindow, QStackedWidget > QWidget {{ background: {p.background}; }}
    QLabel {{ color: {p.text}; }}
    QLabel[role="title"] {{ font-size: {title}px; font-weight: bold; color: {p.primary}; }}
    QLabel[role="subtitle"] {{ font-size: {big}px; color: {p.muted}; }}
    QLabel[role="body"] {{ font-size: {body}px; color: {p.text}; }}
    QLabel[role="error"] {{ color: {p.error}; font-weight: bold; }}
    QLabel[role="success"] {{ color: {p.success}; font-weight: bold; }}
    QLabel[role="muted"] {{ color: {p.muted}; }}
    QPushButton {{
        min-height: {line_px(body)}px; padding: 8px 22px;
        border-radius: 12px; border: 2px solid {p.primary}; margin: {ring - 2}px;
        background: {p.surface}; color: {p.primary}; font-weight: bold;
    }}
    QPushButton QLabel {{ color: {p.primary}; }}
    QPushButton:pressed {{ background: {p.pressed}; color: {p.pressed_text}; }}
    QPushButton:disabled {{ color: {p.disabled}; border-color: {p.disabled}; }}
    QPushButton[role="primary"] {{ background: {p.primary}; color: {p.primary_text}; }}
    QPushButton[role="primary"]:pressed {{ background: {p.pressed}; color: {p.pressed_text}; }}
    QPushButton[role="primary"]:disabled {{
        background: {p.primary_disabled}; color: {p.primary_disabled_text}; border: 2px dashed {p.primary_disabled_text};
    }}
    QPushButton:checked {{
        background: {p.chosen}; color: {p.chosen_text}; border: {CHOSEN_BORDER_PX}px solid {p.chosen_text};
        margin: {ring - CHOSEN_BORDER_PX}px;
    }}
    QPushButton[role="tile"] {{
        background: {p.surface}; color: {p.text}; border: 3px solid {p.primary}; margin: {ring - 2}px;
        border-radius: 20px; font-size: {big}px; text-align: left; padding: 24px 32px;
    }}
    QPushButton[role="tile"]:pressed {{ background: {p.subtle}; }}
    QPushButton[role="tile"]:checked, QPushButton[role="option"]:checked {{
        background: {p.chosen}; border: {CHOSEN_BORDER_PX}px solid {p.chosen_text}; margin: {ring - CHOSEN_BORDER_PX}px;
    }}
    QPushButton[role="option"] {{ padding: 0px; }}
    QPushButton[role="choice"] {{ padding-left: {icon_px(body) + 2 * ICON_GAP}px; qproperty-markColor: {p.chosen_text};
        qproperty-markKnockout: {p.chosen}; }}
    QLabel[role="tile_name"] {{ font-size: {font_px(34, scale)}px; font-weight: bold; color: {p.primary}; }}
    QLabel[role="tile_hint"] {{ font-size: {body}px; color: {p.muted}; }}
    QPushButton QLabel[marked="true"] {{ color: {p.chosen_text}; }}
    {KEYS} QPushButton:focus {{ outline: none; border: {ring}px solid {p.focus}; margin: 0px; }}
    {KEYS} QPushButton[role="tile"]:focus {{ border: {ring + 1}px solid {p.focus}; margin: 0px; }}
    #TopBar {{ background: {p.bar}; }}
    #TopBar QPushButton {{
        background: transparent; color: {p.bar_text}; border: 2px solid {p.bar_text};
        font-size: {font_px(22, scale)}px; padding: 4px 14px; margin: {ring - 2}px;
        min-height: {line_px(font_px(22, scale)) - 8}px;
    }}
    #TopBar QPushButton:pressed {{ background: {p.pressed}; color: {p.pressed_text}; }}
    {KEYS} #TopBar QPushButton:focus {{ border: {ring}px solid {p.bar_focus}; margin: 0px; }}
    #TopBar QPushButton:disabled {{ color: {p.bar_disabled}; border-color: {p.bar_disabled}; }}
    #TopBar QLabel {{ color: {p.bar_text}; font-size: {font_px(26, scale)}px; font-weight: bold; }}
    #Overlay {{ background: {p.dim}; }}
    #OverlayCard {{ background: {p.surface}; border-radius: 24px; border: 3px solid {p.primary}; }}
    #IdleBanner {{ background: {p.surface}; border: 6px solid {p.accent}; }}
    #ConnectingLine {{ background: {p.surface}; border-bottom: 3px solid {p.accent}; }}
    #IdleBanner QLabel[role="countdown"] {{ font-size: {font_px(72, min(scale, 1.25))}px; }}
    QLabel[role="countdown"] {{ font-size: {font_px(96, scale)}px; font-weight: bold; color: {p.accent}; }}
    QLabel[role="pin_dots"] {{ font-size: {font_px(64, min(scale, 1.5))}px; font-weight: bold; color: {p.accent}; }}
    {messages(p, body)}
    QLabel[state="done"] {{
        background: {p.subtle}; color: {p.subtle_text}; border-radius: 10px; padding: 6px 10px;
        border: 2px solid {p.subtle_text};
    }}
    QLabel[state="current"] {{
        background: {p.primary}; color: {p.primary_text}; font-weight: bold; border-radius: 10px;
        padding: 6px 10px; border: 2px solid {p.primary};
    }}
    QLabel[state="todo"] {{
        background: transparent; color: {p.muted}; border: 2px solid {p.border}; border-radius: 10px;
        padding: 6px 10px;
    }}
    QLineEdit, QPlainTextEdit {{
        padding: 4px 16px; border: 2px solid {p.border}; border-radius: 10px; margin: {ring - 2}px;
        background: {p.surface}; color: {p.text}; selection-background-color: {p.primary};
        selection-color: {p.primary_text};
    }}
    QLineEdit {{ min-height: {line_px(big)}px; font-size: {big}px; }}
    QLineEdit[error="true"] {{ border: 3px solid {p.error}; margin: {ring - 3}px; }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border: {ring}px solid {p.focus}; margin: 0px; }}
    QCheckBox, QRadioButton {{ min-height: {MIN_TARGET_PX}px; spacing: 16px; }}
    {KEYS} QCheckBox:focus, {KEYS} QRadioButton:focus {{ border: {ring}px solid {p.focus}; border-radius: 10px; }}
    QAbstractItemView {{ background: {p.surface}; color: {p.text}; border: 2px solid {p.border}; }}
    {KEYS} QAbstractItemView:focus {{ border: {ring}px solid {p.focus}; }}
    {KEYS} QAbstractItemView::item:focus {{ border: {ring}px solid {p.focus}; }}
    QAbstractItemView::item:selected {{ background: {p.primary}; color: {p.primary_text}; }}
    QLabel[role="camera"] {{ background: {p.preview_bg}; color: {p.preview_text}; border-radius: 12px; }}
    QLabel[role="log"], QPlainTextEdit[role="log"] {{
        font-family: "DejaVu Sans Mono", monospace; font-size: {font_px(18, scale)}px;
    }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollArea[role="list"] {{ min-height: {font_px(200, scale)}px; }}
    QScrollArea > QWidget, QScrollArea > QWidget > QWidget {{ background: transparent; }}
    QScrollBar {{ width: 0px; height: 0px; }}
    """
