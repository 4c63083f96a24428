"""Personal data is masked in logs: citizen ID numbers, phone numbers, e-mail addresses."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk_app.logging_setup import configure_logging
from kiosk_app.privacy import mask


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CCCD 001090123456 scanned", "CCCD 001******456 scanned"),
        ("old ID 012345678", "old ID 012***678"),
        ("phone 0912345678", "phone 091****678"),
        ("phone +84 912 345 678", "phone 849*****678"),
        ("phone 0912.345.678 ok", "phone 091****678 ok"),
        ("email nguyen.anh@example.vn", "email n***@example.vn"),
        ("dossier 000.00.00.G06-251219-0001", "dossier 000.00.00.G06-251219-0001"),
        ("took 1234 ms", "took 1234 ms"),
    ],
)
def test_mask(text: str, expected: str) -> None:
    assert mask(text) == expected


def test_log_file_never_holds_the_numbers(tmp_path: Path) -> None:
    path = configure_logging(tmp_path, console=False)
    try:
        logging.getLogger("kiosk.test").info("applicant %s phone %s", "001090123456", "0912345678")
        for handler in logging.getLogger().handlers:
            handler.flush()
        content = path.read_text(encoding="utf-8")
        assert "001******456" in content and "091****678" in content
        assert "001090123456" not in content and "0912345678" not in content
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_kiosk", False)]:
            root.removeHandler(handler)
            handler.close()
