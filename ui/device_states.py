"""Device names and device states in the visitor's language (issue 21 finding 12).

The out-of-service screen tells the staff which device stopped the kiosk. The flow knows it as a
device kind ("printer"), sometimes with a state ("printer: paper out"), and the device set knows the
state as a code ("paper_out", "cover_open", "no_device"…). This table turns both into translated words
(Qt context ``DeviceStates``), so a Vietnamese screen never shows the English of a log line: an unknown
kind reads "a device", an unknown state is left out.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DeviceStates"

_OUT_OF_PAPER = QT_TRANSLATE_NOOP("DeviceStates", "out of paper")
_JAMMED = QT_TRANSLATE_NOOP("DeviceStates", "paper jammed")
_COVER_OPEN = QT_TRANSLATE_NOOP("DeviceStates", "cover open")
_NOT_CONNECTED = QT_TRANSLATE_NOOP("DeviceStates", "not connected")
_NOT_ANSWERING = QT_TRANSLATE_NOOP("DeviceStates", "not answering")
_FAULT = QT_TRANSLATE_NOOP("DeviceStates", "hardware fault")

#: device kind (devices.registry.DEVICE_KINDS) → English source of its name.
KIND_NAMES: dict[str, str] = {
    "printer": str(QT_TRANSLATE_NOOP("DeviceStates", "receipt printer")),
    "camera": str(QT_TRANSLATE_NOOP("DeviceStates", "document camera")),
    "qr": str(QT_TRANSLATE_NOOP("DeviceStates", "QR code reader")),
    "card": str(QT_TRANSLATE_NOOP("DeviceStates", "ID card reader")),
}
_A_DEVICE = QT_TRANSLATE_NOOP("DeviceStates", "a device")

#: state code, media state or state phrase → English source of the state.
STATE_TEXTS: dict[str, str] = {
    key: str(source) for keys, source in (
        (("paper_out", "out", "paper out"), _OUT_OF_PAPER),
        (("paper_jam", "jammed", "paper jam"), _JAMMED),
        (("cover_open", "cover open"), _COVER_OPEN),
        (("no_device", "camera_unavailable", "qr_reader_unavailable", "not connected"), _NOT_CONNECTED),
        (("offline", "printer_offline", "timeout"), _NOT_ANSWERING),
        (("hardware_error", "printer_hardware_error", "camera_error", "camera_bad_frames", "qr_reader_error",
          "printer_error", "device_error", "user_error"), _FAULT),
    ) for key in keys
}


def _translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def device_state_text(kind: str, state: str | None = None) -> str:
    """"receipt printer – out of paper" in the installed language; the state only when it is known."""
    name = _translate(KIND_NAMES.get(kind.strip(), str(_A_DEVICE)))
    known = STATE_TEXTS.get((state or "").strip().lower())
    return f"{name} – {_translate(known)}" if known else name


def out_of_service_text(reason: str, states: Mapping[str, str] | None = None) -> str:
    """The flow's out-of-service reason ("printer, camera" or "printer: paper out") in words.

    ``states`` gives a state code per kind when the device set knows one (its health's error or media);
    a state written in the reason itself wins, since it is what the flow was told.
    """
    parts = []
    for item in (part.strip() for part in reason.split(",")):
        if not item:
            continue
        kind, _, state = item.partition(":")
        parts.append(device_state_text(kind, state.strip() or (states or {}).get(kind.strip())))
    return "; ".join(parts)
