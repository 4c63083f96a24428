"""Shown while a device the kiosk cannot serve without is down; it returns by itself on recovery."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget

from kiosk_app.flow import KioskFlow, Screen
from kiosk_app.paths import RESOURCES
from ui.device_states import STATE_TEXTS, out_of_service_text
from ui.screens.base import ScreenWidget
from ui.widgets.picture import Picture


class OutOfServiceScreen(ScreenWidget):
    screen = Screen.OUT_OF_SERVICE

    def __init__(self, flow: KioskFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        icon = Picture()
        icon.set_picture(RESOURCES / "icons" / "out_of_service.svg", QSize(160, 160))
        self.heading = self.label("title", "out_of_service_heading")
        self.body = self.label("subtitle", "out_of_service_body")
        self.staff = self.label("body", "out_of_service_reason")
        for widget in (self.heading, self.body, self.staff):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addStretch(1)
        self.layout_.addWidget(icon)
        for widget in (self.heading, self.body, self.staff):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Temporarily out of service")

    def help_text(self) -> str:
        return self.tr("This kiosk is being repaired. The staff at the reception counter will serve you.")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("This kiosk is temporarily out of service"))
        self.body.setText(self.tr("We are sorry. Please go to the reception counter; the staff will serve you."))
        self.entered()

    def entered(self) -> None:
        reason = self.flow.out_of_service_reason
        text = out_of_service_text(reason, self._device_states()) if reason else ""
        self.staff.setText(self.tr("For staff: %1").replace("%1", text) if text else "")

    def _device_states(self) -> dict[str, str]:
        """Each device's state code as the device set knows it (error first, then paper), for the
        translated staff line; none on a kiosk built without devices (the preview)."""
        services = self.flow.services
        devices = services.devices if services is not None else None
        if devices is None:
            return {}
        states = {}
        for health in devices.health():
            known = [code for code in (health.error, health.media, health.state) if code in STATE_TEXTS]
            if known:
                states[health.kind] = known[0]
        return states
