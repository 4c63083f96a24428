"""The maintenance PIN pad: an overlay with big digit keys; the digits typed are shown as dots only.

It only collects digits and emits :attr:`PinPadOverlay.submitted`; the main window checks the PIN with
``flow.maintenance`` (kiosk_app.maintenance.MaintenanceAccess) and calls :meth:`show_message` with
the verdict. The typed digits are forgotten whenever the pad closes.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from ui.widgets.overlay import Overlay

KEY_PX = 96
MAX_DIGITS = 12


class PinPadOverlay(Overlay):
    """Digits 0-9, erase, OK and Cancel; ``submitted(pin)`` on OK."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "pin_pad")
        self._digits = ""
        self.heading = self.label("title")
        self.dots = self.label("pin_dots")  # dots need no 200 %: the pad must fit on the panel
        self.dots.setObjectName("pin_dots")
        self.message = self.label("body")
        self.message.setObjectName("pin_message")
        grid = QGridLayout()
        grid.setSpacing(16)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(f"btn_pin_{digit}", digit), index // 3, index % 3)
        self.erase = self._key("btn_pin_erase", "⌫", self._erase)
        grid.addWidget(self.erase, 3, 0)
        grid.addWidget(self._key("btn_pin_0", "0"), 3, 1)
        self.ok = self._key("btn_pin_ok", "OK", self._submit)
        self.ok.setProperty("role", "primary")
        grid.addWidget(self.ok, 3, 2)
        self.cancel = self.button("btn_pin_cancel")
        self.cancel.clicked.connect(self._cancel)
        pad = QHBoxLayout()
        pad.addStretch(1)
        pad.addLayout(grid)
        pad.addStretch(1)
        for widget in (self.heading, self.dots, self.message):
            self.card_layout.addWidget(widget)
        self.card_layout.addLayout(pad)
        self.card_layout.addWidget(self.cancel)
        self.retranslate()

    def _key(self, name: str, text: str, action: Callable[[], None] | None = None) -> QPushButton:
        key = self.button(name)
        key.setText(text)
        key.setFixedSize(KEY_PX * 2, KEY_PX)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.clicked.connect(action if action is not None else (lambda _=False, d=text: self._type(d)))
        self.keys[text] = key
        return key

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Maintenance – enter the PIN"))
        self.cancel.setText(self.tr("Cancel"))
        self.erase.setAccessibleName(self.tr("Erase"))
        self.ok.setText(self.tr("OK"))  # issue 21: no English on a Vietnamese screen

    # --- typing ------------------------------------------------------------------------------------
    @property
    def typed(self) -> int:
        """How many digits are typed (the digits themselves never leave the pad except on OK)."""
        return len(self._digits)

    def _type(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS:
            self._digits += digit
        self._render()

    def _erase(self) -> None:
        self._digits = self._digits[:-1]
        self._render()

    def _render(self) -> None:
        self.dots.setText("●" * len(self._digits) if self._digits else "–")

    def _submit(self) -> None:
        pin, self._digits = self._digits, ""
        self._render()
        self.submitted.emit(pin)

    def _cancel(self) -> None:
        self.close_pad()
        self.cancelled.emit()

    # --- showing -----------------------------------------------------------------------------------
    def open_pad(self) -> None:
        self._digits = ""
        self._render()
        self.message.setText("")
        self.retranslate()
        self.open()

    def close_pad(self) -> None:
        self._digits = ""
        self._render()
        self.hide()

    def show_message(self, text: str, *, locked: bool = False) -> None:
        """Show the verdict of the last attempt; while locked, the keys do nothing."""
        self.message.setText(text)
        for key in (*self.keys.values(),):
            key.setEnabled(not locked)
