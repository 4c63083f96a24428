"""Issue 17: every QR decoder returns the payload exactly as encoded (no HRI rendering, no charset misguess)."""
from __future__ import annotations

import numpy as np
import pytest
import segno
import zxingcpp

from devices.qr.decoders import make_decoder
from devices.qr.decoders.pyzbar_decoder import text_from_bytes

GS1_PAYLOAD = "01095040000591012112345678p901\x1d101234567p\x1d17141120"
CCCD = "001099012345|012345678|Nguyễn Văn A|01011990|Nam|Thôn Đông, Xã Phú Cát, Hà Nội|01012021"
EXACT_DECODERS = ("zxing-cpp", "pyzbar", "kiosk")
OPENCV_DECODERS = ("opencv", "opencv-aruco")


def gs1_code(scale: int = 6) -> np.ndarray:
    """A GS1 QR code (FNC1 mode) made by zxing-cpp's writer: (01) GTIN, (21) serial, (10) batch, (17) expiry."""
    barcode = zxingcpp.create_barcode("[01]09504000059101[21]12345678p901[10]1234567p[17]141120",
                                      zxingcpp.BarcodeFormat.QRCode, gs1=True)
    return np.pad(np.array(zxingcpp.write_barcode_to_image(barcode, scale=scale)), 40, constant_values=255)


def byte_code(payload: str, encoding: str = "utf-8", module_px: int = 6) -> np.ndarray:
    """A byte-mode QR code of ``payload`` in ``encoding``, without ECI (as most printed codes are)."""
    matrix = np.array(segno.make(payload, encoding=encoding, mode="byte", micro=False).matrix, np.uint8)
    code = np.where(np.kron(matrix, np.ones((module_px, module_px), np.uint8)) > 0, 0, 255).astype(np.uint8)
    return np.pad(code, 4 * module_px + 40, constant_values=255)


@pytest.mark.parametrize("name", EXACT_DECODERS)
def test_gs1_code_comes_out_with_its_gs_separators_not_hri_brackets(name: str) -> None:
    """Issue 17: a GS1 code reads as its element string with GS (0x1D) separators, not "(01)...(21)..."."""
    assert [r.text for r in make_decoder(name).decode(gs1_code())] == [GS1_PAYLOAD]


@pytest.mark.parametrize("name", EXACT_DECODERS + OPENCV_DECODERS)
@pytest.mark.parametrize("payload", ["HS\x1d0001\x1d2026", "\x01\x10AD:SUB", "TAB\tEND\r\n"])
def test_control_characters_come_out_as_the_characters(name: str, payload: str) -> None:
    """Issue 17: control characters in a payload are returned as such, not as "<GS>", "<SOH>"."""
    assert [r.text for r in make_decoder(name).decode(byte_code(payload))] == [payload]


@pytest.mark.parametrize("name", EXACT_DECODERS + OPENCV_DECODERS)
def test_vietnamese_cccd_payload_comes_out_exactly(name: str) -> None:
    """Issue 17: the chip ID card's UTF-8 payload (Vietnamese diacritics, "|" separators) reads back unchanged."""
    assert [r.text for r in make_decoder(name).decode(byte_code(CCCD))] == [CCCD]


@pytest.mark.parametrize("name", EXACT_DECODERS + OPENCV_DECODERS)
@pytest.mark.parametrize(("payload", "encoding"), [("MECARD:N:測試;;", "utf-8"), ("ﾃﾞｻﾞｲﾝQR\r\nhttp://d-qr.net/ex/", "shift_jis")])
def test_payloads_without_eci_are_not_misread_in_another_charset(name: str, payload: str, encoding: str) -> None:
    """Issue 17: ZBar's own charset guess reads UTF-8 Chinese as Big5 and OpenCV reads Shift-JIS as Latin-1;
    the decoders return the text that was encoded."""
    assert [r.text for r in make_decoder(name).decode(byte_code(payload, encoding))] == [payload]


def test_opencv_decoders_never_return_an_altered_gs1_payload() -> None:
    """Issue 17: OpenCV cannot say whether a code is GS1; it returns the exact payload or nothing."""
    for name in OPENCV_DECODERS:
        assert [r.text for r in make_decoder(name).decode(gs1_code())] in ([], [GS1_PAYLOAD])


def test_raw_bytes_become_text_without_losing_a_byte() -> None:
    """Issue 17: UTF-8 first, then Shift-JIS, then ISO-8859-1, which maps every byte."""
    assert text_from_bytes(CCCD.encode()) == CCCD
    assert text_from_bytes("ﾃﾞｻﾞｲﾝ".encode("shift_jis")) == "ﾃﾞｻﾞｲﾝ"
    assert text_from_bytes(b"\x1d\xff\x80") == "\x1d\xff\x80"
