"""The personal-data consent text: a versioned document, the same for the kiosk and the server (issue 14).

The text lives in ``resources/consent/consent.<language>.txt``: paragraphs separated by a blank line. A
paragraph marked ``[post]`` is shown only when the result goes by post (the postal service then receives
data); one marked ``[sensitive]`` only when a document of the procedure carries sensitive personal data
(its names fill ``{documents}``). The version of a consent is the SHA-256 of the exact text shown, in the
citizen's language, so the server can tell which words the citizen agreed to.

Like :mod:`kiosk_app.api.schemas` this module imports nothing else from ``kiosk_app`` and nothing from Qt:
the server renders the same text to check a version and to show it to the staff.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kiosk_app.api.schemas import DocumentComponent

CONSENT_DIR = Path(__file__).resolve().parents[2] / "resources" / "consent"
LANGUAGES = ("vi", "en")
VERSION_PATTERN = r"^[0-9a-f]{64}$"
_MARK = re.compile(r"^\[(post|sensitive)\]\s*")


@dataclass(frozen=True)
class ConsentText:
    """The consent text as shown to one citizen, and its version (SHA-256 hex of the text)."""

    language: str
    text: str
    post: bool
    sensitive: tuple[str, ...]  # the names of the documents with sensitive data, as the text lists them

    @property
    def version(self) -> str:
        return consent_version(self.text)

    @property
    def post_paragraph(self) -> str:
        """The paragraph about the postal service (what the delivery step shows when post is chosen)."""
        return next((p for mark, p in _paragraphs(self.language) if mark == "post"), "")


def consent_version(text: str) -> str:
    """The version of a consent text: the SHA-256 of its UTF-8 bytes (NFC), lower-case hex."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


@cache
def _paragraphs(language: str) -> tuple[tuple[str, str], ...]:
    """(mark, paragraph) of the document in ``language``; mark is "", "post" or "sensitive"."""
    if language not in LANGUAGES:
        raise ValueError(f"no consent text in {language!r}")
    raw = (CONSENT_DIR / f"consent.{language}.txt").read_text(encoding="utf-8")
    parts = []
    for block in re.split(r"\n\s*\n", unicodedata.normalize("NFC", raw).strip()):
        paragraph = " ".join(block.split())
        match = _MARK.match(paragraph)
        parts.append((match.group(1), paragraph[match.end():]) if match else ("", paragraph))
    return tuple(parts)


def _join(language: str, names: Sequence[str]) -> str:
    conjunction = " và " if language == "vi" else " and "
    quoted = [f"“{name}”" for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + conjunction + quoted[-1]


def sensitive_documents(components: Sequence[DocumentComponent], language: str) -> tuple[str, ...]:
    """The names (in ``language``) of the documents that carry sensitive personal data."""
    return tuple(c.name_en if language == "en" else c.name_vi for c in components if c.sensitive)


def consent_text(language: str, components: Sequence[DocumentComponent], post: bool) -> ConsentText:
    """The text shown to a citizen: in ``language``, for the procedure's ``components`` and the delivery."""
    sensitive = sensitive_documents(components, language)
    shown = []
    for mark, paragraph in _paragraphs(language):
        if mark == "post" and not post:
            continue
        if mark == "sensitive":
            if not sensitive:
                continue
            paragraph = paragraph.replace("{documents}", _join(language, sensitive))
        shown.append(paragraph)
    return ConsentText(language, "\n\n".join(shown), post, sensitive)
