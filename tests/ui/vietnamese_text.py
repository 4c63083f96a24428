"""What a Vietnamese screen must not show: text left in English (issue 21, "no English on Vietnamese
screens"). Helpers of tests/ui/test_vietnamese_screens.py.

A word written without any Vietnamese letter is English unless it could be a Vietnamese syllable written
without marks ("in", "ban", "nhan hieu" typed without accents are Vietnamese; "printer", "paper", "out"
are not): the syllable
pattern below is Vietnamese phonotactics (initial consonant, unmarked vowel nucleus, final consonant).
A few names are used as they are (docs/glossary.md, "Allowed as they are").
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from PySide6.QtGui import QAccessible, QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk_app import i18n_build

#: Names, units and loan words used as they are on Vietnamese screens (see docs/glossary.md).
ALLOWED = frozenset({
    "qr", "vietqr", "vneid", "vnpost", "pin", "kiosk", "camera", "mm", "ms", "m", "km", "gmail", "com",
    "tam", "g06", "proxy", "qa", "wav",
    "english",  # the language switch names the other language in that language
    "aa",  # the text-size sign of the display button
    "abc",  # the on-screen keyboard's key back to the letters (its spoken name is translated)
    # abbreviations of Vietnamese legal documents (Nghị định …/NĐ-CP, Thông tư …/TT-BTC, Luật …/QH15)
    "cp", "tt", "btc", "qh", "ttg", "bkhcn", "btttt", "ubnd",
    # the number suffixes of the one-stop papers (server/forms/issue.py NUMBER_SUFFIX): xác nhận nộp hồ sơ, tiếp nhận
    # hồ sơ, yêu cầu bổ sung, từ chối tiếp nhận, xin lỗi hẹn lại
    "xnnhs", "tnhs", "ycbs", "tctn", "xlhl",
})

_SYLLABLE = re.compile(
    r"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?"
    r"(oai|oay|uay|uya|uyu|uye|ieu|yeu|uoi|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uy|ye|[aeiouy])"
    r"(ch|nh|ng|[cmnpt])?"
)
_WORD = re.compile(r"\w+")


def english_words(text: str) -> list[str]:
    """The words of ``text`` that no Vietnamese writer would write."""
    found = []
    for word in _WORD.findall(text):
        if not word.isascii() or not word.isalpha() or len(word) == 1 or word.lower() in ALLOWED:
            continue
        if not _SYLLABLE.fullmatch(word.lower()):
            found.append(word)
    return found


def plain(text: str) -> str:
    """A label's words without its rich-text markup."""
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text and ">" in text else text


def visible_texts(widgets: Iterable[QWidget]) -> list[tuple[QWidget, str]]:
    """Every text a visitor can see or hear: labels, button texts, placeholders, accessible names."""
    texts: list[tuple[QWidget, str]] = []
    for widget in widgets:
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((widget, plain(widget.text())))
        if isinstance(widget, QLineEdit):
            texts.append((widget, widget.placeholderText()))
        texts.append((widget, widget.accessibleName()))
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None:
            texts.append((widget, interface.text(QAccessible.Text.Name)))
    return [(widget, text.strip()) for widget, text in texts if text and text.strip()]


def english_sources() -> set[str]:
    """English source strings whose Vietnamese differs (on a Vietnamese screen they mean "untranslated")."""
    root = ET.parse(i18n_build.I18N_DIR / "kiosk_vi.ts").getroot()
    sources = set()
    for message in root.iter("message"):
        source = (message.findtext("source") or "").strip()
        if source and source != "".join(message.find("translation").itertext()).strip():
            sources.add(source)
    return sources
