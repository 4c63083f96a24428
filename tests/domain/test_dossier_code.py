"""Issue 21 finding 5: a dossier code or TAM- reference is read the same whatever its case and spaces."""
from __future__ import annotations

import pytest

from kiosk_app.domain.dossier_code import normalise_code
from kiosk_app.domain.tracking_qr import parse_tracking_scan

CODE = "000.00.00.G06-261203-0001"


@pytest.mark.parametrize("typed", [CODE, CODE.lower(), f"  {CODE.lower()} ", "000.00.00.g06 - 261203 - 0001",
                                   "000.00.00.G06-\u00a0261203-0001", "０００.00.00.G06-261203-0001"])
def test_a_typed_code_is_read_as_issued(typed: str) -> None:
    """Issue 21 finding 5: lower case, spaces (also no-break ones) and full-width digits do not count."""
    assert normalise_code(typed) == CODE


def test_a_provisional_reference_is_read_as_issued() -> None:
    assert normalise_code(" tam-k01-261203-abcdef") == "TAM-K01-261203-ABCDEF"


def test_nothing_else_changes() -> None:
    """Dots, dashes and digits stay where they are: two different codes never become one."""
    assert normalise_code("000.00.00.G06-261203-0001") != normalise_code("000.00.00.G06-261203-0010")
    assert normalise_code("") == "" and normalise_code(" \t\n") == ""


def test_a_scanned_code_is_read_as_issued() -> None:
    """Issue 21 finding 5: a bare code, a kiosk payload and a tracking link scanned in lower case."""
    assert parse_tracking_scan(CODE.lower()) == (CODE, None)
    assert parse_tracking_scan(f"MOTCUA:{CODE.lower()}:tok") == (CODE, "tok")
    assert parse_tracking_scan(f"https://motcua.example.vn/track/{CODE.lower()}?t=tok") == (CODE, "tok")
