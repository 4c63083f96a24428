"""The bar on top of every screen: Home, Back, the screen's title, Read aloud, language, display and Help.

Read aloud carries a speaker icon (resources/icons/read_aloud.svg) in the bar's text colour of the current
palette, as high as a line of the button's text: an emoji would be a missing-glyph box, as no bundled font
has one (issue 20).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk_app.paths import RESOURCES
from ui.widgets.picture import current_palette, tinted_pixmap

READ_ALOUD_ICON = RESOURCES / "icons" / "read_aloud.svg"


class TopBar(QWidget):
    """Emits intents only; the main window connects them to the flow."""

    home_clicked = Signal()
    back_clicked = Signal()
    language_clicked = Signal()
    read_aloud_clicked = Signal()
    display_clicked = Signal()  # text size, colours, speech mode
    help_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._column = column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(6)
        self._row = QHBoxLayout()
        self._row.setSpacing(14)
        column.addLayout(self._row)
        self.home = self._button("btn_home", self.home_clicked)
        self.back = self._button("btn_back", self.back_clicked)
        self.title = QLabel()
        self.title.setObjectName("screen_title")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title_inline = True
        self.read_aloud = self._button("btn_read_aloud", self.read_aloud_clicked)
        self.read_aloud.pressed.connect(self._draw_icons)  # the pressed button's colours differ
        self.read_aloud.released.connect(self._draw_icons)
        self.read_aloud.installEventFilter(self)  # its own font and style changes (theme, text size)
        self.language = self._button("btn_language", self.language_clicked)
        self.display = self._button("btn_display", self.display_clicked)
        self.help = self._button("btn_help", self.help_clicked)
        self.buttons = (self.home, self.back, self.read_aloud, self.language, self.display, self.help)
        for widget in (self.home, self.back, self.title, self.read_aloud, self.language, self.display, self.help):
            self._row.addWidget(widget, 1 if widget is self.title else 0)
        self.retranslate("vi")
        self._draw_icons()

    # --- layout: one row while the title fits beside the buttons, else the title below them ---------
    def _title_fits_inline(self) -> bool:
        margins = self._column.contentsMargins()
        buttons = sum(b.sizeHint().width() for b in self.buttons) + self._row.spacing() * len(self.buttons)
        room = self.width() - margins.left() - margins.right() - buttons
        title = self.title.fontMetrics().horizontalAdvance(self.title.text()) + 8
        # Two lines of title beside the buttons are fine as long as they are no taller than a button.
        lines = 1 if title <= room else 2
        tall = lines * self.title.fontMetrics().lineSpacing() <= max(b.sizeHint().height() for b in self.buttons)
        return room > 0 and title <= lines * room * 0.9 and tall

    def _draw_icons(self) -> None:
        """The speaker icon, one text line high, in the colours the theme gives the bar's button text."""
        button = self.read_aloud
        side = button.fontMetrics().height()
        size = QSize(side + side // 4, side)  # a quarter of a line of room between the icon and the text
        palette = current_palette()
        ratio = button.devicePixelRatioF()

        def drawn(colour: str) -> QPixmap:
            pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.drawPixmap(0, 0, tinted_pixmap(READ_ALOUD_ICON, QSize(side, side), colour, ratio))
            painter.end()
            return pixmap

        icon = QIcon(drawn(palette.pressed_text if button.isDown() else palette.bar_text))
        icon.addPixmap(drawn(palette.bar_disabled), QIcon.Mode.Disabled)
        button.setIcon(icon)
        button.setIconSize(size)

    def _arrange(self) -> None:
        # One height for all the buttons: the tallest label decides.
        height = max(b.sizeHint().height() for b in self.buttons)
        for b in self.buttons:
            if b.minimumHeight() != height:
                b.setMinimumHeight(height)
        inline = self._title_fits_inline()
        if inline == self._title_inline:
            return
        self._title_inline = inline
        if inline:
            self._column.removeWidget(self.title)
            self._row.takeAt(2)  # the stretch that stood in for the title
            self._row.insertWidget(2, self.title, 1)
        else:
            self._row.removeWidget(self.title)
            self._row.insertStretch(2, 1)
            self._column.addWidget(self.title)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.read_aloud and event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._draw_icons()  # a new theme or text size: new colours, new line height
        return super().eventFilter(watched, event)

    def _button(self, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(signal)
        return button

    def retranslate(self, language: str) -> None:
        """Re-read every label (after a language change); ``language`` picks the switch's label."""
        self.home.setText("⌂ " + self.tr("Home"))
        self.back.setText("← " + self.tr("Back"))
        # The switch names the *other* language in that language, so a reader of it can find it.
        self.language.setText("English" if language == "vi" else "Tiếng Việt")
        self.language.setAccessibleName(self.tr("Change language"))
        self.read_aloud.setText(self.tr("Read aloud"))
        self.read_aloud.setAccessibleName(self.tr("Read aloud"))
        self.display.setText("Aa " + self.tr("Display"))
        self.display.setAccessibleName(self.tr("Text size, colours and speech"))
        self.help.setText("? " + self.tr("Help"))
        self.home.setAccessibleName(self.tr("Home"))
        self.back.setAccessibleName(self.tr("Back"))
        self.help.setAccessibleName(self.tr("Help"))

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self._arrange()
