"""Option schemas of every device adapter (pydantic, extra keys forbidden so a misspelt key fails).

Kept free of hardware imports so the registry can validate a profile before building anything.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from devices.faults import DeviceFault


class AdapterOptions(BaseModel):
    # Built on first use (issue 20): a profile validates the options of its own adapters only.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class PrinterCommon(AdapterOptions):
    paper_mm: Literal[58, 80] = 80
    text_mode: Literal["raster", "codepage"] = "raster"
    codepage: str | None = None
    qr_mode: Literal["raster", "native"] = "raster"
    query_status: bool = True
    unconfirmed: Literal["assume_printed", "fail"] = "assume_printed"
    roll_length_mm: float = Field(80_000.0, gt=0)
    near_end_mm: float = Field(3_000.0, ge=0)
    poll_interval_s: float = Field(0.0, ge=0)


class EscposPrinterOptions(PrinterCommon):
    transport: Literal["usb", "serial", "network", "cups", "file"]
    poll_interval_s: float = Field(5.0, ge=0, description="status polling, so a refilled printer is noticed")
    usb_vendor_id: int | None = None
    usb_product_id: int | None = None
    serial_port: str | None = None
    baudrate: int = 19200
    host: str | None = None
    port: int = 9100
    cups_printer: str | None = None
    file_path: Path | None = None
    timeout_s: float = Field(5.0, gt=0)
    escpos_profile: str | None = None

    @model_validator(mode="after")
    def _transport_settings(self) -> EscposPrinterOptions:
        needed = {"usb": ("usb_vendor_id", "usb_product_id"), "serial": ("serial_port",),
                  "network": ("host",), "cups": ("cups_printer",), "file": ("file_path",)}[self.transport]
        missing = [name for name in needed if getattr(self, name) is None]
        if missing:
            raise ValueError(f"transport {self.transport!r} needs {', '.join(missing)}")
        return self


class SimulatedPrinterOptions(PrinterCommon):
    output_dir: Path = Path("var/simulated-printer")
    keep_jobs: int = Field(20, ge=1, description="receipts (.bin + .png) kept in output_dir; older ones are deleted")
    faults: list[DeviceFault] = []
    slow_s: float = Field(2.0, ge=0)
    sim_paper_mm: float = Field(80_000.0, gt=0, description="paper on the simulated roll")
    sim_near_end_mm: float = Field(3_000.0, ge=0, description="where the simulated near-end sensor trips")


class CameraCommon(AdapterOptions):
    preview_width: int = Field(1280, gt=0)
    preview_height: int = Field(720, gt=0)
    reconnect_interval_s: float = Field(1.0, gt=0)
    frame_timeout_s: float = Field(2.0, gt=0)


class OpenCvCameraOptions(CameraCommon):
    source: int | str = 0  # device index, file path or URL
    fourcc: str | None = "MJPG"
    fps: float = Field(30.0, gt=0)
    still_width: int | None = None  # None: the largest the camera offers
    still_height: int | None = None
    backend: Literal["any", "v4l2", "dshow", "msmf", "ffmpeg", "gstreamer"] = "any"
    # OpenCV's own messages go to stderr, past Python's logging (e.g. "can't open camera by index" at
    # every retry); the camera's state already reports a missing device.
    opencv_log_level: Literal["silent", "fatal", "error", "warning", "info", "debug"] = Field(
        "error", description="what OpenCV itself writes to stderr")


class SimulatedCameraOptions(CameraCommon):
    folder: Path | None = None
    fps: float = Field(15.0, gt=0)
    still_width: int = Field(3264, gt=0)
    still_height: int = Field(2448, gt=0)
    faults: list[DeviceFault] = []
    slow_s: float = Field(0.5, ge=0)


class CameraQrReaderOptions(AdapterOptions):
    decoder: Literal["kiosk", "pyzbar", "zxing-cpp", "opencv"] = "kiosk"
    repeat_holdoff_s: float = Field(3.0, ge=0)
    max_rate_hz: float = Field(15.0, gt=0)
    full_cascade_every: int = Field(4, ge=1, description="run the kiosk pipeline's slow stages on every n-th frame")


class HidQrReaderOptions(AdapterOptions):
    max_interkey_ms: float = Field(35.0, gt=0)
    min_length: int = Field(4, ge=1)
    prefix: str = ""
    suffix: str = "\r"
    burst_timeout_ms: float = Field(120.0, gt=0)


class SerialQrReaderOptions(AdapterOptions):
    url: str  # a port name (/dev/ttyACM0, COM3) or a pyserial URL (loop://, socket://host:port)
    baudrate: int = 9600
    terminator: str = "\r"
    encoding: str = "utf-8"
    reconnect_interval_s: float = Field(1.0, gt=0)
    read_timeout_s: float = Field(0.2, gt=0)


class SimulatedQrReaderOptions(AdapterOptions):
    payloads: list[str] = []
    images: Path | None = None  # folder of images decoded with the kiosk pipeline
    interval_s: float = Field(0.0, ge=0)  # 0: only on demand (present()); else play the script
    faults: list[DeviceFault] = []
    slow_s: float = Field(1.0, ge=0)


class PcscCardReaderOptions(AdapterOptions):
    """A contact or contactless reader through pcscd (pyscard)."""

    reader: str = Field("", description="part of the reader's name to use (empty: the first reader)")
    poll_s: float = Field(0.25, gt=0, le=5, description="how often card presence is checked")
    extended_length: Literal["auto", "on", "off"] = Field(
        "auto", description="extended-length READ BINARY: auto = when the card's ATR offers it")


class SimulatedCardReaderOptions(AdapterOptions):
    """The in-process test chip (testkit/cccd_chip) behind the same reading code as the PC/SC reader."""

    card_present: bool = Field(True, description="a card lies on the reader from the start")
    faults: list[DeviceFault] = Field(default_factory=list)
    slow_s: float = Field(4.0, ge=0, le=60, description="SLOW fault: extra seconds a whole reading takes")
    removed_after_apdus: int = Field(20, ge=1, description="CARD_REMOVED fault: the card leaves after this many APDUs")
