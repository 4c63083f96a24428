"""Plain Vietnamese for what the staff console shows from kiosk heartbeats: counters, devices, states.

Heartbeats carry the kiosk's internal names (``paper_left_mm``, ``no_device``); reception officers
read "Giấy còn lại: 80 m" and "Không có thiết bị". A name this module does not know is shown as it
came, so a newer kiosk's counter is still visible.
"""
from __future__ import annotations

from datetime import date, datetime

from jinja2 import Environment

COUNTER_NAMES = {
    "sessions": "Lượt sử dụng",
    "submissions": "Hồ sơ đã nộp",
    "dossiers_submitted": "Hồ sơ đã nộp",
    "pages_scanned": "Trang đã quét",
    "receipts_printed": "Phiếu tiếp nhận đã in",
    "tickets_printed": "Số thứ tự đã in",
    "paper_mm": "Giấy đã dùng từ lần thay cuộn",
    "paper_left_mm": "Giấy còn lại",
}
DEVICE_NAMES = {"printer": "Máy in phiếu", "camera": "Camera", "qr": "Đầu đọc QR", "card": "Đầu đọc thẻ CCCD"}
DEVICE_STATES = {
    "online": "Hoạt động", "offline": "Mất kết nối", "busy": "Đang bận", "no_device": "Không có thiết bị",
    "hardware_error": "Lỗi phần cứng", "user_error": "Cần người dùng xử lý",
}
MEDIA_STATES = {
    "ok": "Giấy đủ", "near_end": "Sắp hết giấy", "out": "Hết giấy", "jammed": "Kẹt giấy",
    "cover_open": "Nắp máy in đang mở", "unknown": "Không rõ tình trạng giấy",
}
DATE_FORMAT = "%d/%m/%Y"
DATE_PLACEHOLDER = "dd/mm/yyyy"


def number_vi(value: float | int) -> str:
    """80000 -> "80.000"; 1.5 -> "1,5" (Vietnamese grouping and decimal comma)."""
    if isinstance(value, float) and not value.is_integer():
        whole, _, fraction = f"{value:,.1f}".partition(".")
        return whole.replace(",", ".") + "," + fraction
    return f"{int(value):,}".replace(",", ".")


def counter_name(name: str) -> str:
    return COUNTER_NAMES.get(name, name)


def counter_value(name: str, value: float | int) -> str:
    """A counter's value with its unit: paper lengths in metres, the rest as plain counts."""
    if name in ("paper_left_mm", "paper_mm"):
        metres = value / 1000
        return f"{number_vi(round(metres, 1) if metres < 10 else round(metres))} m"
    return number_vi(value)


def device_name(name: str) -> str:
    return DEVICE_NAMES.get(name, name)


def device_state(state: str | None) -> str:
    return DEVICE_STATES.get(state or "", state or "")


def media_state(media: str | None) -> str:
    return MEDIA_STATES.get(media or "", media or "")


def day_vi(value: date | datetime | None) -> str:
    """dd/mm/yyyy, whatever the browser's locale."""
    return value.strftime(DATE_FORMAT) if value is not None else ""


def parse_day(text: str | None) -> date | None:
    """A day typed as dd/mm/yyyy (also d/m/yyyy, or with '-' or '.') or ISO yyyy-mm-dd; None when empty.

    Raises ValueError for anything else, so the console can say so instead of ignoring the filter.
    """
    text = (text or "").strip()
    if not text:
        return None
    if len(text) > 10 or not text.isascii():  # '²'.isdigit() is true, int('²') is not
        raise ValueError(text)
    day: date | None = None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        for separator in ("/", "-", "."):
            parts = text.split(separator)
            if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
                day = date(int(parts[2]), int(parts[1]), int(parts[0]))  # ValueError for 31/02/2026
                break
    if day is None or not 1900 <= day.year <= 9000:  # year 1 overflows once shifted from UTC+7 to UTC
        raise ValueError(text)
    return day


def install(env: Environment) -> None:
    """Register the filters the console templates use on a Jinja environment."""
    filters = env.filters
    filters["number_vi"] = number_vi
    filters["counter_name"] = counter_name
    filters["counter_value"] = counter_value
    filters["device_name"] = device_name
    filters["device_state"] = device_state
    filters["media_state"] = media_state
    filters["day_vi"] = day_vi
