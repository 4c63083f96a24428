"""Keypad navigation: the whole citizen flow from a USB numeric keypad or a keyboard.

=======================  ===============================================================
Key                      What it does
=======================  ===============================================================
Tab, Down, keypad +      next control (Right too, outside a text field)
Shift+Tab, Up            previous control (Left too, outside a text field)
Enter, keypad Enter      choose the focused control; in a text field: go to the next control
Space                    choose (outside a text field)
Backspace, keypad -      back (outside a text field); with an overlay open: close it
Escape                   close the open overlay, or back
F1, keypad /             help for this screen
F2, keypad *             read the screen and the focused control aloud
=======================  ===============================================================

Focus moves among the focusable widgets of the top bar and the current screen in reading order
(rows top to bottom, each left to right), or among the open overlay's only: focus never escapes
behind an overlay. Digits and letters go to the focused text field as typed. With the PIN pad open,
digits, Backspace and Enter work its keys (OK), and Escape or keypad minus cancels. The first navigation key of a session emits
:attr:`KeypadNavigator.activated` (the window turns speech mode on when the profile says so).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from ui.widgets.overlay import IdleOverlay
from ui.widgets.pin_pad import PinPadOverlay
from ui.widgets.scrolling import scroll_into_view

K = Qt.Key
_DIGITS = {getattr(K, f"Key_{d}"): str(d) for d in range(10)}
# Buttons that dismiss an overlay, by attribute name, most cautious first.
_DISMISS = ("no", "close_button", "stay", "cancel")


class Action(Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    CHOOSE = "choose"
    BACK = "back"
    CLOSE = "close"  # Escape: close the overlay, else back
    HELP = "help"
    READ_ALOUD = "read_aloud"


def action_for(key: int, modifiers: Qt.KeyboardModifier, in_text: bool) -> Action | None:
    """The navigation action of a key press (None: the key is typed or ignored as usual)."""
    keypad = bool(modifiers & Qt.KeyboardModifier.KeypadModifier)
    if key == K.Key_Backtab or (key == K.Key_Tab and modifiers & Qt.KeyboardModifier.ShiftModifier):
        return Action.PREVIOUS
    if key == K.Key_Tab or key == K.Key_Down or (key == K.Key_Plus and keypad) or (key == K.Key_Right and not in_text):
        return Action.NEXT
    if key == K.Key_Up or (key == K.Key_Left and not in_text):
        return Action.PREVIOUS
    if key in (K.Key_Return, K.Key_Enter) or (key == K.Key_Space and not in_text):
        return Action.CHOOSE
    if key == K.Key_F1 or (key == K.Key_Slash and keypad):
        return Action.HELP
    if key == K.Key_F2 or (key == K.Key_Asterisk and keypad):
        return Action.READ_ALOUD
    if key == K.Key_Escape:
        return Action.CLOSE
    if (key == K.Key_Backspace or (key == K.Key_Minus and keypad)) and not in_text:
        return Action.BACK
    return None


def top_overlay(overlays: Sequence[QWidget]) -> QWidget | None:
    """The open overlay drawn on top (the one raised last among its siblings), if any."""
    shown = [o for o in overlays if o.isVisible()]
    if not shown:
        return None
    parent = shown[0].parentWidget()
    # Overlays are children of the window; without a parent, the order given stands for the stacking order.
    siblings: Sequence[QObject] = parent.children() if parent is not None else shown
    return max(shown, key=siblings.index)


def is_text_field(widget: QWidget | None) -> bool:
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) and not widget.isReadOnly()


def logical_rect(widget: QWidget, root: QWidget) -> QRect:
    """``widget``'s rectangle in ``root``, as if every scroll area were scrolled to the top."""
    x = y = 0
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        scrolled = isinstance(area, QScrollArea) and parent is area.viewport() and area.widget() is current
        if not scrolled:
            x, y = x + current.x(), y + current.y()
        current = parent
    return QRect(x, y, widget.width(), widget.height())


def reading_order(widgets: Sequence[QWidget], root: QWidget) -> list[QWidget]:
    """Rows top to bottom (widgets overlapping vertically share a row), each row left to right."""
    boxes = sorted(((logical_rect(w, root), w) for w in widgets), key=lambda b: (b[0].top(), b[0].left()))
    rows: list[tuple[QRect, list[tuple[QRect, QWidget]]]] = []
    for rect, widget in boxes:
        if rows:
            ref = rows[-1][0]
            if ref.top() <= rect.center().y() <= ref.bottom() or rect.top() <= ref.center().y() <= rect.bottom():
                rows[-1][1].append((rect, widget))
                continue
        rows.append((rect, [(rect, widget)]))
    return [w for _ref, row in rows for _rect, w in sorted(row, key=lambda b: b[0].left())]


class KeypadNavigator(QObject):
    """An application event filter that turns navigation keys into focus moves and choices."""

    activated = Signal()  # the first navigation key of a session
    toggled = Signal(QWidget)  # a checkable control was chosen: its new state is worth saying

    def __init__(self, window: QWidget, roots: Callable[[], list[QWidget]], overlays: Sequence[QWidget], *,
                 on_help: Callable[[], None], on_read_aloud: Callable[[], None], on_back: Callable[[], None],
                 on_activity: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.roots = roots  # the top bar and the current screen, in that order
        self.overlays = tuple(overlays)
        self.on_help = on_help
        self.on_read_aloud = on_read_aloud
        self.on_back = on_back
        self.on_activity = on_activity
        self.active = False  # a navigation key was used in this session
        self._before: dict[int, QWidget] = {}  # overlay id -> the widget focused before it opened
        self._shown: set[int] = set()  # ids of the overlays shown now
        for overlay in self.overlays:
            overlay.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(self)
            app.focusChanged.connect(self._focus_changed)

    # --- where focus may go ----------------------------------------------------------------------
    def open_overlay(self) -> QWidget | None:
        return top_overlay(self.overlays)

    def scope(self) -> list[QWidget]:
        overlay = self.open_overlay()
        return [overlay] if overlay is not None else self.roots()

    def focusables(self) -> list[QWidget]:
        """The focusable widgets of the current scope, in reading order."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # geometry of a screen just shown
        found: list[QWidget] = []
        for root in self.scope():
            found += reading_order([w for w in root.findChildren(QWidget) if self._focusable(w)], root)
        return found

    @staticmethod
    def _focusable(widget: QWidget) -> bool:
        if not (widget.isVisible() and widget.isEnabled()) or not widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            return False
        # A scroll area is not a control (its contents are), but a multi-line text field is one.
        return not isinstance(widget, QAbstractScrollArea) or isinstance(widget, QTextEdit | QPlainTextEdit)

    def _in_scope(self, widget: QWidget | None) -> bool:
        return widget is not None and any(root is widget or root.isAncestorOf(widget) for root in self.scope())

    # --- moving ----------------------------------------------------------------------------------
    def focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        scroll_into_view(widget)  # a text field is then kept in view above the keyboard by the keyboard itself

    def focus_first(self) -> None:
        """Focus the first control of the overlay, or of the screen's content (not the top bar)."""
        items = self.focusables()
        scope = self.scope()
        content = [w for w in items if scope[-1].isAncestorOf(w)]
        if content or items:
            self.focus((content or items)[0])

    def move(self, step: int) -> None:
        items = self.focusables()
        if not items:
            return
        current = QApplication.focusWidget()
        if current in items:
            self.focus(items[(items.index(current) + step) % len(items)])
        elif step > 0:
            self.focus_first()
        else:
            self.focus(items[-1])

    # --- acting ----------------------------------------------------------------------------------
    def perform(self, action: Action) -> None:
        overlay = self.open_overlay()
        focused = QApplication.focusWidget()
        if action is Action.NEXT:
            self.move(1)
        elif action is Action.PREVIOUS:
            self.move(-1)
        elif action is Action.CHOOSE:
            if not self._in_scope(focused):
                self.focus_first()
            elif is_text_field(focused):
                self.move(1)
            elif isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.click()
                if focused.isCheckable():
                    self.toggled.emit(focused)
        elif action in (Action.BACK, Action.CLOSE):
            if overlay is not None:
                self._dismiss(overlay)
            else:
                self.on_back()
        elif action is Action.HELP:
            if overlay is None or not isinstance(overlay, IdleOverlay | PinPadOverlay):
                self.on_help()
        elif action is Action.READ_ALOUD:
            self.on_read_aloud()

    @staticmethod
    def _dismiss(overlay: QWidget) -> None:
        for name in _DISMISS:
            button = getattr(overlay, name, None)
            if isinstance(button, QAbstractButton) and button.isVisible():
                button.click()
                return

    def _pin_key(self, pad: PinPadOverlay, event: QKeyEvent) -> bool:
        """Digits, Backspace and Enter on the PIN pad (the digits are never shown or spoken)."""
        key = event.key()
        if key in _DIGITS:
            pad.keys[_DIGITS[key]].click()
        elif key == K.Key_Backspace:
            pad.erase.click()
        elif key in (K.Key_Return, K.Key_Enter):  # Cancel is Escape or keypad minus
            pad.ok.click()
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and watched in self.overlays:
            self._overlay_shown(watched) if kind == QEvent.Type.Show else self._overlay_hidden(watched)
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        overlay = self.open_overlay()
        if isinstance(overlay, PinPadOverlay) and self._pin_key(overlay, event):
            self.on_activity()
            return True
        # Keys sent to a text field are typed there, wherever the focus is (tests, input methods).
        in_text = is_text_field(watched) or is_text_field(QApplication.focusWidget())
        action = action_for(event.key(), event.modifiers(), in_text)
        if action is None or (action is Action.CHOOSE and event.isAutoRepeat()):
            return False
        idle = isinstance(overlay, IdleOverlay)
        if not self.active:
            self.active = True
            self.activated.emit()
            # The first key shows where the keys start: it neither chooses nor leaves the screen. (In an
            # overlay focus is already on its first control: moving from there is fine.)
            focused = QApplication.focusWidget()
            typing = is_text_field(focused) and self._in_scope(focused)
            moving = action in (Action.NEXT, Action.PREVIOUS) and overlay is not None
            if action not in (Action.HELP, Action.READ_ALOUD) and not typing and not moving:
                self.focus_first()
                if not idle:
                    self.on_activity()
                return True
        self.perform(action)
        if not idle:  # any touch or key ends the idle countdown; in its overlay the keys choose
            self.on_activity()
        return True

    # --- focus stays inside an open overlay ------------------------------------------------------
    def _overlay_shown(self, overlay: QWidget) -> None:
        self._shown.add(id(overlay))
        focused = QApplication.focusWidget()
        if focused is not None and not overlay.isAncestorOf(focused):
            self._before[id(overlay)] = focused
        self.focus_first()

    def _overlay_hidden(self, overlay: QWidget) -> None:
        if id(overlay) not in self._shown:
            return  # hidden again (a Hide event per hide() call), or never shown
        self._shown.discard(id(overlay))
        # After Qt has moved the focus off the hidden overlay by itself.
        before = self._before.pop(id(overlay), None)
        QTimer.singleShot(0, self, lambda: self._refocus(before))

    def _refocus(self, before: QWidget | None) -> None:
        """Give focus back to what had it before an overlay opened (or to the first control)."""
        if self.open_overlay() is not None:
            self.focus_first()
        elif before is not None and isValid(before) and before.isVisible() and before.isEnabled() and self._in_scope(before):
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.active:
            self.focus_first()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        overlay = self.open_overlay()
        if overlay is not None and new is not None and new.window() is self.window and not overlay.isAncestorOf(new):
            self.focus_first()  # something behind the overlay took focus: bring it back

    def screen_changed(self, _old: object = None, _new: object = None) -> None:
        """A new screen: keypad users start on its first control."""
        if self.active and self.open_overlay() is None:
            self.focus_first()

    def reset(self) -> None:
        """A new session: the next navigation key is its first again."""
        self.active = False

    def key_guide(self) -> str:
        """How to use the keys (help text and the spoken introduction)."""
        return self.tr(
            "Keys: Tab, the arrow keys or keypad plus move between the controls; Enter chooses; "
            "Backspace or keypad minus goes back; F1 or keypad slash shows help; "
            "F2 or keypad star reads the screen aloud.")

    def dispose(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        app.removeEventFilter(self)
        try:
            app.focusChanged.disconnect(self._focus_changed)
        except (RuntimeError, TypeError):
            pass
