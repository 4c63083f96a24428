"""Issue 21, "Wording": one name for each place and action. docs/glossary.md lists, per term, the variants
not to say; no Vietnamese translation of the kiosk uses them."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from kiosk_app import i18n_build
from kiosk_app.paths import REPO_ROOT

GLOSSARY = REPO_ROOT / "docs" / "glossary.md"


def forbidden_variants() -> dict[str, str]:
    """Each variant of the glossary's "Do not say" column (in backticks) -> the term to say instead."""
    variants: dict[str, str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) != 4 or cells[0] in ("Vietnamese", "---"):
            continue
        for variant in re.findall(r"`([^`]+)`", cells[3]):
            variants[variant] = cells[0]
    return variants


def translations() -> list[tuple[str, str, str]]:
    """(context, English source, Vietnamese translation) of every message."""
    root = ET.parse(i18n_build.I18N_DIR / "kiosk_vi.ts").getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", "".join(msg.find("translation").itertext()))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def uses(text: str, variant: str) -> bool:
    """``variant`` appears in ``text`` as whole words (case-insensitive): "bạn" is not in "bản"."""
    return re.search(rf"(?<!\w){re.escape(variant)}(?!\w)", text, re.IGNORECASE) is not None


def test_the_glossary_names_variants_not_to_say() -> None:
    """The glossary is the table the wording test reads: a broken table would make the next test pass
    vacuously."""
    variants = forbidden_variants()
    assert {"bạn", "ki-ốt", "phiếu tiếp nhận", "tra cứu hồ sơ", "gõ"} <= set(variants)
    assert variants["bạn"] == "Ông/Bà"


def test_no_translation_uses_a_variant_the_glossary_forbids() -> None:
    """Issue 21, "Wording": the citizen is "Ông/Bà", the receipt is always "Giấy tiếp nhận", tracking is
    always "Xem tình trạng hồ sơ"… (docs/glossary.md, column "Do not say")."""
    variants = forbidden_variants()
    found = [
        f"{context} · {source[:60]!r}: says {variant!r}, glossary says {term!r}"
        for context, source, text in translations()
        for variant, term in variants.items()
        if uses(text, variant)
    ]
    assert found == [], "\n".join(found)


def test_the_matcher_finds_whole_words_only() -> None:
    assert uses("Hồ sơ của Bạn", "bạn")
    assert not uses("bản chính", "bạn")
    assert uses("Quét mã để tra cứu hồ sơ.", "tra cứu hồ sơ")
