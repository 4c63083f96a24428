"""What the receipt's tracking QR code holds, and how a scanned one is read back.

A citizen scans the receipt's QR with a phone, so it may only hold a link that a phone can open:
one under the configured public tracking address (the ministry's portal or the reference server's
public URL), or the backend's own link when that is public. A loopback, private, link-local or
``.local`` address is never printed. Without any public address the QR holds a compact payload
``MOTCUA:<code>:<token>`` that only a kiosk's scanner reads.
"""
from __future__ import annotations

import ipaddress
import re
from urllib.parse import parse_qs, quote, unquote, urlparse

from kiosk_app.domain.dossier_code import normalise_code

KIOSK_PAYLOAD_PREFIX = "MOTCUA:"
_TRACK_PATH = re.compile(r"/track/([^/?#]+)/?$")
_CODE = re.compile(r"[A-Za-z0-9.\-]{4,60}")
_TOKEN = re.compile(r"[A-Za-z0-9_\-+/=.~%]{1,200}")


def is_public_url(url: str) -> bool:
    """True for an http(s) URL whose host a phone on the internet could reach.

    Loopback, private (RFC 1918, ULA), link-local, unspecified and reserved IP addresses are not
    public; neither are ``localhost`` and mDNS ``.local`` names or a dotless host name.
    """
    try:
        parsed = urlparse(url.strip())
        host = parsed.hostname
    except ValueError:
        return False
    if parsed.scheme not in ("http", "https") or not host:
        return False
    host = host.rstrip(".").lower()
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if host == "localhost" or host.endswith((".localhost", ".local", ".internal", ".lan", ".home.arpa")):
            return False
        return "." in host
    return address.is_global and not address.is_multicast


def tracking_link(base: str, code: str, token: str) -> str:
    """``<base>/track/<code>?t=<token>``, the link the reference server answers."""
    return f"{base.rstrip('/')}/track/{quote(code, safe='')}?t={quote(token, safe='')}"


def kiosk_payload(code: str, token: str) -> str:
    """The compact payload a kiosk's scanner reads when no public address exists."""
    return f"{KIOSK_PAYLOAD_PREFIX}{code}:{token}"


def receipt_qr_payload(code: str, token: str, public_base: str = "", server_link: str = "") -> str:
    """What the receipt's tracking QR holds.

    A link under ``public_base`` when that is public; else the backend's own link (``server_link``)
    when that is public; else the kiosk-only payload.
    """
    if public_base and is_public_url(public_base):
        return tracking_link(public_base, code, token)
    if server_link and is_public_url(server_link):
        return server_link
    return kiosk_payload(code, token)


def is_kiosk_only(payload: str) -> bool:
    """True when a QR payload can only be read at a kiosk (not opened by a phone)."""
    return payload.startswith(KIOSK_PAYLOAD_PREFIX)


def parse_tracking_scan(text: str) -> tuple[str, str | None] | None:
    """(code, token) from a scanned receipt QR: a tracking link, a ``MOTCUA:`` payload, or a bare code."""
    text = text.strip()
    if not text or len(text) > 500:
        return None
    if text.upper().startswith(KIOSK_PAYLOAD_PREFIX):
        code, _, token = text[len(KIOSK_PAYLOAD_PREFIX):].partition(":")
        if not _CODE.fullmatch(code) or (token and not _TOKEN.fullmatch(token)):
            return None
        return normalise_code(code), token or None
    url = urlparse(text)
    if url.scheme in ("http", "https"):
        match = _TRACK_PATH.search(url.path)
        if not match:
            return None
        tokens = parse_qs(url.query).get("t")
        return normalise_code(unquote(match.group(1))), (tokens[0] or None) if tokens else None
    if _CODE.fullmatch(text):
        return normalise_code(text), None
    return None
