"""The pages of the maintenance screen: devices, camera, QR, printer, backend, outbox, counters, logs,
profile and system (diagnostics bundle, reprint, restart, exit).

Each page renders what ``flow.services`` (kiosk_app.services.KioskServices) reports and runs slow work
(printing, stills, HTTP) through ``services.jobs``. Technicians read these pages, so states and error
details are shown as the devices report them, next to a plain sentence.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from devices.base import DeviceError, DeviceState, PrintResult, QrScan
from kiosk_app import diagnostics
from kiosk_app.errors import KioskError
from kiosk_app.flow import KioskFlow
from kiosk_app.privacy import mask
from ui.messages import citizen_text
from ui.widgets.fit_label import FitLabel
from ui.widgets.scrolling import make_kinetic

if TYPE_CHECKING:
    from kiosk_app.services import KioskServices

log = logging.getLogger("kiosk.ui.maintenance")


def make_touch_list(area: QAbstractScrollArea) -> None:
    """Kinetic scrolling for an area full of buttons: a press reaches the button at once (no delay
    while the scroller decides whether a drag starts), so a tap is a tap."""
    make_kinetic(area)


def label(role: str = "body", name: str = "") -> QLabel:
    """A word-wrapped label that keeps the height its text needs at its width (a grid row's label at 200 % text
    got the height QGridLayout estimated at another column width once its page had no slack left)."""
    widget = FitLabel()
    widget.setProperty("role", role)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if name:
        widget.setObjectName(name)
    return widget


def button(name: str, role: str = "") -> QPushButton:
    widget = QPushButton()
    widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    return widget


def error_text(exc: BaseException) -> str:
    """A technician-facing one-liner for a failed job (kiosk and device errors carry ``detail``)."""
    detail = exc.detail if isinstance(exc, (KioskError, DeviceError)) else ""
    return mask(str(detail or exc))


class Page(QWidget):
    """One page of the maintenance screen (its own strings use the context "MaintenancePage", so every
    subclass shows the same translation)."""

    confirm = Signal(str, str, object)  # question, explanation, action to run on "yes"

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__()
        self.flow = flow
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(20)
        self.heading = label("subtitle")
        self.layout_.addWidget(self.heading)
        self.unavailable = label("notice", f"maint_{self.key}_unavailable")
        self.unavailable.hide()
        self.layout_.addWidget(self.unavailable)

    key = "page"
    scrolls_itself = False  # pages with their own scroll area are not wrapped in another one

    @property
    def services(self) -> KioskServices | None:
        """The kiosk's services; None when the shell runs without them (screenshots, shell-only tests)."""
        return self.flow.services

    def menu_text(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.heading.setText(self.menu_text())
        self.unavailable.setText(QCoreApplication.translate(
            "MaintenancePage", "Not available: this kiosk runs without devices or backend here."))
        self.refresh()

    def refresh(self) -> None:
        """Re-read what the page shows (on showing it and after actions)."""

    def shown(self) -> None:
        self.refresh()

    def hidden(self) -> None:
        """The page was left (stop live previews)."""

    def need(self, *, devices: bool = False, client: bool = False) -> KioskServices | None:
        """The services, if this kiosk has them (with devices / a backend client when asked for); else
        show 'not available' and return None."""
        services = self.services
        ok = services is not None and (services.devices is not None or not devices) \
            and (services.client is not None or not client)
        self.unavailable.setVisible(not ok)
        return services if ok else None

    def device(self, kind: str) -> Any:
        """The device of ``kind`` ("camera", "qr", "printer"), or None on a kiosk without it."""
        services = self.services
        if services is None or services.devices is None:
            return None
        return services.devices.get(kind)

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]) -> None:
        """Run a technician's job (not the visitor's: it is not dropped at a session wipe)."""
        services = self.services
        if services is None:  # pages offer actions only where there are services; say so rather than crash
            failed(RuntimeError("this kiosk runs without services"))
            return
        services.jobs.run(fn, done, failed)

    def state_text(self, state: str) -> str:
        return {
            DeviceState.ONLINE.value: QCoreApplication.translate("MaintenancePage", "working"),
            DeviceState.BUSY.value: QCoreApplication.translate("MaintenancePage", "busy"),
            DeviceState.OFFLINE.value: QCoreApplication.translate("MaintenancePage", "offline"),
            DeviceState.NO_DEVICE.value: QCoreApplication.translate("MaintenancePage", "not connected"),
            DeviceState.HARDWARE_ERROR.value: QCoreApplication.translate("MaintenancePage", "hardware error"),
            DeviceState.USER_ERROR.value: QCoreApplication.translate("MaintenancePage", "needs staff"),
        }.get(state, state)

    def action_text(self, action: str, staff_task: str | None) -> str:
        if action == "staff":
            return QCoreApplication.translate("MaintenancePage", "Action: staff – %1").replace("%1", staff_task or "")
        return {
            "none": QCoreApplication.translate("MaintenancePage", "Action: none"),
            "retry": QCoreApplication.translate("MaintenancePage", "Action: try again; check the cable"),
            "technician": QCoreApplication.translate("MaintenancePage", "Action: call a technician"),
        }.get(action, action)

    def _status_changed(self, _status: Any) -> None:
        self.refresh()

    def device_health(self, kind: str) -> Any:
        services = self.services
        if services is None or services.devices is None:
            return None
        return next((h for h in services.devices.health() if h.kind == kind), None)

    def health_text(self, health: Any) -> str:
        lines = [QCoreApplication.translate("MaintenancePage", "State: %1").replace("%1", self.state_text(health.state))]
        if health.media:
            media = {
                "ok": QCoreApplication.translate("MaintenancePage", "OK"),
                "near_end": QCoreApplication.translate("MaintenancePage", "nearly out – replace the roll soon"),
                "out": QCoreApplication.translate("MaintenancePage", "out – replace the roll"),
                "jammed": QCoreApplication.translate("MaintenancePage", "jammed"),
                "cover_open": QCoreApplication.translate("MaintenancePage", "cover open"),
                "unknown": QCoreApplication.translate("MaintenancePage", "unknown"),
            }.get(health.media, health.media)
            lines.append(QCoreApplication.translate("MaintenancePage", "Paper: %1").replace("%1", f"{media} ({health.media})"))
        if health.error:
            last_error = QCoreApplication.translate("MaintenancePage", "Last error: %1")
            lines.append(last_error.replace("%1", f"{health.error} – {health.detail or ''}"))
        lines.append(self.action_text(health.action, health.staff_task))
        return "\n".join(lines)


class DevicesPage(Page):
    """Every device: state, last error and the action it needs."""

    key = "devices"
    KINDS = ("camera", "qr", "printer", "card")

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.rows: dict[str, QLabel] = {}
        for kind in self.KINDS:
            row = label("body", f"maint_device_{kind}")
            self.rows[kind] = row
            self.layout_.addWidget(row)
        self.layout_.addStretch(1)
        devices = flow.services.devices if flow.services is not None else None
        if devices is not None:
            devices.notifier.device_changed.connect(self._device_changed)

    def menu_text(self) -> str:
        return self.tr("Devices")

    def _device_changed(self, _kind: str, _status: Any) -> None:
        self.refresh()

    def kind_name(self, kind: str) -> str:
        return {"camera": self.tr("Document camera"), "qr": self.tr("QR code reader"),
                "printer": self.tr("Receipt printer"), "card": self.tr("ID card reader")}[kind]

    def refresh(self) -> None:
        services = self.need(devices=True)
        for kind, row in self.rows.items():
            health = self.device_health(kind) if services is not None else None
            if health is None:
                missing = self.tr("not configured")
                row.setText(f"<b>{self.kind_name(kind)}</b>: {missing}")
                continue
            required = self.tr("required") if health.required else self.tr("optional")
            body = self.health_text(health).replace("\n", "<br>")
            row.setText(f"<b>{self.kind_name(kind)}</b> ({health.adapter}, {required})<br>{body}")


class CameraPage(Page):
    """Live preview and a test capture at full resolution."""

    key = "camera"

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.status = label("body", "maint_camera_status")
        self.preview = QLabel()
        self.preview.setObjectName("maint_camera_preview")
        self.preview.setFixedSize(640, 360)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setProperty("role", "camera")
        self.capture = button("btn_maint_capture", "primary")
        self.capture.clicked.connect(self.test_capture)
        self.result = label("body", "maint_camera_result")
        for widget in (self.status, self.preview, self.capture, self.result):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.frames_shown = 0
        self._listening = False

    def menu_text(self) -> str:
        return self.tr("Camera")

    def retranslate(self) -> None:
        self.capture.setText(self.tr("Test capture"))
        super().retranslate()

    def _camera(self) -> Any:
        self.need(devices=True)
        return self.device("camera")

    def refresh(self) -> None:
        health = self.device_health("camera")
        self.status.setText(self.health_text(health) if health is not None else "")
        self.capture.setEnabled(self._camera() is not None)

    def shown(self) -> None:
        camera = self._camera()
        if camera is not None and not self._listening:
            camera.notifier.frame_ready.connect(self._frame)
            camera.notifier.state_changed.connect(self._status_changed)
            self._listening = True
        self.refresh()

    def hidden(self) -> None:
        camera = self._camera()
        if camera is not None and self._listening:
            camera.notifier.frame_ready.disconnect(self._frame)
            camera.notifier.state_changed.disconnect(self._status_changed)
            self._listening = False

    def _status_changed(self, _status: Any) -> None:
        self.refresh()

    def _frame(self, frame: np.ndarray) -> None:
        if frame is None or frame.ndim != 3:
            return
        frame = np.ascontiguousarray(frame)
        height, width = frame.shape[:2]
        image = QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_BGR888)
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        self.frames_shown += 1

    def test_capture(self) -> None:
        camera = self._camera()
        if camera is None:
            return
        self.capture.setEnabled(False)
        self.result.setText(self.tr("Capturing…"))

        def done(still: np.ndarray) -> None:
            self.capture.setEnabled(True)
            self.result.setText(self.tr("Test capture OK: %1 × %2 pixels")
                                .replace("%1", str(still.shape[1])).replace("%2", str(still.shape[0])))

        def failed(exc: BaseException) -> None:
            self.capture.setEnabled(True)
            self.result.setText(self.tr("Test capture failed: %1").replace("%1", error_text(exc)))

        self.run(lambda: camera.capture_still(), done, failed)


class QrPage(Page):
    """The QR reader's state and the last code it read, with the decoder that read it."""

    key = "qr"
    TEST_PAYLOAD = "KIOSK-QR-TEST"

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.status = label("body", "maint_qr_status")
        self.hint = label("body")
        self.payload = label("subtitle", "maint_qr_payload")
        self.decoder = label("body", "maint_qr_decoder")
        self.present = button("btn_maint_qr_present")
        self.present.clicked.connect(self._present)
        for widget in (self.status, self.hint, self.payload, self.decoder, self.present):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self._last: QrScan | None = None
        self._unreadable = False
        reader = self._reader()
        if reader is not None:
            reader.notifier.code_read.connect(self._read)
            reader.notifier.unreadable.connect(self._not_read)
            reader.notifier.state_changed.connect(self._status_changed)

    def menu_text(self) -> str:
        return self.tr("QR reader")

    def _reader(self) -> Any:
        return self.device("qr")

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Hold any QR code in front of the reader; what it reads appears here."))
        self.present.setText(self.tr("Simulate a test code"))
        super().retranslate()

    def refresh(self) -> None:
        self.need(devices=True)
        health = self.device_health("qr")
        self.status.setText(self.health_text(health) if health is not None else "")
        reader = self._reader()
        self.present.setVisible(reader is not None and hasattr(reader, "present"))
        if self._unreadable:
            self.payload.setText(self.tr("A code was seen but could not be read."))
            self.decoder.setText("")
        elif self._last is not None:
            self.payload.setText(mask(self._last.text))
            self.decoder.setText(self.tr("Read by: %1").replace("%1", self._last.source))
        else:
            self.payload.setText(self.tr("No code read yet."))
            self.decoder.setText("")

    def _read(self, scan: QrScan) -> None:
        self._last, self._unreadable = scan, False
        self.refresh()

    def _not_read(self, _error: Any) -> None:
        self._unreadable = True
        self.refresh()

    def _present(self) -> None:
        reader = self._reader()
        if reader is not None:
            reader.present(self.TEST_PAYLOAD)


class PrinterPage(Page):
    """Printer state, estimated paper, a test page, 'paper replaced' and a reprint of the last receipt."""

    key = "printer"

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.status = label("body", "maint_printer_status")
        self.test_page = button("btn_maint_test_page", "primary")
        self.paper = button("btn_maint_paper_replaced")
        self.reprint = button("btn_maint_reprint")
        self.result = label("body", "maint_printer_result")
        self.test_page.clicked.connect(self.print_test_page)
        self.paper.clicked.connect(self.paper_replaced)
        self.reprint.clicked.connect(self.reprint_last)
        row = QVBoxLayout()  # one below the other: three long labels do not fit side by side at 200 %
        for widget in (self.test_page, self.paper, self.reprint):
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.status)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)
        self.last_output: str | None = None
        printer = self._printer()
        if printer is not None:
            printer.notifier.state_changed.connect(self._status_changed)

    def menu_text(self) -> str:
        return self.tr("Printer")

    def _printer(self) -> Any:
        return self.device("printer")

    def retranslate(self) -> None:
        self.test_page.setText(self.tr("Print a test page"))
        self.paper.setText(self.tr("Paper replaced"))
        self.reprint.setText(self.tr("Reprint the last receipt"))
        super().retranslate()

    def refresh(self) -> None:
        self.need(devices=True)
        health = self.device_health("printer")
        printer = self._printer()
        for widget in (self.test_page, self.paper, self.reprint):
            widget.setEnabled(printer is not None)
        if health is None:
            self.status.setText("")
            return
        text = self.health_text(health)
        left = health.extra.get("paper_left_mm")
        if isinstance(left, (int, float)):
            text += "\n" + self.tr("Estimated paper left: %1 m").replace("%1", f"{left / 1000:.1f}")
        self.status.setText(text)

    def _job(self, fn: Callable[[], Any], working: str) -> None:
        self.result.setText(working)
        for widget in (self.test_page, self.reprint):
            widget.setEnabled(False)

        def done(result: PrintResult) -> None:
            self.last_output = result.output
            self.result.setText(self.tr("Printed."))
            self.refresh()

        def failed(exc: BaseException) -> None:
            sentence = citizen_text(exc, self.flow.language)  # the plain sentence, next to the technician's detail
            self.result.setText(self.tr("Not printed: %1").replace("%1", f"{sentence} ({error_text(exc)})"))
            self.refresh()

        self.run(fn, done, failed)

    def print_test_page(self) -> None:
        printer, services = self._printer(), self.need(devices=True)
        if printer is None or services is None:
            return
        profile = services.profile
        job = diagnostics.printer_test_page(profile.kiosk.id, profile.kiosk.name)
        self._job(lambda: printer.print_job(job), self.tr("Printing the test page…"))

    def reprint_last(self) -> None:
        printer = self._printer()
        if printer is None:
            return
        self._job(printer.reprint_last, self.tr("Reprinting…"))

    def paper_replaced(self) -> None:
        printer, services = self._printer(), self.need(devices=True)
        if printer is None or services is None:
            return
        counters = services.counters

        def replaced() -> None:  # asks the printer its state: I/O, so off the GUI thread
            printer.paper_replaced()
            counters.reset("paper_mm")

        def done(_result: Any) -> None:
            self.result.setText(self.tr("New paper roll noted."))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.result.setText(error_text(exc))
            self.refresh()

        self.run(replaced, done, failed)


class BackendPage(Page):
    """Can the kiosk reach the backend, and how fast; when did the last heartbeat go through."""

    key = "backend"

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.address = label("body", "maint_backend_address")
        # The embedded backend's start (issue 20): starting, running, or why it failed and its last log lines.
        self.start_state = label("subtitle", "maint_backend_start")
        self.start_log = label("body", "maint_backend_start_log")
        self.start_log.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.start_log.setTextFormat(Qt.TextFormat.PlainText)
        self.status = label("subtitle", "maint_backend_status")
        self.heartbeat = label("body", "maint_backend_heartbeat")
        self.check = button("btn_maint_backend_check", "primary")
        self.check.clicked.connect(self.check_now)
        for widget in (self.address, self.start_state, self.start_log, self.status, self.heartbeat, self.check):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        link = getattr(self.services, "link", None)
        if link is not None:
            link.changed.connect(lambda _state: self.refresh())

    def menu_text(self) -> str:
        return self.tr("Backend")

    def retranslate(self) -> None:
        self.check.setText(self.tr("Check now"))
        super().retranslate()

    def refresh(self) -> None:
        self._show_start()
        services = self.need(client=True)
        self.check.setEnabled(services is not None)
        if services is None or services.client is None:
            return
        self.address.setText(self.tr("System: %1").replace("%1", services.client.describe()))
        beat = services.heartbeat
        if beat is not None and beat.unsupported:
            self.heartbeat.setText(self.tr("The connected system takes no heartbeat."))
        elif beat is not None and beat.last_ack is not None:
            self.heartbeat.setText(self.tr("Last heartbeat accepted at %1")
                                   .replace("%1", beat.last_ack.server_time.strftime("%H:%M:%S")))
        elif beat is not None and beat.last_error:
            self.heartbeat.setText(self.tr("Last heartbeat failed: %1").replace("%1", mask(beat.last_error)))
        else:
            self.heartbeat.setText(self.tr("No heartbeat sent yet."))

    def _show_start(self) -> None:
        """The embedded backend's start-up: nothing to say for a remote backend or one that runs."""
        from kiosk_app.backend_link import BackendState

        link = getattr(self.services, "link", None)
        state = link.state if link is not None else BackendState.ABSENT
        tail = link.log_tail() if link is not None and state is BackendState.FAILED else []
        if state is BackendState.STARTING:
            self.start_state.setText(self.tr("The embedded backend is starting…"))
        elif state is BackendState.FAILED and link is not None:
            self.start_state.setText(self.tr("The embedded backend did not start: %1. The kiosk works offline: "
                                             "submissions wait in the outbox.").replace("%1", mask(link.reason)))
        self.start_state.setVisible(state in (BackendState.STARTING, BackendState.FAILED))
        self.start_log.setText("\n".join(mask(line) for line in tail[-6:]))
        self.start_log.setVisible(bool(tail))

    def shown(self) -> None:
        super().shown()
        if self.need(client=True) is not None:
            self.check_now()

    def check_now(self) -> None:
        services = self.need(client=True)
        client = services.client if services is not None else None
        if client is None:
            return
        self.check.setEnabled(False)
        self.status.setText(self.tr("Checking…"))

        def done(ms: float) -> None:
            self.check.setEnabled(True)
            self.status.setText(self.tr("Reachable – %1 ms").replace("%1", f"{ms:.0f}"))

        def failed(exc: BaseException) -> None:
            self.check.setEnabled(True)
            self.status.setText(self.tr("Not reachable: %1").replace("%1", error_text(exc)))

        self.run(lambda: diagnostics.backend_latency_ms(client), done, failed)


class OutboxPage(Page):
    """Submissions waiting to be sent: how many, their last error, and 'send now'; and the dead letters
    (refused by the server or unsendable), never retried, listed by provisional reference and reason only."""

    key = "outbox"
    scrolls_itself = True

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.counts = label("subtitle", "maint_outbox_counts")
        self.items = label("body", "maint_outbox_items")
        self.items.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.dead_heading = label("subtitle", "maint_outbox_dead_count")
        self.dead = label("body", "maint_outbox_dead_letters")
        self.dead.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        for widget in (self.items, self.dead_heading, self.dead):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        make_kinetic(scroll)
        self.send = button("btn_maint_send_now", "primary")
        self.send.clicked.connect(self.send_now)
        self.layout_.addWidget(self.counts)
        self.layout_.addWidget(scroll, 1)
        self.layout_.addWidget(self.send)

    def menu_text(self) -> str:
        return self.tr("Outbox")

    def retranslate(self) -> None:
        self.send.setText(self.tr("Send now"))
        super().retranslate()

    def refresh(self) -> None:
        services = self.need()
        if services is None:
            return
        counts = services.outbox.counts()
        dead_letters = services.outbox.dead_letters()
        self.counts.setText(self.tr("Waiting: %1 – sending: %2 – dead letters: %3 – sent: %4")
                            .replace("%1", str(counts.get("pending", 0))).replace("%2", str(counts.get("sending", 0)))
                            .replace("%3", str(len(dead_letters))).replace("%4", str(counts.get("done", 0))))
        lines = []
        for item in services.outbox.pending():
            if item.state.value not in ("pending", "sending"):
                continue
            error = mask(item.last_error) if item.last_error else self.tr("no error yet")
            lines.append(f"{item.provisional_ref} · {item.kind} · {self.state_name(item.state.value)} · "
                         + self.tr("%1 attempt(s)").replace("%1", str(item.attempts)) + f" · {error}")
        self.items.setText("\n".join(lines) or self.tr("Nothing is waiting."))
        self.dead_heading.setText(self.tr("Dead letters (never resent; hand the reference to the staff): %1")
                                  .replace("%1", str(len(dead_letters))))
        self.dead.setText("\n".join(f"{item.provisional_ref} · {item.created_at} · {self.state_name(item.state.value)}"
                                    f" · {self.reason(item.last_error)}" for item in dead_letters)
                          or self.tr("None."))
        self.send.setEnabled(services.worker is not None)

    def state_name(self, state: str) -> str:
        return {"pending": self.tr("waiting"), "sending": self.tr("sending"),
                "rejected": self.tr("refused by the server"), "dead": self.tr("cannot be sent")}.get(state, state)

    @staticmethod
    def reason(error: str) -> str:
        """A dead letter's reason for the technician: the error code and what failed, masked, one line."""
        return mask(" ".join(error.split()))[:160]

    def send_now(self) -> None:
        services = self.services
        if services is None or services.worker is None:
            return
        services.worker.wake()
        QTimer.singleShot(1500, self.refresh)


class CountersPage(Page):
    """Usage counters, each resettable, and the estimated paper left."""

    key = "counters"

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        self.resets: dict[str, QPushButton] = {}
        from kiosk_app.maintenance import COUNTERS

        for row, name in enumerate(COUNTERS):
            self.names[name] = label("body")
            self.values[name] = label("subtitle", f"maint_counter_{name}")
            reset = button(f"btn_maint_reset_{name}")
            reset.clicked.connect(lambda _=False, n=name: self.reset(n))
            self.resets[name] = reset
            self.grid.addWidget(self.names[name], row, 0)
            self.grid.addWidget(self.values[name], row, 1)
            self.grid.addWidget(reset, row, 2)
        self.paper = label("body", "maint_counter_paper_left")
        self.layout_.addLayout(self.grid)
        self.layout_.addWidget(self.paper)
        self.layout_.addStretch(1)

    def menu_text(self) -> str:
        return self.tr("Counters")

    def counter_name(self, name: str) -> str:
        return {"sessions": self.tr("Sessions"), "submissions": self.tr("Submissions"),
                "pages_scanned": self.tr("Pages scanned"), "receipts_printed": self.tr("Receipts printed"),
                "tickets_printed": self.tr("Tickets printed"),
                "paper_mm": self.tr("Paper used since the roll was changed (mm)")}.get(name, name)

    def retranslate(self) -> None:
        for name, widget in self.names.items():
            widget.setText(self.counter_name(name))
        for reset in self.resets.values():
            reset.setText(self.tr("Reset"))
        super().retranslate()

    def refresh(self) -> None:
        services = self.need()
        for name, widget in self.values.items():
            widget.setText(str(services.counters.values.get(name, 0)) if services is not None else "–")
            self.resets[name].setEnabled(services is not None)
        health = self.device_health("printer")
        left = health.extra.get("paper_left_mm") if health is not None else None
        self.paper.setText(self.tr("Estimated paper left: %1 m").replace("%1", f"{left / 1000:.1f}")
                           if isinstance(left, (int, float)) else "")

    def reset(self, name: str) -> None:
        services = self.services
        if services is not None:
            services.counters.reset(name)
        self.refresh()


class LogsPage(Page):
    """The last lines of the kiosk log, personal data masked."""

    key = "logs"
    scrolls_itself = True
    LINES = 200

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.text = QPlainTextEdit()
        self.text.setObjectName("maint_log_text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setProperty("role", "log")
        make_kinetic(self.text)
        self.reload = button("btn_maint_reload_log")
        self.reload.clicked.connect(self.refresh)
        self.layout_.addWidget(self.text, 1)
        self.layout_.addWidget(self.reload)

    def menu_text(self) -> str:
        return self.tr("Log")

    def retranslate(self) -> None:
        self.reload.setText(self.tr("Reload"))
        super().retranslate()

    def refresh(self) -> None:
        services = self.need()
        if services is None:
            return
        lines = diagnostics.log_tail(services.profile, self.LINES)
        self.text.setPlainText("\n".join(lines) or self.tr("The log is empty."))
        self.text.verticalScrollBar().setValue(self.text.verticalScrollBar().maximum())


class ProfilePage(Page):
    """The active profile, secrets hidden."""

    key = "profile"
    scrolls_itself = True

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.text = label("body", "maint_profile_text")
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setProperty("role", "log")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        make_kinetic(scroll)
        self.layout_.addWidget(scroll, 1)

    def menu_text(self) -> str:
        return self.tr("Profile")

    def refresh(self) -> None:
        services = self.need()
        if services is not None:
            self.text.setText(json.dumps(diagnostics.profile_view(services.profile), ensure_ascii=False, indent=2))


class SystemPage(Page):
    """Export a diagnostics bundle to a chosen folder; restart the app; exit to the desktop."""

    key = "system"
    restart_requested = Signal()
    exit_requested = Signal()

    def __init__(self, flow: KioskFlow) -> None:
        super().__init__(flow)
        self.export_hint = label("body")
        self.folders = QVBoxLayout()
        self.result = label("body", "maint_export_result")
        self.restart = button("btn_maint_restart")
        self.exit = button("btn_maint_exit_desktop")
        self.restart.clicked.connect(lambda: self.confirm.emit(
            self.tr("Restart the kiosk application?"), self.tr("A visitor's unsaved work would be lost."),
            self.restart_requested.emit))
        self.exit.clicked.connect(lambda: self.confirm.emit(
            self.tr("Exit to the desktop?"), self.tr("The kiosk stops serving visitors until it is started again."),
            self.exit_requested.emit))
        row = QHBoxLayout()
        row.addWidget(self.restart)
        row.addWidget(self.exit)
        self.layout_.addWidget(self.export_hint)
        self.layout_.addLayout(self.folders)
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)
        self.layout_.addLayout(row)
        self.folder_buttons: list[QPushButton] = []
        self.last_bundle: Path | None = None

    def menu_text(self) -> str:
        return self.tr("System")

    def retranslate(self) -> None:
        self.export_hint.setText(self.tr("Export a diagnostics bundle (logs, profile without secrets, "
                                         "device health, versions) to:"))
        self.restart.setText(self.tr("Restart the application"))
        self.exit.setText(self.tr("Exit to the desktop"))
        super().retranslate()

    def refresh(self) -> None:
        services = self.need()
        for old in self.folder_buttons:
            self.folders.removeWidget(old)
            old.deleteLater()
        self.folder_buttons = []
        if services is None:
            return
        for index, folder in enumerate(diagnostics.export_folders(services.profile)):
            choice = button(f"btn_maint_export_{index}", "primary" if index == 0 else "")
            choice.setText(str(folder))
            choice.clicked.connect(lambda _=False, f=folder: self.export(f))
            self.folders.addWidget(choice)
            self.folder_buttons.append(choice)

    def export(self, folder: Path) -> None:
        services = self.services
        if services is None:
            return
        self.result.setText(self.tr("Exporting…"))

        def done(path: Path) -> None:
            self.last_bundle = path
            self.result.setText(self.tr("Saved: %1").replace("%1", str(path)))

        def failed(exc: BaseException) -> None:
            self.result.setText(self.tr("Export failed: %1").replace("%1", error_text(exc)))

        self.run(lambda: diagnostics.export_bundle(folder, services.profile, services), done, failed)
