"""VietQR payloads: the CRC check values from DOMAIN.md, field layout, and round trips."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk_app.domain.vietqr import VietQrPayment, crc16_ccitt_false, parse_tlv, verify


def test_crc_check_value() -> None:
    assert f"{crc16_ccitt_false(b'123456789'):04X}" == "29B1"


def test_crc_of_the_published_example() -> None:
    body = ("00020101021238530010A0000007270123000697043201091290057180208QRIBFTTA53037045802VN"
            "5920NGUYEN PHAM THUY LAN62390835Thanh toan don hang cho Bean Bakery6304")
    assert f"{crc16_ccitt_false(body.encode()):04X}" == "3AA2"


def test_dynamic_payment_fields() -> None:
    payload = VietQrPayment("970415", "113366668888", 2_500_000, "Lệ phí hồ sơ 000.00.00.G06-261128-0001").payload()
    fields = parse_tlv(payload)
    assert fields["00"] == "01" and fields["01"] == "12" and fields["53"] == "704" and fields["58"] == "VN"
    assert fields["54"] == "2500000"
    merchant = parse_tlv(fields["38"])
    assert merchant["00"] == "A000000727" and merchant["02"] == "QRIBFTTA"
    assert parse_tlv(merchant["01"]) == {"00": "970415", "01": "113366668888"}
    assert parse_tlv(fields["62"])["08"] == "Le phi ho so 000.00.00.G06-261128-0001"
    assert verify(payload)
    assert not verify(payload[:-1] + ("0" if payload[-1] != "0" else "1"))


def test_static_code_has_no_amount() -> None:
    fields = parse_tlv(VietQrPayment("970436", "0011001234567").payload())
    assert fields["01"] == "11" and "54" not in fields


@pytest.mark.parametrize("bin_,account,amount",
                         [("97041", "1", None), ("970415", "", None), ("970415", "12 3", None), ("970415", "1", 0)])
def test_invalid_inputs_are_refused(bin_: str, account: str, amount: int | None) -> None:
    with pytest.raises(ValueError):
        VietQrPayment(bin_, account, amount)


@given(account=st.text("0123456789", min_size=6, max_size=19), amount=st.integers(1, 10**12), purpose=st.text(max_size=80))
def test_any_payment_verifies(account: str, amount: int, purpose: str) -> None:
    payload = VietQrPayment("970415", account, amount, purpose).payload()
    assert verify(payload)
    assert payload.isascii()
