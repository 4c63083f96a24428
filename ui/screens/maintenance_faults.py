"""The QA fault panel of the maintenance screen (simulated profile only): inject and clear each
simulated device's faults and the backend link's faults at run time.

Device faults go to the simulated adapters' ``inject`` / ``clear`` (devices.faults.DeviceFault); backend
faults go to the services' FaultProxy (kiosk_app.api.fault_proxy), which sits between the kiosk's
client and its backend on the simulated profile.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QWidget

from devices.faults import DeviceFault
from kiosk_app.api.fault_proxy import LinkFault
from kiosk_app.flow import KioskFlow
from ui.screens.maintenance_pages import Page, button, label, make_touch_list

# The faults each simulated device reacts to.
DEVICE_FAULTS: dict[str, tuple[DeviceFault, ...]] = {
    "camera": (DeviceFault.DISCONNECT, DeviceFault.GARBAGE_FRAMES, DeviceFault.SLOW),
    "qr": (DeviceFault.DISCONNECT, DeviceFault.UNREADABLE_CODE, DeviceFault.SLOW, DeviceFault.HARDWARE_ERROR),
    "printer": (DeviceFault.DISCONNECT, DeviceFault.PAPER_NEAR_END, DeviceFault.PAPER_OUT, DeviceFault.COVER_OPEN,
                DeviceFault.JAM, DeviceFault.SLOW, DeviceFault.HARDWARE_ERROR),
    "card": (DeviceFault.DISCONNECT, DeviceFault.CARD_REMOVED, DeviceFault.WRONG_CAN, DeviceFault.UNSUPPORTED_CARD,
             DeviceFault.SLOW, DeviceFault.HARDWARE_ERROR),
}
LINK_FAULTS = (LinkFault.DROP, LinkFault.DELAY, LinkFault.HTTP_500, LinkFault.HTTP_503, LinkFault.CUT_RESPONSE,
               LinkFault.BLACKHOLE)


class FaultsPage(Page):
    """Toggle buttons, one per fault; a pressed button means the fault is active now."""

    key = "faults"
    scrolls_itself = True

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.titles: dict[str, QLabel] = {}
        self.device_buttons: dict[tuple[str, DeviceFault], QPushButton] = {}
        self.link_buttons: dict[LinkFault, QPushButton] = {}
        row = 0
        services = flow.services
        devices = services.devices if services is not None else None
        for kind, faults in DEVICE_FAULTS.items():
            device = devices.get(kind) if devices is not None else None
            if device is None or not hasattr(device, "inject"):
                continue
            self.titles[kind] = label("body")
            grid.addWidget(self.titles[kind], row, 0, 1, 4)
            row += 1
            for index, fault in enumerate(faults):
                toggle = self._toggle(f"btn_fault_{kind}_{fault.value}", fault.value)
                toggle.toggled.connect(lambda on, d=device, f=fault: d.inject(f) if on else d.clear(f))
                self.device_buttons[(kind, fault)] = toggle
                grid.addWidget(toggle, row + index // 4, index % 4)
            row += (len(faults) + 3) // 4
        self.proxy = services.fault_proxy if services is not None else None
        if self.proxy is not None:
            self.titles["backend"] = label("body")
            grid.addWidget(self.titles["backend"], row, 0, 1, 4)
            row += 1
            for index, link in enumerate(LINK_FAULTS):
                toggle = self._toggle(f"btn_fault_backend_{link.value}", link.value)
                toggle.toggled.connect(lambda on, f=link: self._link(f, on))
                self.link_buttons[link] = toggle
                grid.addWidget(toggle, row + index // 4, index % 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        make_touch_list(scroll)
        self.layout_.addWidget(scroll, 1)
        self.clear_all = button("btn_fault_clear_all", "primary")
        self.clear_all.clicked.connect(self.clear)
        self.layout_.addWidget(self.clear_all)

    @staticmethod
    def _toggle(name: str, text: str) -> QPushButton:
        toggle = button(name)
        toggle.setCheckable(True)
        toggle.setText(text)
        return toggle

    def menu_text(self) -> str:
        return self.tr("QA faults")

    def retranslate(self) -> None:
        names = {"camera": self.tr("Document camera"), "qr": self.tr("QR code reader"),
                 "printer": self.tr("Receipt printer"), "card": self.tr("ID card reader"),
                 "backend": self.tr("Backend link (fault proxy)")}
        for key, widget in self.titles.items():
            widget.setText(f"<b>{names[key]}</b>")
        self.clear_all.setText(self.tr("Clear all faults"))
        super().retranslate()

    def refresh(self) -> None:
        self.unavailable.setVisible(not self.device_buttons and not self.link_buttons)

    def _link(self, fault: LinkFault, on: bool) -> None:
        assert self.proxy is not None
        for other, toggle in self.link_buttons.items():  # one link fault at a time
            if other is not fault and on and toggle.isChecked():
                toggle.blockSignals(True)
                toggle.setChecked(False)
                toggle.blockSignals(False)
        if on:
            self.proxy.set(fault, delay_s=5.0, blackhole_s=30.0)
        elif self.proxy.plan.fault is fault:
            self.proxy.clear()

    def clear(self) -> None:
        for toggle in [*self.device_buttons.values(), *self.link_buttons.values()]:
            toggle.setChecked(False)

    def active(self) -> dict[str, Any]:
        """What is injected now (for tests and the screen's summary)."""
        return {"devices": [f"{k}:{f.value}" for (k, f), t in self.device_buttons.items() if t.isChecked()],
                "backend": self.proxy.plan.fault.value if self.proxy is not None else None}
