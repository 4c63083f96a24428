"""The touch theme: one QSS built from a palette and the text scale (large targets, no hover-only cues)."""
from __future__ import annotations

from dataclasses import dataclass

MIN_TARGET_PX = 64  # >= 15 mm on a 21.5" 1080p panel


@dataclass(frozen=True)
class Palette:
    background: str = "#f3f6f9"
    surface: str = "#ffffff"
    text: str = "#14212b"
    muted: str = "#3d4f5c"
    primary: str = "#0b4f8a"
    primary_text: str = "#ffffff"
    pressed: str = "#083a66"
    accent: str = "#c8102e"
    border: str = "#9aa9b8"
    bar: str = "#0b4f8a"
    bar_text: str = "#ffffff"
    warning_bg: str = "#fff4ce"


DEFAULT = Palette()
# White on black with yellow actions: the usual high-contrast scheme of public terminals.
HIGH_CONTRAST = Palette(
    background="#000000", surface="#000000", text="#ffffff", muted="#ffffff", primary="#ffff00",
    primary_text="#000000", pressed="#ffffff", accent="#00ffff", border="#ffffff", bar="#000000",
    bar_text="#ffff00", warning_bg="#000000",
)
PALETTES: dict[str, Palette] = {"standard": DEFAULT, "high-contrast": HIGH_CONTRAST}


def font_px(base: int, scale: float) -> int:
    return round(base * scale)


def stylesheet(scale: float = 1.0, palette: Palette = DEFAULT) -> str:
    """QSS for the whole application at ``scale`` (1.0 – 2.0)."""
    p = palette
    body, title, big = font_px(24, scale), font_px(40, scale), font_px(30, scale)
    return f"""
    QWidget {{ font-family: "Noto Sans"; font-size: {body}px; color: {p.text}; }}
    #MainWindow, QStackedWidget > QWidget {{ background: {p.background}; }}
    QLabel[role="title"] {{ font-size: {title}px; font-weight: bold; color: {p.primary}; }}
    QLabel[role="subtitle"] {{ font-size: {big}px; color: {p.muted}; }}
    QLabel[role="body"] {{ font-size: {body}px; color: {p.text}; }}
    QPushButton {{
        min-height: {MIN_TARGET_PX}px; min-width: {MIN_TARGET_PX}px; padding: 8px 22px;
        border-radius: 12px; border: 2px solid {p.primary};
        background: {p.surface}; color: {p.primary}; font-weight: bold;
    }}
    QPushButton:pressed {{ background: {p.pressed}; color: {p.primary_text}; }}
    QPushButton:focus {{ outline: none; border: 4px solid {p.accent}; }}
    QPushButton:disabled {{ color: {p.border}; border-color: {p.border}; }}
    QPushButton[role="primary"] {{ background: {p.primary}; color: {p.primary_text}; }}
    QPushButton[role="primary"]:pressed {{ background: {p.pressed}; }}
    QPushButton[role="choice"]:checked {{ background: {p.primary}; color: {p.primary_text}; }}
    QPushButton[role="tile"] {{
        background: {p.surface}; color: {p.text}; border: 3px solid {p.primary};
        border-radius: 20px; font-size: {big}px; text-align: left; padding: 24px 32px;
    }}
    QPushButton[role="tile"]:pressed {{ background: #dbe7f3; }}
    QLabel[role="tile_name"] {{ font-size: {font_px(34, scale)}px; font-weight: bold; color: {p.primary}; }}
    QLabel[role="tile_hint"] {{ font-size: {body}px; color: {p.muted}; }}
    #TopBar {{ background: {p.bar}; }}
    #TopBar QPushButton {{
        background: transparent; color: {p.bar_text}; border: 2px solid {p.bar_text};
        font-size: {font_px(22, scale)}px;
    }}
    #TopBar QPushButton:pressed {{ background: {p.pressed}; }}
    #TopBar QPushButton:disabled {{ color: #8fb0cf; border-color: #8fb0cf; }}
    #TopBar QLabel {{ color: {p.bar_text}; font-size: {font_px(26, scale)}px; font-weight: bold; }}
    #Overlay {{ background: rgba(10, 20, 30, 170); }}
    #OverlayCard {{ background: {p.surface}; border-radius: 24px; border: 3px solid {p.primary}; }}
    QLabel[role="countdown"] {{ font-size: {font_px(96, scale)}px; font-weight: bold; color: {p.accent}; }}
    QLabel[role="notice"] {{ background: {p.warning_bg}; border-radius: 12px; padding: 16px; }}
    QLineEdit {{
        min-height: {MIN_TARGET_PX}px; padding: 4px 16px; border: 2px solid {p.border};
        border-radius: 10px; background: {p.surface}; font-size: {big}px;
    }}
    QLineEdit:focus {{ border: 3px solid {p.primary}; }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollBar {{ width: 0px; height: 0px; }}
    """
