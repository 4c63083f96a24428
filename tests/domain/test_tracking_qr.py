"""The receipt's tracking QR: what it may hold (never an address a phone cannot open) and how a scan is read."""
from __future__ import annotations

import pytest

from kiosk_app.domain.tracking_qr import is_kiosk_only, is_public_url, parse_tracking_scan, receipt_qr_payload

CODE, TOKEN = "000.00.00.G06-261128-0001", "q1W_-abc"


@pytest.mark.parametrize(("url", "public"), [
    ("https://motcua.example.gov.vn", True), ("http://dichvucong.gov.vn/track", True), ("https://8.8.8.8", True),
    ("http://127.0.0.1:43117", False), ("http://localhost:8800", False), ("http://10.1.2.3", False),
    ("http://172.16.0.1", False), ("http://192.168.0.10:8800", False), ("http://[::1]", False),
    ("http://[fd00::1]", False), ("http://169.254.1.1", False), ("http://0.0.0.0", False),
    ("http://printer.local", False), ("http://intranet", False), ("ftp://motcua.example.gov.vn", False), ("", False),
])
def test_public_urls(url: str, public: bool) -> None:
    """Finding 1: only addresses a phone on the internet can reach count as public."""
    assert is_public_url(url) is public


def test_payload_prefers_the_configured_public_address() -> None:
    """Finding 1: with a public address set, the QR is a link under it, whatever the server said."""
    payload = receipt_qr_payload(CODE, TOKEN, "https://motcua.example.gov.vn/", "http://127.0.0.1:41234/track/x?t=y")
    assert payload == f"https://motcua.example.gov.vn/track/{CODE}?t={TOKEN}"


def test_payload_uses_a_public_server_link_and_never_a_loopback_one() -> None:
    """Finding 1: the server's own link is kept only when it is public; a loopback one becomes the kiosk payload."""
    public = f"https://motcua.example.gov.vn/track/{CODE}?t={TOKEN}"
    assert receipt_qr_payload(CODE, TOKEN, "", public) == public
    loopback = receipt_qr_payload(CODE, TOKEN, "", f"http://127.0.0.1:41234/track/{CODE}?t={TOKEN}")
    assert loopback == f"MOTCUA:{CODE}:{TOKEN}" and is_kiosk_only(loopback)
    assert "127.0.0.1" not in receipt_qr_payload(CODE, TOKEN, "http://192.168.1.5", "http://127.0.0.1:1/")


def test_scans_of_links_kiosk_payloads_and_codes() -> None:
    """Finding 1: the kiosk reads back every form the receipt's QR can take."""
    assert parse_tracking_scan(f"MOTCUA:{CODE}:{TOKEN}") == (CODE, TOKEN)
    assert parse_tracking_scan(receipt_qr_payload(CODE, TOKEN)) == (CODE, TOKEN)
    assert parse_tracking_scan(f"https://motcua.example.gov.vn/track/{CODE}?t=abc%2Bd") == (CODE, "abc+d")
    assert parse_tracking_scan("MOTCUA:tam-kiosk1-261128-abcdef:") == ("TAM-KIOSK1-261128-ABCDEF", None)
    assert parse_tracking_scan("MOTCUA:not a code:x") is None
    assert parse_tracking_scan("tam-kiosk1-261128-ABCDEF") == ("TAM-KIOSK1-261128-ABCDEF", None)
    assert parse_tracking_scan("https://example.vn/other/page") is None
