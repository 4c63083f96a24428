"""The kiosk's on-screen touch keyboard: Vietnamese letters and tone keys, symbols, and a numeric pad.

``OnScreenKeyboard`` is docked at the bottom of the main window. It follows keyboard focus: when a
``QLineEdit`` of the same window gets focus it attaches to it and shows the layout named by the
field's dynamic property ``keyboard``:

* ``"text"`` (default): QWERTY letters, a row of Vietnamese letters (ă â đ ê ô ơ ư) and five tone
  keys (sắc huyền hỏi ngã nặng) that put the tone on the word before the cursor
  (``kiosk_app.domain.vietnamese.apply_tone``; tapping the same tone again removes it), Shift
  (one-shot, Caps Lock on a double tap), Space, Backspace (auto-repeat), a digits/symbols page and Done;
* ``"numeric"``: a big 3x4 keypad of digits (citizen ID numbers), Backspace and Done;
* ``"phone"``: the keypad with a "+" key;
* ``"date"``: the keypad with a "/" key (a date of birth as ``05/09/1990`` or ``05091990``);
* ``"code"``: upper-case letters, digits and the separators "." and "-" on one page, so that a dossier
  code such as ``000.00.00.G06-261203-0001`` or a ``TAM-`` reference is typed without switching pages;
* ``"none"``: no keyboard (fields filled by a scanner, for example).

While a field is attached, the keyboard keeps it in view above itself: every scroll area that holds
the field scrolls it into view when the keyboard opens, when focus moves to another field and when
the form changes size around it (error messages pushing it down, a larger text size); see
``ui.widgets.scrolling.KeepInView``.

It hides when a widget without text entry gets focus, when its field is hidden (the screen
changed), and on Done (which also clears the field's
focus, so that tapping the field again brings the keyboard back). Keys never take focus and act on
press. Text goes in through ``QLineEdit.insert``/``backspace`` so validators, input masks and
``maxLength`` apply. Every key press emits ``key_pressed(name, spoken)`` for speech output; for
password fields the spoken text is empty and the name is ``"key_hidden"`` so a PIN is never spoken.

With ``telex=True`` a hardware keyboard typing into the attached field composes Vietnamese by
Telex rules (``Nguyeenx`` -> ``Nguyễn``; for technicians and development machines).

Our own widget rather than Qt Virtual Keyboard (PySide6-Addons): that one is a QML input-method
plugin that floats its own window over a widgets application, cannot be docked into our layout or
styled with the kiosk theme, and has no per-field numeric/phone layouts for QLineEdit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.clock import SYSTEM_CLOCK, Clock
from kiosk_app.domain.vietnamese import Tone, ToneStyle, apply_tone, telex_key, tone_of
from ui.theme import CSS_FONT_FAMILIES, DEFAULT, Palette
from ui.widgets.scrolling import KeepInView

__all__ = ["KeyboardMode", "OnScreenKeyboard"]

log = logging.getLogger("ui.keyboard")

KEY_HEIGHT = 66  # >= 60 px targets; five rows must leave room for a form above on a 1080p panel
MIN_KEY_WIDTH = 64  # touch targets of at least 15 mm on a 21.5" 1080p panel
GRID_SPACING = 8
KEYPAD_KEY_SIZE = QSize(200, 80)
DOUBLE_TAP_SECONDS = 0.4
BACKSPACE_REPEAT_DELAY_MS = 450
BACKSPACE_REPEAT_INTERVAL_MS = 80
UNITS = 24  # a letters/symbols row is 24 half-key units wide

KEYPAD_SIDE_SIZE = QSize(KEYPAD_KEY_SIZE.width() + 40, 2 * KEYPAD_KEY_SIZE.height() + 10)
BORDER_X, BORDER_Y = 2, 4  # a key's left+right and top+bottom border: QSS sizes exclude them

# Key sizes are set here, not with setFixedSize(): a style sheet's min-/max- sizes override those,
# and the application's theme has QPushButton sizes of its own. Selectors under
# #on_screen_keyboard are more specific than the theme's, so the keyboard looks the same whatever
# the theme says (and the theme's "larger text" does not push keys off the screen).
def keyboard_style(p: Palette = DEFAULT) -> str:
    """The keyboard's own QSS in the colours of ``p`` (the theme's text size does not apply)."""
    return f"""
#on_screen_keyboard {{
    background-color: {p.keyboard_bg};
    border-top: 2px solid {p.key_border};
}}
#on_screen_keyboard QPushButton {{
    font-family: {CSS_FONT_FAMILIES};
    font-size: 30px;
    font-weight: normal;
    color: {p.key_text};
    background-color: {p.key_bg};
    border: 1px solid {p.key_border};
    border-bottom: 3px solid {p.key_border};
    border-radius: 10px;
    padding: 0px;
    margin: 0px;
    min-width: 0px;
    min-height: {KEY_HEIGHT - BORDER_Y}px;
    max-height: {KEY_HEIGHT - BORDER_Y}px;
}}
#on_screen_keyboard QPushButton:pressed {{
    color: {p.key_text};
    background-color: {p.key_pressed};
    border-bottom: 1px solid {p.key_border};
}}
#on_screen_keyboard QPushButton[role="vietnamese"] {{
    background-color: {p.key_vietnamese};
}}
#on_screen_keyboard QPushButton[role="tone"] {{
    font-size: 34px;
    background-color: {p.key_tone};
}}
#on_screen_keyboard QPushButton[role="action"] {{
    font-size: 26px;
    background-color: {p.key_action};
}}
#on_screen_keyboard QPushButton[role="separator"] {{
    font-size: 40px;
    font-weight: bold;
    background-color: {p.key_action};
}}
#on_screen_keyboard QPushButton[role="keypad"] {{
    font-size: 40px;
    font-weight: bold;
}}
#on_screen_keyboard QPushButton[role="done"] {{
    font-size: 28px;
    font-weight: bold;
    color: {p.key_done_text};
    background-color: {p.key_done};
    border-color: {p.key_done_pressed};
}}
#on_screen_keyboard QPushButton[role="done"]:pressed {{
    color: {p.key_done_text};
    background-color: {p.key_done_pressed};
}}
#on_screen_keyboard QPushButton[shiftState="once"],
#on_screen_keyboard QPushButton[shiftState="caps"] {{
    background-color: {p.key_done};
    border-color: {p.key_done_pressed};
}}
#keypad_page QPushButton {{
    min-width: {KEYPAD_KEY_SIZE.width() - BORDER_X}px;
    max-width: {KEYPAD_KEY_SIZE.width() - BORDER_X}px;
    min-height: {KEYPAD_KEY_SIZE.height() - BORDER_Y}px;
    max-height: {KEYPAD_KEY_SIZE.height() - BORDER_Y}px;
}}
#keypad_page QPushButton#key_backspace, #keypad_page QPushButton#key_done {{
    min-width: {KEYPAD_SIDE_SIZE.width() - BORDER_X}px;
    max-width: {KEYPAD_SIDE_SIZE.width() - BORDER_X}px;
    min-height: {KEYPAD_SIDE_SIZE.height() - BORDER_Y}px;
    max-height: {KEYPAD_SIDE_SIZE.height() - BORDER_Y}px;
}}
"""


STYLE_SHEET = keyboard_style()


class KeyboardMode(str, Enum):
    """The layouts a field can ask for with its dynamic property ``keyboard``."""

    TEXT = "text"
    NUMERIC = "numeric"
    PHONE = "phone"
    DATE = "date"
    CODE = "code"
    NONE = "none"


class _Shift(Enum):
    OFF = "off"
    ONCE = "once"
    CAPS = "caps"


class _Page(Enum):
    LETTERS = "letters"
    SYMBOLS = "symbols"
    KEYPAD = "keypad"
    CODE = "code"


_LETTER_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYPAD_EXTRAS = {KeyboardMode.PHONE: "key_plus", KeyboardMode.DATE: "key_slash"}
"""The keypad's extra key of each layout that has one (hidden in the others)."""
_VIETNAMESE_LETTERS = (
    ("key_a_breve", "ă"),
    ("key_a_circumflex", "â"),
    ("key_d_stroke", "đ"),
    ("key_e_circumflex", "ê"),
    ("key_o_circumflex", "ô"),
    ("key_o_horn", "ơ"),
    ("key_u_horn", "ư"),
)
_TONE_KEYS = (
    ("key_tone_acute", Tone.ACUTE, "á"),
    ("key_tone_grave", Tone.GRAVE, "à"),
    ("key_tone_hook", Tone.HOOK, "ả"),
    ("key_tone_tilde", Tone.TILDE, "ã"),
    ("key_tone_dot", Tone.DOT, "ạ"),
)
_SYMBOL_NAMES = {
    "@": "key_at", "#": "key_hash", "&": "key_ampersand", "-": "key_minus", "_": "key_underscore",
    "/": "key_slash", ":": "key_colon", ";": "key_semicolon", "(": "key_paren_left",
    ")": "key_paren_right", ".": "key_period", ",": "key_comma", "?": "key_question",
    "!": "key_exclamation", "'": "key_apostrophe", '"': "key_quote", "+": "key_plus",
    "=": "key_equals", "%": "key_percent", "*": "key_asterisk",
}
_ALLOWED: dict[KeyboardMode, str | None] = {
    KeyboardMode.TEXT: None,  # anything
    KeyboardMode.NUMERIC: "0123456789",
    KeyboardMode.PHONE: "0123456789+",
    KeyboardMode.DATE: "0123456789/",
    KeyboardMode.CODE: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.-",
    KeyboardMode.NONE: "",
}


@dataclass
class _KeyInfo:
    button: QPushButton
    action: Callable[[], None]
    spoken: Callable[[], str]


def _icon(kind: str, color: str, size: int = 44) -> QIcon:
    """Draw the Shift / Caps Lock / Backspace symbol (Noto Sans has no arrows)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(color), 3.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    s = float(size)
    path = QPainterPath()
    if kind in ("shift", "caps"):
        bottom = s * 0.70 if kind == "caps" else s * 0.86
        path.moveTo(s * 0.5, s * 0.08)
        path.lineTo(s * 0.92, bottom * 0.55)
        path.lineTo(s * 0.68, bottom * 0.55)
        path.lineTo(s * 0.68, bottom)
        path.lineTo(s * 0.32, bottom)
        path.lineTo(s * 0.32, bottom * 0.55)
        path.lineTo(s * 0.08, bottom * 0.55)
        path.closeSubpath()
        if kind == "caps":
            painter.fillPath(path, QColor(color))
            painter.drawRect(QRectF(s * 0.32, s * 0.80, s * 0.36, s * 0.08))
        painter.drawPath(path)
    else:  # backspace: a key cap pointing left with a cross
        path.moveTo(s * 0.04, s * 0.5)
        path.lineTo(s * 0.32, s * 0.16)
        path.lineTo(s * 0.96, s * 0.16)
        path.lineTo(s * 0.96, s * 0.84)
        path.lineTo(s * 0.32, s * 0.84)
        path.closeSubpath()
        painter.drawPath(path)
        painter.drawLine(QPointF(s * 0.48, s * 0.34), QPointF(s * 0.80, s * 0.66))
        painter.drawLine(QPointF(s * 0.80, s * 0.34), QPointF(s * 0.48, s * 0.66))
    painter.end()
    return QIcon(pixmap)


class OnScreenKeyboard(QWidget):
    """Touch keyboard that types into the focused ``QLineEdit`` of its window (see module doc)."""

    key_pressed = Signal(str, str)
    """(key object name, text to speak) for every key press; see the module doc for passwords."""
    done = Signal()
    """The citizen tapped Done."""
    visibility_changed = Signal(bool)
    """Shown (True) or hidden (False): a screen can scroll its focused field into view."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tone_style: ToneStyle = "old",
        telex: bool = False,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("on_screen_keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._palette = DEFAULT
        self.setStyleSheet(STYLE_SHEET)
        self._tone_style: ToneStyle = tone_style
        self._telex = telex
        self._clock = clock
        self._field: QLineEdit | None = None
        self._keep_in_view = KeepInView(self)
        self._mode = KeyboardMode.TEXT
        self._shift = _Shift.OFF
        self._shift_time = 0.0
        self._keys: dict[_Page, dict[str, _KeyInfo]] = {page: {} for page in _Page}
        self._letter_keys: list[tuple[QPushButton, str]] = []

        self._stack = QStackedLayout()
        self._pages: dict[_Page, QWidget] = {}
        self._build_letters_page()
        self._build_symbols_page()
        self._build_keypad_page()
        self._build_code_page()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        outer.addLayout(self._stack)
        self._show_page(_Page.LETTERS)
        self.retranslate()
        self._update_shift()
        self.setVisible(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # ------------------------------------------------------------------ public interface

    @property
    def field(self) -> QLineEdit | None:
        """The field the keyboard types into, if any."""
        return self._field

    @property
    def mode(self) -> KeyboardMode:
        """The layout in use (from the attached field's ``keyboard`` property)."""
        return self._mode

    def attach(self, field: QLineEdit) -> None:
        """Type into ``field`` from now on and show the layout it asks for (or hide for "none")."""
        self._detach()
        self._mode = self._mode_of(field)
        if self._mode is KeyboardMode.NONE or field.isReadOnly():
            self.hide()
            return
        self._field = field
        field.destroyed.connect(self._on_field_destroyed)
        field.installEventFilter(self)
        self._shift = _Shift.OFF
        self._update_shift()
        if self._mode is KeyboardMode.TEXT:
            self._show_page(_Page.LETTERS)
        elif self._mode is KeyboardMode.CODE:
            self._show_page(_Page.CODE)
        else:
            for mode, name in _KEYPAD_EXTRAS.items():
                self._keys[_Page.KEYPAD][name].button.setVisible(self._mode is mode)
            self._show_page(_Page.KEYPAD)
        log.debug("attached to %s (%s layout)", field.objectName() or type(field).__name__, self._mode.value)
        self._keep_in_view.follow(field)
        self.show()

    def key(self, name: str) -> QPushButton | None:
        """The key called ``name`` on the page shown now, or None if that page has no such key."""
        info = self._available(name)
        return info.button if info else None

    def press_key(self, name: str) -> bool:
        """Do what tapping key ``name`` does; False if the page shown now has no such key."""
        info = self._available(name)
        if info is None:
            return False
        self._activate(name, info)
        return True

    def retranslate(self) -> None:
        """Set every worded label and accessible name in the current language."""
        words = {  # key name: (label or None for an icon/symbol label, accessible name)
            "key_space": (self.tr("Space"), self.tr("Space")),
            "key_done": (self.tr("Done"), self.tr("Done")),
            "key_backspace": (None, self.tr("Backspace")),
            "key_shift": (None, self.tr("Shift")),
            "key_symbols": (None, self.tr("Numbers and symbols")),
            "key_letters": (None, self.tr("Letters")),
            "key_tone_acute": (None, self.tr("Acute tone (sắc)")),
            "key_tone_grave": (None, self.tr("Grave tone (huyền)")),
            "key_tone_hook": (None, self.tr("Hook tone (hỏi)")),
            "key_tone_tilde": (None, self.tr("Tilde tone (ngã)")),
            "key_tone_dot": (None, self.tr("Dot tone (nặng)")),
        }
        for keys in self._keys.values():
            for name, (label, accessible) in words.items():
                info = keys.get(name)
                if info is None:
                    continue
                if label is not None:
                    info.button.setText(label)
                info.button.setAccessibleName(accessible)

    # ------------------------------------------------------------------ Qt overrides

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._keep_in_view.schedule()  # the room above shrinks: the field scrolls up into it
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt name)
        super().hideEvent(event)
        self.visibility_changed.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._field:
            if event.type() == QEvent.Type.KeyPress and self._telex:
                assert isinstance(event, QKeyEvent)
                return self._telex_key(event)
            if event.type() == QEvent.Type.MouseButtonPress and self.isHidden():
                self.show()  # hidden by Done or by the shell while the field kept focus
            elif event.type() == QEvent.Type.Hide:
                self._detach()  # its screen went away: never type into a field nobody sees
                self.hide()
        return False

    # ------------------------------------------------------------------ building

    def _make_key(
        self,
        page: _Page,
        name: str,
        action: Callable[[], None],
        *,
        text: str = "",
        role: str = "",
        spoken: Callable[[], str] | None = None,
    ) -> QPushButton:
        button = QPushButton(text.replace("&", "&&"))  # a lone & would be a mnemonic marker
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        if role:
            button.setProperty("role", role)
        if text:
            button.setAccessibleName(text)
        info = _KeyInfo(button, action, spoken or button.accessibleName)
        self._keys[page][name] = info
        button.pressed.connect(lambda n=name, i=info: self._activate(n, i))
        return button

    def _letter_key(self, page: _Page, name: str, letter: str, role: str = "") -> QPushButton:
        button = self._make_key(page, name, lambda: self._type_letter(letter), text=letter, role=role)
        self._letter_keys.append((button, letter))
        return button

    def _char_key(self, page: _Page, char: str) -> QPushButton:
        name = f"key_{char}" if char.isalnum() else _SYMBOL_NAMES[char]
        return self._make_key(page, name, lambda: self._type(char), text=char)

    def _backspace_key(self, page: _Page) -> QPushButton:
        button = self._make_key(page, "key_backspace", self._backspace, role="action")
        button.setIcon(_icon("backspace", self._palette.key_text))
        button.setIconSize(QSize(44, 44))
        button.setAutoRepeat(True)
        button.setAutoRepeatDelay(BACKSPACE_REPEAT_DELAY_MS)
        button.setAutoRepeatInterval(BACKSPACE_REPEAT_INTERVAL_MS)
        return button

    def _done_key(self, page: _Page) -> QPushButton:
        button = self._make_key(page, "key_done", self._done, role="done")
        return button

    def _space_key(self, page: _Page) -> QPushButton:
        button = self._make_key(page, "key_space", lambda: self._type(" "), role="action")
        return button

    def _new_grid_page(self, page: _Page) -> QGridLayout:
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(GRID_SPACING)
        grid.setVerticalSpacing(10)
        for column in range(UNITS):
            grid.setColumnStretch(column, 1)
            # A key spans two columns and the spacing between them: at least MIN_KEY_WIDTH.
            grid.setColumnMinimumWidth(column, (MIN_KEY_WIDTH - GRID_SPACING + 1) // 2)
        self._pages[page] = widget
        self._stack.addWidget(widget)
        return grid

    @staticmethod
    def _place_row(grid: QGridLayout, row: int, items: list[tuple[QPushButton | None, int]]) -> None:
        """Put (key or None for a gap, width in half-key units) items side by side in ``row``."""
        column = 0
        for button, units in items:
            if button is not None:
                grid.addWidget(button, row, column, 1, units)
            column += units
        assert column == UNITS, f"row {row} is {column} units wide"

    def _build_letters_page(self) -> None:
        page = _Page.LETTERS
        grid = self._new_grid_page(page)
        row0: list[tuple[QPushButton | None, int]] = [
            (self._letter_key(page, name, letter, "vietnamese"), 2) for name, letter in _VIETNAMESE_LETTERS
        ]
        for name, tone, label in _TONE_KEYS:
            button = self._make_key(page, name, partial(self._apply_tone, tone), text=label, role="tone")
            row0.append((button, 2))
        self._place_row(grid, 0, row0)
        row1 = [(self._letter_key(page, f"key_{c}", c), 2) for c in _LETTER_ROWS[0]]
        self._place_row(grid, 1, [*row1, (self._backspace_key(page), 4)])
        row2 = [(self._letter_key(page, f"key_{c}", c), 2) for c in _LETTER_ROWS[1]]
        self._place_row(grid, 2, [(None, 1), *row2, (self._done_key(page), 5)])
        shift = self._make_key(page, "key_shift", self._press_shift, role="action")
        shift.setIconSize(QSize(44, 44))
        row3 = [(self._letter_key(page, f"key_{c}", c), 2) for c in _LETTER_ROWS[2]]
        punctuation = [(self._char_key(page, c), 2) for c in "-,."]
        self._place_row(grid, 3, [(shift, 4), *row3, *punctuation])
        to_symbols = self._make_key(page, "key_symbols", lambda: self._show_page(_Page.SYMBOLS),
                                    text="123", role="action")
        self._place_row(grid, 4, [(to_symbols, 4), (self._space_key(page), 16),
                                  (self._char_key(page, "/"), 2), (self._char_key(page, "@"), 2)])

    def _build_symbols_page(self) -> None:
        page = _Page.SYMBOLS
        grid = self._new_grid_page(page)
        digits = [(self._char_key(page, c), 2) for c in "1234567890"]
        self._place_row(grid, 0, [*digits, (self._backspace_key(page), 4)])
        row1 = [(self._char_key(page, c), 2) for c in "@#&_/:;()"]
        self._place_row(grid, 1, [(None, 1), *row1, (self._done_key(page), 5)])
        row2 = [(self._char_key(page, c), 2) for c in "-+=%*?!'\""]
        self._place_row(grid, 2, [(None, 3), *row2, (None, 3)])
        to_letters = self._make_key(page, "key_letters", lambda: self._show_page(_Page.LETTERS),
                                    text="ABC", role="action")
        self._place_row(grid, 3, [(to_letters, 4), (self._space_key(page), 16),
                                  (self._char_key(page, "."), 2), (self._char_key(page, ","), 2)])

    def _build_keypad_page(self) -> None:
        page = _Page.KEYPAD
        widget = QWidget()
        widget.setObjectName("keypad_page")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        for index, digit in enumerate("123456789"):
            button = self._char_key(page, digit)
            grid.addWidget(button, index // 3, index % 3)
        plus = self._char_key(page, "+")
        zero = self._char_key(page, "0")
        slash = self._char_key(page, "/")
        grid.addWidget(plus, 3, 0)
        grid.addWidget(zero, 3, 1)
        grid.addWidget(slash, 3, 2)
        keys = [info.button for info in self._keys[page].values()]
        for button in keys:
            button.setProperty("role", "keypad")
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for extra in (plus, slash):
            policy = extra.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            extra.setSizePolicy(policy)
        backspace = self._backspace_key(page)
        done = self._done_key(page)
        for button, grid_row in ((backspace, 0), (done, 2)):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, grid_row, 3, 2, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(grid)
        row.addStretch(1)
        outer = QVBoxLayout(widget)  # centred, so that the grid's rows keep their height
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self._pages[page] = widget
        self._stack.addWidget(widget)

    def _build_code_page(self) -> None:
        """Digits, upper-case letters and wide "." and "-" keys: a whole dossier code from one page."""
        page = _Page.CODE
        grid = self._new_grid_page(page)
        digits = [(self._char_key(page, c), 2) for c in "1234567890"]
        self._place_row(grid, 0, [*digits, (self._backspace_key(page), 4)])
        row1 = [(self._char_key(page, c.upper()), 2) for c in _LETTER_ROWS[0]]
        self._place_row(grid, 1, [(None, 2), *row1, (None, 2)])
        row2 = [(self._char_key(page, c.upper()), 2) for c in _LETTER_ROWS[1]]
        self._place_row(grid, 2, [(None, 1), *row2, (self._done_key(page), 5)])
        row3 = [(self._char_key(page, c.upper()), 2) for c in _LETTER_ROWS[2]]
        separators = [(self._char_key(page, c), 4) for c in ".-"]
        self._place_row(grid, 3, [(None, 1), *row3, *separators, (None, 1)])
        for name in ("key_period", "key_minus"):
            self._keys[page][name].button.setProperty("role", "separator")  # big: easy to tell apart

    # ------------------------------------------------------------------ state

    def _show_page(self, page: _Page) -> None:
        self._stack.setCurrentWidget(self._pages[page])

    def _current_page(self) -> _Page:
        current = self._stack.currentWidget()
        return next(page for page, widget in self._pages.items() if widget is current)

    def _available(self, name: str) -> _KeyInfo | None:
        info = self._keys[self._current_page()].get(name)
        if info is None or not info.button.isVisibleTo(self._pages[self._current_page()]):
            return None
        return info

    @staticmethod
    def _mode_of(field: QLineEdit) -> KeyboardMode:
        value = field.property("keyboard")
        if value is None:
            return KeyboardMode.TEXT
        try:
            return KeyboardMode(str(value))
        except ValueError:
            log.warning("field %s asks for unknown keyboard %r; using text", field.objectName(), value)
            return KeyboardMode.TEXT

    def _accepts(self, widget: QWidget) -> bool:
        return (
            isinstance(widget, QLineEdit)
            and widget.window() is self.window()
            and widget.isEnabled()
            and not widget.isReadOnly()
        )

    def _detach(self) -> None:
        self._keep_in_view.follow(None)
        if self._field is not None:
            self._field.removeEventFilter(self)
            self._field.destroyed.disconnect(self._on_field_destroyed)
            self._field = None

    def set_palette(self, palette: Palette) -> None:
        """Recolour the keys (standard or high-contrast theme)."""
        if palette == self._palette:
            return
        self._palette = palette
        self.setStyleSheet(keyboard_style(palette))
        for page in self._keys.values():
            info = page.get("key_backspace")
            if info is not None:
                info.button.setIcon(_icon("backspace", palette.key_text))
        self._update_shift()

    def dispose(self) -> None:
        """Stop following the application's focus (call before the window goes away)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            try:
                app.focusChanged.disconnect(self._on_focus_changed)
            except (RuntimeError, TypeError):
                pass  # already disconnected
        self._detach()

    def _on_field_destroyed(self) -> None:
        self._field = None
        self._keep_in_view.follow(None)
        self.hide()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new is self._field or self.isAncestorOf(new):
            return  # the window lost activation, or nothing changed for us
        if self._accepts(new):
            assert isinstance(new, QLineEdit)
            self.attach(new)
        else:
            self._detach()
            self.hide()

    def _update_shift(self) -> None:
        upper = self._shift is not _Shift.OFF
        for button, letter in self._letter_keys:
            shown = letter.upper() if upper else letter
            button.setText(shown)
            button.setAccessibleName(shown)
        shift = self._keys[_Page.LETTERS]["key_shift"].button
        shift.setProperty("shiftState", self._shift.value)
        colour = self._palette.key_text if self._shift is _Shift.OFF else self._palette.key_done_text
        shift.setIcon(_icon("caps" if self._shift is _Shift.CAPS else "shift", colour))
        shift.style().unpolish(shift)
        shift.style().polish(shift)

    # ------------------------------------------------------------------ actions

    def _activate(self, name: str, info: _KeyInfo) -> None:
        secret = self._field is not None and self._field.echoMode() != QLineEdit.EchoMode.Normal
        spoken = "" if secret else info.spoken()
        info.action()
        self.key_pressed.emit("key_hidden" if secret and name != "key_done" else name, spoken)

    def _type(self, text: str) -> None:
        field = self._field
        if field is None:
            return
        allowed = _ALLOWED[self._mode]
        if allowed is not None and any(ch not in allowed for ch in text):
            return
        field.insert(text)

    def _type_letter(self, letter: str) -> None:
        self._type(letter.upper() if self._shift is not _Shift.OFF else letter)
        if self._shift is _Shift.ONCE:
            self._shift = _Shift.OFF
            self._update_shift()

    def _backspace(self) -> None:
        if self._field is not None:
            self._field.backspace()

    def _press_shift(self) -> None:
        now = self._clock.monotonic()
        if self._shift is _Shift.OFF:
            self._shift = _Shift.ONCE
        elif self._shift is _Shift.ONCE and now - self._shift_time <= DOUBLE_TAP_SECONDS:
            self._shift = _Shift.CAPS
        else:
            self._shift = _Shift.OFF
        self._shift_time = now
        self._update_shift()

    def _apply_tone(self, tone: Tone) -> None:
        """Put ``tone`` on the word before the cursor; the same tone again removes it."""
        field = self._field
        if field is None or self._mode is not KeyboardMode.TEXT:
            return
        word, start, cursor = self._word_before_cursor(field)
        if not word:
            return
        wanted = Tone.NONE if tone_of(word) is tone else tone
        marked = apply_tone(word, wanted, self._tone_style)
        if marked != word:
            self._replace_word(field, start, cursor, marked)

    def _word_before_cursor(self, field: QLineEdit) -> tuple[str, int, int]:
        """(word, its start, the cursor) for the run of letters just before the cursor."""
        if field.hasSelectedText():
            field.setCursorPosition(field.selectionEnd())
        text = field.text()
        cursor = field.cursorPosition()
        start = cursor
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        return text[start:cursor], start, cursor

    def _replace_word(self, field: QLineEdit, start: int, cursor: int, word: str) -> None:
        """Replace text[start:cursor] by ``word`` through insert(), so validators still apply."""
        before = field.text()
        field.setSelection(start, cursor - start)
        field.insert(word)
        if field.text() == before:  # a validator refused: leave the cursor where it was
            field.setCursorPosition(cursor)

    def _telex_key(self, event: QKeyEvent) -> bool:
        """Compose a hardware key press by Telex rules; True if it was handled (consumed)."""
        field = self._field
        key = event.text()
        shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        if (
            field is None
            or self._mode is not KeyboardMode.TEXT
            or len(key) != 1
            or not key.isalpha()
            or event.modifiers() & shortcut
            or field.hasSelectedText()
        ):
            return False
        word, start, cursor = self._word_before_cursor(field)
        composed = telex_key(word, key, self._tone_style)
        if composed == word + key:
            return False  # a plain letter: QLineEdit types it as usual
        self._replace_word(field, start, cursor, composed)
        return True

    def _done(self) -> None:
        field = self._field
        self._detach()
        self.hide()
        if field is not None:
            field.clearFocus()
        self.done.emit()
