"""Issue 19, "one of each": money, dates and catalogue texts are formatted by one module."""
from __future__ import annotations

import ast
from datetime import date, datetime

from kiosk_app.domain.formatting import day, localized, moment, vnd
from kiosk_app.paths import REPO_ROOT


def test_money_dates_and_times_as_vietnamese_forms_write_them() -> None:
    assert vnd(12_500_000) == "12.500.000 đ"
    assert vnd(0) == "0 đ"
    assert day(date(2026, 3, 4)) == "04/03/2026"
    assert moment(datetime(2026, 3, 4, 9, 5)) == "09:05 04/03/2026"


def test_catalogue_text_in_the_session_language_with_a_fallback() -> None:
    assert localized("vi", "Cấp phép", "Licence") == "Cấp phép"
    assert localized("en", "Cấp phép", "Licence") == "Licence"
    assert localized("en", "Cấp phép", None) == "Cấp phép"  # no English text: the Vietnamese one
    assert localized("vi", None, "Licence") == "Licence"
    assert localized("vi", None, None) == ""


def test_each_formatter_is_defined_once_in_the_product() -> None:
    """Finding "one of each": ``vnd``, ``day`` and ``moment`` had copies in kiosk_app.receipts and
    ui.screens.browse_support; only kiosk_app/domain/formatting.py defines them now."""
    definitions: dict[str, list[str]] = {"vnd": [], "day": [], "moment": []}
    for package in ("kiosk_app", "ui", "devices"):
        for path in sorted((REPO_ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef) and node.name in definitions:
                    definitions[node.name].append(str(path.relative_to(REPO_ROOT)))
    assert definitions == {name: ["kiosk_app/domain/formatting.py"] for name in definitions}
