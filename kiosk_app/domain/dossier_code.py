"""How a dossier code or provisional reference typed by a citizen is compared: case and spaces do not count.

A dossier code is ``<agency code>-<YYMMDD>-<NNNN>`` (``000.00.00.G06-261203-0001``, DOMAIN.md) and a
provisional reference ``TAM-<kiosk>-<YYMMDD>-<6 chars>``; both are issued in upper case without spaces.
A citizen copies them from paper, on a keyboard that may be in lower case, and may leave the spaces
they saw between the groups. :func:`normalise_code` turns what was typed (or scanned) into the issued
form; every look-up on the kiosk goes through it. The server applies the same rule in its own look-up
(``server.dossiers.canonical_code``: the server may share only the wire schemas with the kiosk), and a
test checks that the two agree.
"""
from __future__ import annotations

import unicodedata

__all__ = ["normalise_code"]


def normalise_code(text: str) -> str:
    """``text`` as issued: compatibility forms folded (full-width letters), every space removed, upper case."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(folded.split()).upper()
