"""Masking of personal data (ID numbers, phone numbers, e-mail addresses) for logs and diagnostics."""
from __future__ import annotations

import logging
import re

# 12-digit citizen ID, 9-digit old ID, 10-digit phone (optionally +84 / spaced), 10/13-digit tax codes.
_ID_OR_PHONE = re.compile(r"(?<!\d)(\+?84[\s.]?|0)?(\d[\s.]?){8,12}\d(?!\d)")
_EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def _mask_digits(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    if len(digits) < 9:
        return match.group(0)
    return digits[:3] + "*" * (len(digits) - 6) + digits[-3:]


def mask(text: str) -> str:
    """Mask every ID or phone number (keep first and last three digits) and e-mail local parts."""
    text = _ID_OR_PHONE.sub(_mask_digits, text)
    return _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)


class MaskingFilter(logging.Filter):
    """A logging filter that masks personal data in the formatted message of every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True
