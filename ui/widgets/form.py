"""Small building blocks of the citizen forms: a labelled field with its error line, QR pixmaps, choices."""
from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kiosk_app.catalogue_cache import CatalogueCache
from ui.theme import FOCUS_RING_PX
from ui.widgets.error_summary import ErrorSummary
from ui.widgets.fit_label import FitLabel
from ui.widgets.message import ICON_GAP, MessageKind, icon_px, paint_kind_icon
from ui.widgets.row_button import mark_checked


class FieldRow(QWidget):
    """A caption, a ``QLineEdit`` (``field_<name>``, with its on-screen keyboard) and an error line."""

    def __init__(self, name: str, keyboard: str, on_change: Callable[[str, str], None]) -> None:
        super().__init__()
        self.name = name
        self.caption = FitLabel()
        self.caption.setProperty("role", "body")
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{name}")
        self.edit.setProperty("keyboard", keyboard)
        self.caption.setBuddy(self.edit)  # the caption is the field's accessible name
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # a line is kept for the error: the form does not jump
        self.error.setSizePolicy(policy)
        self.error.hide()
        self._loading = False
        self.edit.textChanged.connect(lambda text: None if self._loading else on_change(self.name, text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)

    def load(self, value: str) -> None:
        """Show ``value`` (from the session) without reporting it back as an edit."""
        if self.edit.text() != value:
            self._loading = True
            self.edit.setText(value)
            self._loading = False

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        set_error_look(self.edit, bool(message))

    @property
    def has_error(self) -> bool:
        return bool(self.error.text())

    def caption_text(self) -> str:
        return self.caption.text()


class FormErrors:
    """A form step's inline errors and its error summary, shown from the wizard's checks (no rules here).

    :meth:`show` after "Next" lists every problem (the summary takes the focus); :meth:`revalidate`
    after each edit takes away the error of a field that now passes (or updates its message) and
    drops it from the summary; it never adds an error while the citizen is still typing.
    """

    def __init__(self, rows: Mapping[str, FieldRow], summary: ErrorSummary) -> None:
        self.rows = rows
        self.summary = summary

    def show(self, errors: Mapping[str, str], names: Sequence[str]) -> None:
        """The errors of the fields ``names`` (in form order) after the citizen asked to go on."""
        for name in names:
            self.rows[name].set_error(errors.get(name, ""))
        self._summarise(names, focus=True)

    def revalidate(self, errors: Mapping[str, str], names: Sequence[str]) -> None:
        """After an edit: fields with an error get the current check's message, or none when they pass."""
        for name in names:
            row = self.rows[name]
            if row.has_error:
                row.set_error(errors.get(name, ""))
        if self.summary.names():
            self._summarise(names, focus=False)

    def clear(self, names: Sequence[str] | None = None) -> None:
        """No errors shown (a new visitor, or another step)."""
        for name in names if names is not None else list(self.rows):
            self.rows[name].set_error("")
        self.summary.show_errors([], focus=False)

    def hide_summary(self) -> None:
        self.summary.show_errors([], focus=False)

    def _summarise(self, names: Sequence[str], focus: bool) -> None:
        listed = [(name, self.rows[name].error.text()) for name in names
                  if self.rows[name].has_error and not self.rows[name].isHidden()]
        self.summary.show_errors(listed, focus=focus)

    def go_to(self, name: str) -> None:
        """Take the citizen to field ``name``: focused (the keyboard opens) and scrolled into view in every
        scroll area around it, now and again once the keyboard has taken its room."""
        row = self.rows[name]
        row.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        show_in_scroll_areas(row)
        QTimer.singleShot(0, row, lambda: show_in_scroll_areas(row))


def show_in_scroll_areas(widget: QWidget) -> None:
    """Scroll ``widget`` into view: in its nearest scroll area first, then in the ones around that."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QScrollArea):
            ancestor.ensureWidgetVisible(widget, 16, 16)
        ancestor = ancestor.parentWidget()


def set_error_look(edit: QWidget, error: bool) -> None:
    """Give a field the theme's error border (or take it away)."""
    edit.setProperty("error", "true" if error else "false")
    edit.style().unpolish(edit)
    edit.style().polish(edit)


class OptionButton(QPushButton):
    """One answer of a one-of-several choice: an empty ring, ticked when chosen (``role="choice"``).

    A chosen option is light with a thick border and a check mark (the theme's ``:checked`` rules), so
    it never looks like a primary action button; the mark is drawn, not a font glyph.
    """

    def __init__(self, name: str, text: str = "") -> None:
        super().__init__(text)
        self.setObjectName(name)
        self.setProperty("role", "choice")
        self.setCheckable(True)
        self.setAutoExclusive(False)
        self._mark = QColor("#0b4f8a")
        self._knockout = QColor("#dbe7f3")

    def _get_mark(self) -> QColor:
        return self._mark

    def _set_mark(self, colour: QColor) -> None:
        self._mark = QColor(colour)
        self.update()

    def _get_knockout(self) -> QColor:
        return self._knockout

    def _set_knockout(self, colour: QColor) -> None:
        self._knockout = QColor(colour)
        self.update()

    markColor = Property(QColor, _get_mark, _set_mark)  # noqa: N815 (a Qt property named for QSS)
    markKnockout = Property(QColor, _get_knockout, _set_knockout)  # noqa: N815

    def mark_rect(self) -> QRectF:
        """Where the ring (and, when chosen, the check mark) is drawn."""
        size = icon_px(self.fontInfo().pixelSize())
        return QRectF(FOCUS_RING_PX + ICON_GAP, (self.height() - size) / 2, size, size)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        painter = QPainter(self)
        rect = self.mark_rect()
        if self.isChecked():
            paint_kind_icon(painter, MessageKind.SUCCESS, rect, self._mark, self._knockout)
        else:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            width = max(2.0, rect.width() * 0.1)
            painter.setPen(QPen(self._mark, width))
            painter.drawEllipse(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))
        painter.end()


def choice_button(name: str, on_click: Callable[[], None]) -> OptionButton:
    """A checkable button of a one-of-several choice (individual/business, counter/post)."""
    button = OptionButton(name)
    button.clicked.connect(lambda _=False: on_click())
    return button


def qr_pixmap(text: str, size_px: int = 260) -> QPixmap:
    """A QR code of ``text`` (segno) as a pixmap about ``size_px`` wide, with its quiet zone."""
    import segno  # on the first QR shown, not before the first paint (issue 20)

    qr = segno.make(text, error="m")
    modules = qr.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=max(2, size_px // modules), border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def qr_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


@lru_cache(maxsize=1)
def _shipped_catalogue() -> CatalogueCache:
    return CatalogueCache(Path("/nonexistent/catalogue.json"))  # no cache file: the shipped catalogue


def catalogue_of(services: Any) -> CatalogueCache:
    """The services' catalogue, or the shipped one (shell-only tests and screenshots have no services)."""
    return services.catalogue if services is not None else _shipped_catalogue()


class WrapButton(QPushButton):
    """A touch button whose (long) text wraps onto several lines; its height follows its width."""

    MARGIN = 12

    def __init__(self, name: str, text: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.text_label = FitLabel()
        self.text_label.setProperty("role", "body")
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(self.MARGIN + 4, self.MARGIN, self.MARGIN + 4, self.MARGIN)
        layout.addWidget(self.text_label)
        self.setProperty("role", "option")  # the theme fills a chosen option
        self.toggled.connect(lambda on: mark_checked((self.text_label,), on))
        self.set_text(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_text(self, text: str) -> None:
        self.text_label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        self.text_label.ensurePolished()
        inner = max(40, width - 2 * (self.MARGIN + 4))
        return max(64, self.text_label.heightForWidth(inner) + 2 * self.MARGIN + 6)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = 320
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(160, self.heightForWidth(self.width() if self.width() > 100 else 320))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        wanted = self.heightForWidth(self.width())
        if self.minimumHeight() != wanted:
            self.setMinimumHeight(wanted)  # the layout re-runs with the wrapped height
