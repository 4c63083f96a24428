"""QR decoders behind one interface, and a factory by name."""
from __future__ import annotations

from devices.qr.decoders.base import QrDecoder, QrResult

DECODER_NAMES = ("kiosk", "pyzbar", "zxing-cpp", "opencv", "opencv-aruco")


def make_decoder(name: str) -> QrDecoder:
    """Build a decoder by name; hardware-free but imports the decoding library only now."""
    if name == "kiosk":
        from devices.qr.decoders.pipeline import KioskQrPipeline

        return KioskQrPipeline()
    if name == "pyzbar":
        from devices.qr.decoders.pyzbar_decoder import PyzbarDecoder

        return PyzbarDecoder()
    if name == "zxing-cpp":
        from devices.qr.decoders.zxing_decoder import ZxingDecoder

        return ZxingDecoder()
    if name in ("opencv", "opencv-aruco"):
        from devices.qr.decoders.opencv_decoder import OpenCvDecoder

        return OpenCvDecoder(aruco=name == "opencv-aruco")
    raise KeyError(f"unknown QR decoder {name!r}; choose one of: {', '.join(DECODER_NAMES)}")


__all__ = ["QrDecoder", "QrResult", "make_decoder", "DECODER_NAMES"]
