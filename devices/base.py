"""The device state model, typed device errors, the status notifier and the device protocols.

States follow the spirit of CEN/XFS4IoT: a device is online, offline, busy, has no device,
a hardware error or a user error; the receipt printer also has a media state. Every error
says what happened (a stable code for the citizen's sentence, a technician-facing detail) and what it needs:
a retry, a staff member (e.g. "replace paper") or a technician.
"""
from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt, QThread, Signal

if TYPE_CHECKING:
    import numpy as np  # frames are numpy arrays; numpy itself is imported by the adapters that make them

    from devices.card_reader.access import AccessKey
    from devices.card_reader.reading import ChipReading
    from devices.printer.job import PrintJob


class DeviceState(enum.Enum):
    """What a device can do right now."""

    ONLINE = "online"
    OFFLINE = "offline"
    BUSY = "busy"
    NO_DEVICE = "no_device"
    HARDWARE_ERROR = "hardware_error"
    USER_ERROR = "user_error"

    @property
    def usable(self) -> bool:
        """The device can take work (it may be busy with some now)."""
        return self in (DeviceState.ONLINE, DeviceState.BUSY)


class MediaState(enum.Enum):
    """The receipt printer's paper and cover."""

    OK = "ok"
    NEAR_END = "near_end"
    OUT = "out"
    JAMMED = "jammed"
    COVER_OPEN = "cover_open"
    UNKNOWN = "unknown"

    @property
    def printable(self) -> bool:
        return self in (MediaState.OK, MediaState.NEAR_END, MediaState.UNKNOWN)


class ErrorAction(enum.Enum):
    """What a fault needs before the device works again."""

    NONE = "none"
    RETRY = "retry"
    STAFF = "staff"
    TECHNICIAN = "technician"


class DeviceError(Exception):
    """A device fault: what happened (a stable ``code`` with ``params``; a technician ``detail``) and
    the action it needs. The citizen's sentence for a code is not the device layer's business: the
    kiosk's UI words it (``ui.messages``), in the citizen's language."""

    code = "device_error"
    action = ErrorAction.TECHNICIAN
    staff_task = ""
    state = DeviceState.HARDWARE_ERROR

    def __init__(self, detail: str = "", *, device: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail or self.code
        self.device = device
        self.params: dict[str, Any] = {}

    def __str__(self) -> str:
        return f"{self.code}: {self.detail}"


class DeviceUnavailable(DeviceError):
    code = "no_device"
    action = ErrorAction.RETRY
    state = DeviceState.NO_DEVICE


class DeviceTimeout(DeviceError):
    code = "timeout"
    action = ErrorAction.RETRY
    state = DeviceState.OFFLINE


class DeviceHardwareError(DeviceError):
    code = "hardware_error"
    action = ErrorAction.TECHNICIAN
    state = DeviceState.HARDWARE_ERROR


class PrinterError(DeviceError):
    """Base of receipt printer faults."""

    code = "printer_error"
    media = MediaState.UNKNOWN


class PrinterOffline(PrinterError):
    code = "printer_offline"
    action = ErrorAction.RETRY
    state = DeviceState.OFFLINE


class PrinterPaperOut(PrinterError):
    code = "paper_out"
    action = ErrorAction.STAFF
    staff_task = "replace paper"
    state = DeviceState.USER_ERROR
    media = MediaState.OUT


class PrinterCoverOpen(PrinterError):
    code = "cover_open"
    action = ErrorAction.STAFF
    staff_task = "close the printer cover"
    state = DeviceState.USER_ERROR
    media = MediaState.COVER_OPEN


class PrinterJammed(PrinterError):
    code = "paper_jam"
    action = ErrorAction.STAFF
    staff_task = "clear the paper jam"
    state = DeviceState.USER_ERROR
    media = MediaState.JAMMED


class PrinterHardwareError(PrinterError):
    code = "printer_hardware_error"
    action = ErrorAction.TECHNICIAN
    state = DeviceState.HARDWARE_ERROR


class PrintNotConfirmed(PrinterError):
    """The bytes went out but the printer did not confirm and the policy does not assume success."""

    code = "print_not_confirmed"
    action = ErrorAction.RETRY
    state = DeviceState.OFFLINE


class CameraError(DeviceError):
    code = "camera_error"


class CameraUnavailable(CameraError):
    code = "camera_unavailable"
    action = ErrorAction.RETRY
    state = DeviceState.NO_DEVICE


class CameraBadFrames(CameraError):
    code = "camera_bad_frames"
    action = ErrorAction.TECHNICIAN
    state = DeviceState.HARDWARE_ERROR


class QrReaderError(DeviceError):
    code = "qr_reader_error"


class QrReaderUnavailable(QrReaderError):
    code = "qr_reader_unavailable"
    action = ErrorAction.RETRY
    state = DeviceState.NO_DEVICE


class QrUnreadable(QrReaderError):
    """A code was seen but could not be read: the citizen can try again (hold it still, flatter)."""

    code = "qr_unreadable"
    action = ErrorAction.RETRY
    state = DeviceState.ONLINE


@dataclass(frozen=True)
class DeviceStatus:
    """One device's state at one moment (immutable; a new one is signalled on each change)."""

    state: DeviceState = DeviceState.OFFLINE
    media: MediaState | None = None
    error: DeviceError | None = None
    since: float = field(default_factory=time.time)

    @property
    def action(self) -> ErrorAction:
        return self.error.action if self.error is not None else ErrorAction.NONE

    def changed(self, **changes: Any) -> DeviceStatus:
        return replace(self, since=time.time(), **changes)

    def same_as(self, other: DeviceStatus) -> bool:
        """Equal apart from the timestamp (errors compared by class and detail)."""

        def key(s: DeviceStatus) -> tuple[Any, ...]:
            err = (type(s.error).__name__, s.error.detail) if s.error is not None else None
            return (s.state, s.media, err)

        return key(self) == key(other)


class ThreadSafeNotifier(QObject):
    """A QObject whose public signals are always emitted in its own (the GUI) thread.

    Device threads call :meth:`post`; from another thread the emission is relayed through a queued
    connection, so every receiver — including plain Python callables such as pytest-qt's signal
    blockers, which PySide would otherwise call directly in the device thread — runs in the GUI
    thread. Emitting from a device thread straight into GUI-thread callables corrupted memory.
    """

    _relay = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def post(self, signal: str, *args: Any) -> None:
        """Emit ``signal`` with ``args`` in this notifier's thread (at once when already there)."""
        if QThread.currentThread() is self.thread():
            getattr(self, signal).emit(*args)
        else:
            self._relay.emit(signal, args)

    def _deliver(self, signal: str, args: tuple[Any, ...]) -> None:
        getattr(self, signal).emit(*args)


class StatusNotifier(ThreadSafeNotifier):
    """Qt signals of a device; device threads :meth:`post` to them, receivers run in the GUI thread.

    Plain Python callbacks can be registered as well; they are called in the device's thread, for
    code that runs without an event loop.
    """

    state_changed = Signal(object)  # DeviceStatus

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listeners: list[Callable[[DeviceStatus], None]] = []

    def add_listener(self, callback: Callable[[DeviceStatus], None]) -> None:
        self._listeners.append(callback)

    def publish(self, status: DeviceStatus) -> None:
        self.post("state_changed", status)
        for callback in list(self._listeners):
            callback(status)


class CameraNotifier(StatusNotifier):
    frame_ready = Signal(object)  # numpy BGR preview frame


class QrNotifier(StatusNotifier):
    code_read = Signal(object)  # QrScan
    unreadable = Signal(object)  # QrUnreadable


class PrinterNotifier(StatusNotifier):
    job_finished = Signal(object)  # PrintResult
    job_failed = Signal(object)  # DeviceError (a PrinterError, or DeviceUnavailable when unplugged)


class StatusHolder:
    """Shared state-keeping of a device: one setter that notifies only on a real change."""

    notifier: StatusNotifier

    def _init_status(self, notifier: StatusNotifier, media: MediaState | None = None) -> None:
        self.notifier = notifier
        self._status = DeviceStatus(DeviceState.OFFLINE, media)
        self._status_lock = threading.Lock()

    @property
    def status(self) -> DeviceStatus:
        return self._status

    def _set_status(self, state: DeviceState, *, media: MediaState | None = None,
                    error: DeviceError | None = None, keep_media: bool = True) -> DeviceStatus:
        with self._status_lock:  # states are set from capture/worker threads and the GUI thread
            if media is None and keep_media:
                media = self._status.media
            new = self._status.changed(state=state, media=media, error=error)
            if new.same_as(self._status):
                return self._status
            self._status = new
        self.notifier.publish(new)
        return new


@dataclass(frozen=True)
class QrScan:
    """One code read by a QR reader."""

    text: str
    source: str  # adapter or decoder name
    at: float = field(default_factory=time.time)


@dataclass(frozen=True)
class PrintResult:
    """What happened to one print job: confirmed by the printer, or assumed by the policy."""

    job_id: str
    confirmed_by: str  # "printer" or "policy"
    length_mm: float
    output: str | None = None  # where a simulated printer wrote its PNG


@runtime_checkable
class Camera(Protocol):
    """A document camera: preview frames from a capture thread, stills at full resolution."""

    notifier: CameraNotifier

    @property
    def status(self) -> DeviceStatus: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def add_frame_listener(self, callback: Callable[[np.ndarray], None]) -> None: ...

    def remove_frame_listener(self, callback: Callable[[np.ndarray], None]) -> None: ...

    def latest_frame(self) -> np.ndarray | None: ...

    def capture_still(self, timeout: float = 5.0) -> np.ndarray: ...


@runtime_checkable
class QrReader(Protocol):
    """Anything that yields scanned code payloads (camera, HID wedge, serial scanner, simulator)."""

    notifier: QrNotifier

    @property
    def status(self) -> DeviceStatus: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


@runtime_checkable
class ReceiptPrinter(Protocol):
    """A receipt printer that prints device-level jobs and reports media state."""

    notifier: PrinterNotifier

    @property
    def status(self) -> DeviceStatus: ...

    @property
    def paper_left_mm(self) -> float | None: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def refresh_status(self) -> DeviceStatus: ...

    def print_job(self, job: PrintJob) -> PrintResult: ...

    def paper_replaced(self, roll_length_mm: float | None = None) -> None: ...


class CardReaderError(DeviceError):
    """Base of chip ID card reader faults."""

    code = "card_reader_error"
    action = ErrorAction.RETRY
    state = DeviceState.ONLINE


class CardReaderUnavailable(CardReaderError):
    """No PC/SC service or no reader attached."""

    code = "card_reader_unavailable"
    state = DeviceState.NO_DEVICE


class CardRemoved(CardReaderError):
    """The card left the reader before the reading finished (or none was there)."""

    code = "card_removed"


class CardAccessDenied(CardReaderError):
    """PACE or BAC failed: the CAN (or MRZ data) does not open this card."""

    code = "card_access_denied"


class CardUnsupported(CardReaderError):
    """The card is not an ICAO 9303 chip this reader can open (no eMRTD application, no PACE/BAC it knows)."""

    code = "card_unsupported"


class CardReadFailed(CardReaderError):
    """The chip answered with an error or broke secure messaging while reading."""

    code = "card_read_failed"


class CardNotifier(StatusNotifier):
    card_present = Signal(object)  # ATR (bytes) of the card put on the reader
    card_removed = Signal()
    read_progress = Signal(int, int)  # bytes read so far, bytes expected (0 when not yet known)


@runtime_checkable
class CardReader(Protocol):
    """A reader of chip ID cards (ICAO 9303): reports card presence, reads and returns the raw chip data.

    ``read_card`` blocks (run it as a job); it raises CardReaderError subclasses and emits ``read_progress``.
    """

    notifier: CardNotifier

    @property
    def status(self) -> DeviceStatus: ...

    @property
    def card_present(self) -> bool: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def read_card(self, key: AccessKey) -> ChipReading: ...
