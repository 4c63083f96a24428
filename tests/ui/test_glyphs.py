"""Issue 20 (every glyph drawn exists in the font used): walk every state of the kiosk (screens, wizard steps,
maintenance pages, keyboards, overlays; see ui.preview) in Vietnamese and English, collect all visible text
(labels, buttons, fields and their placeholders, text boxes, item views, tool tips) and check each character
against the font that draws it: the family Qt really resolved for the widget (QFontInfo), then the fallback
families the font lists (ui.theme.FONT_FAMILIES), each only if the kiosk ships it (resources/fonts) and each on
its own, without Qt's fallback to whatever else this machine has installed. A character none of them has is a
box on a fresh kiosk (the top bar's "🔊" emoji was one)."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QRawFont, Qt, QTextDocumentFragment  # mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

from kiosk_app.paths import RESOURCES
from ui.app import create_qapp
from ui.main_window import MainWindow
from ui.preview import preview_states, settle
from ui.theme import DEFAULT, FONT_FAMILIES, HIGH_CONTRAST, Palette

# Characters that are never drawn as glyphs: line breaks, and the default-ignorable format characters
# (soft hyphen, zero-width space/joiners, direction marks, word joiner, BOM).
NOT_DRAWN = {"\n", "\r", "\t", "\u2028", "\u2029", "\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
             "\u2060", "\ufeff"}


def plain(text: str, rich: bool) -> str:
    """What a label shows of ``text``: the characters of its HTML when it is rich text."""
    return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


def _is_rich(label: QLabel) -> bool:
    text_format = label.textFormat()
    if text_format == Qt.TextFormat.RichText:
        return True
    return text_format == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                if value:
                    yield str(value)
                pending.append(index)


def visible_texts(root: QWidget) -> Iterator[tuple[QWidget, str, str, QFont]]:
    """(widget, which text, the text, the font that draws it) for every visible text under ``root``."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        font = widget.font()
        if isinstance(widget, QLabel):
            yield widget, "text", plain(widget.text(), _is_rich(widget)), font
        elif isinstance(widget, QAbstractButton):
            yield widget, "text", widget.text(), font
        elif isinstance(widget, QLineEdit):
            yield widget, "text", widget.text(), font
            yield widget, "placeholder", widget.placeholderText(), font
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield widget, "text", widget.toPlainText(), font
            yield widget, "placeholder", widget.placeholderText(), font
        elif isinstance(widget, QComboBox):
            yield widget, "items", "".join(widget.itemText(i) for i in range(widget.count())), font
        elif isinstance(widget, QAbstractItemView):
            yield widget, "items", "".join(_model_texts(widget)), font
        if widget.toolTip():
            yield widget, "tool tip", plain(widget.toolTip(), Qt.mightBeRichText(widget.toolTip())), QToolTip.font()


@lru_cache(maxsize=64)
def _strict_metrics(family: str, bold: bool, italic: bool) -> QFontMetrics:
    """Metrics of exactly ``family`` (no merging in glyphs from other fonts, as Qt would on this machine)."""
    font = QFont(family)
    font.setBold(bold)
    font.setItalic(italic)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return QFontMetrics(font)


@lru_cache(maxsize=1)
def bundled_families() -> frozenset[str]:
    """The families of the fonts the kiosk ships (the only ones sure to be on a fresh machine)."""
    return frozenset(QRawFont(str(path), 12).familyName() for path in (RESOURCES / "fonts").glob("*.ttf"))


def missing_glyphs(text: str, font: QFont) -> list[tuple[str, str]]:
    """(character, the families tried) for each character of ``text`` the font actually used cannot draw."""
    info = QFontInfo(font)  # the family Qt really picked for the widget's font
    families = [info.family(), *(font.families() or [font.family()])[1:]]  # then the fallbacks the font names
    shipped = [family for family in families if family in bundled_families()]
    metrics = [_strict_metrics(family, info.bold(), info.italic()) for family in shipped]
    return [(ch, " > ".join(families)) for ch in dict.fromkeys(text)
            if ch not in NOT_DRAWN and not any(m.inFontUcs4(ord(ch)) for m in metrics)]


def describe(widget: QWidget) -> str:
    name = widget.objectName() or "(unnamed)"
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {name}" + (f" in {parent.objectName()}" if parent is not None else "")


def glyph_problems(root: QWidget) -> list[str]:
    problems = []
    for widget, which, text, font in visible_texts(root):
        for ch, family in missing_glyphs(text, font):
            name = unicodedata.name(ch, "?")
            problems.append(f"{describe(widget)} ({which} {text[:60]!r}): U+{ord(ch):04X} {ch!r} {name} "
                            f"is not in {family}")
    return problems


def test_missing_glyphs_are_found(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 20: the check tells the bundled font's letters from a character only another font has (the old
    top bar's speaker emoji, the house and arrow it drew with text), whatever fonts this machine has."""
    create_qapp()  # loads the bundled fonts
    assert set(FONT_FAMILIES) <= bundled_families()
    noto = QFont("Noto Sans", 20)
    assert QFontInfo(noto).family() == "Noto Sans"  # the bundled font is loaded (ui.app.create_qapp)
    assert missing_glyphs("Đọc to – Trang chủ “Việt” 12.500 ₫ …", noto) == []
    assert [ch for ch, _ in missing_glyphs("🔊 Đọc to", noto)] == ["🔊"]
    assert [ch for ch, _ in missing_glyphs("⌂ ← ✓", noto)] == ["⌂", "←", "✓"]  # Noto Sans alone has no symbols
    kiosk = QFont(list(FONT_FAMILIES), 20)
    assert missing_glyphs("⌂ ← ✓ ○ ● ⚠ ⌫ Đọc to", kiosk) == []  # the shipped fallback family has them
    assert [ch for ch, _ in missing_glyphs("🔊 Đọc to", kiosk)] == ["🔊"]
    not_shipped = QFont(["Noto Sans", "DejaVu Serif"], 20)  # perhaps installed here, but not shipped: does not count
    assert [ch for ch, _ in missing_glyphs("← Đọc", not_shipped)] == ["←"]
    label = QLabel("<b>Đọc</b> to 🔊")
    assert [ch for ch, _ in missing_glyphs(plain(label.text(), _is_rich(label)), kiosk)] == ["🔊"]


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.expect_log(logger="kiosk.flow", level="WARNING", message=r"out of service: printer: paper out")
def test_every_visible_character_is_in_the_font_that_draws_it(window: MainWindow, language: str) -> None:
    """Issue 20: no missing glyph on any screen, wizard step, maintenance page, keyboard or overlay, in vi and en."""
    problems: list[str] = []
    states = texts = 0
    for state in preview_states(window, language):
        states += 1
        window.resize(1920, 1080)
        settle(window)
        texts += sum(1 for _ in visible_texts(window))
        problems += [f"{state}: {problem}" for problem in glyph_problems(window)]
    assert states >= 30 and texts > 20 * states  # the walk reached the states and read their texts
    assert not problems, "\n".join(dict.fromkeys(problems))


def _icon_colours(button: QAbstractButton) -> set[str]:
    """The colours of the icon's solid (fully opaque) pixels."""
    image = button.icon().pixmap(button.iconSize()).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255}


@pytest.mark.parametrize("palette", [DEFAULT, HIGH_CONTRAST], ids=["standard", "high-contrast"])
def test_read_aloud_shows_a_speaker_icon_in_the_bars_text_colour(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                 palette: Palette) -> None:
    """Issue 20: "Read aloud" is a drawn speaker icon (no emoji) in the top bar's text colour of the theme (and the
    pressed button's text colour while pressed), one text line high."""
    window.flow.set_theme("standard" if palette is DEFAULT else "high-contrast")
    settle(window)
    button = window.top_bar.read_aloud
    assert button.text() == "Đọc to" and not button.icon().isNull()
    assert button.iconSize().height() == button.fontMetrics().height()
    assert _icon_colours(button) == {palette.bar_text}  # the speaker's solid parts, in exactly the bar's text colour
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    assert _icon_colours(button) == {palette.pressed_text}
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    assert _icon_colours(button) == {palette.bar_text}
