"""QR decoding with ZBar through pyzbar (needs the system library libzbar0), payload as encoded.

``pyzbar.decode`` lets ZBar turn the code's bytes into UTF-8 text by its own guess, and that guess
misreads real codes (UTF-8 Chinese as Big5, Shift-JIS katakana as something else). So the scan
here asks ZBar for the raw bytes (``ZBAR_CFG_BINARY``, ZBar >= 0.23) through pyzbar's ctypes
wrapper, and :func:`text_from_bytes` makes the text: valid UTF-8 first (the CCCD card and almost
every modern code), then Shift-JIS (the other common encoding of codes without an ECI), then
ISO-8859-1, the QR standard's default, which maps every byte.
"""
from __future__ import annotations

from collections.abc import Iterator
from ctypes import string_at

import numpy as np
from pyzbar import wrapper as zbar

from devices.qr.decoders.base import QrResult, to_gray

ZBAR_CFG_BINARY = 4  # zbar.h: "don't convert binary data to text" (pyzbar's ZBarConfig lacks it)
GREY_FOURCC = 808466521  # 'Y800', 8-bit grey


def text_from_bytes(data: bytes) -> str:
    """The payload text of a code's raw bytes, every byte kept (no replacement characters)."""
    for encoding in ("utf-8", "shift_jis"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def scan_raw(gray: np.ndarray) -> Iterator[tuple[bytes, tuple[tuple[float, float], ...]]]:
    """Each QR code ZBar finds in a grey image: its raw payload bytes and its location points."""
    pixels = np.ascontiguousarray(gray, dtype=np.uint8).tobytes()
    height, width = gray.shape[:2]
    scanner = zbar.zbar_image_scanner_create()
    image = zbar.zbar_image_create()
    try:
        zbar.zbar_image_scanner_set_config(scanner, 0, zbar.ZBarConfig.CFG_ENABLE, 0)  # 0: every symbology
        zbar.zbar_image_scanner_set_config(scanner, zbar.ZBarSymbol.QRCODE, zbar.ZBarConfig.CFG_ENABLE, 1)
        zbar.zbar_image_scanner_set_config(scanner, zbar.ZBarSymbol.QRCODE, ZBAR_CFG_BINARY, 1)
        zbar.zbar_image_set_format(image, GREY_FOURCC)
        zbar.zbar_image_set_size(image, width, height)
        zbar.zbar_image_set_data(image, pixels, len(pixels), None)  # c_void_p takes bytes
        if zbar.zbar_scan_image(scanner, image) <= 0:
            return
        symbol = zbar.zbar_image_first_symbol(image)
        while symbol:
            data = string_at(zbar.zbar_symbol_get_data(symbol), zbar.zbar_symbol_get_data_length(symbol))
            points = tuple((float(zbar.zbar_symbol_get_loc_x(symbol, i)), float(zbar.zbar_symbol_get_loc_y(symbol, i)))
                           for i in range(zbar.zbar_symbol_get_loc_size(symbol)))
            yield data, points
            symbol = zbar.zbar_symbol_next(symbol)
    finally:
        zbar.zbar_image_destroy(image)
        zbar.zbar_image_scanner_destroy(scanner)


class PyzbarDecoder:
    name = "pyzbar"

    def decode(self, frame: np.ndarray) -> list[QrResult]:
        return [QrResult(text_from_bytes(data), self.name, points) for data, points in scan_raw(to_gray(frame))]
