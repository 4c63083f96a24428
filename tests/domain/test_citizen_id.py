"""Tests of the chip citizen ID card QR parser."""
from __future__ import annotations

from datetime import date

import pytest

from kiosk_app.domain.citizen_id import (
    CitizenIdError,
    CitizenIdProblem,
    format_citizen_id_qr,
    mask_id_number,
    parse_citizen_id_qr,
)

VALID = "001090123456|012345678|Nguyễn Văn A|01011990|Nam|Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|15042021"


def test_valid_payload_gives_every_field() -> None:
    card = parse_citizen_id_qr(VALID)
    assert card.id_number == "001090123456"
    assert card.old_id_number == "012345678"
    assert card.full_name == "Nguyễn Văn A"
    assert card.date_of_birth == date(1990, 1, 1)
    assert card.sex == "Nam"
    assert card.address == "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội"
    assert card.issue_date == date(2021, 4, 15)
    assert card.extra_fields == ()


def test_bytes_and_scanner_line_break_accepted_and_round_trip() -> None:
    card = parse_citizen_id_qr((VALID + "\r\n").encode("utf-8"))
    assert format_citizen_id_qr(card) == VALID


def test_empty_old_id_is_none_and_female() -> None:
    card = parse_citizen_id_qr("079184000111||Trần Thị Bình|29021984|Nữ|Quận 1, TP Hồ Chí Minh|01072024")
    assert card.old_id_number is None
    assert card.sex == "Nữ"
    assert card.date_of_birth == date(1984, 2, 29)


def test_decomposed_unicode_is_normalised() -> None:
    import unicodedata

    card = parse_citizen_id_qr(unicodedata.normalize("NFD", VALID))
    assert card.full_name == "Nguyễn Văn A"
    assert card.sex == "Nam"


def test_extra_trailing_fields_accepted() -> None:
    card = parse_citizen_id_qr(VALID + "|Nguyễn Văn B|Lê Thị C|")
    assert card.extra_fields == ("Nguyễn Văn B", "Lê Thị C", "")
    assert card.id_number == "001090123456"


@pytest.mark.parametrize("payload", ["001090123456|012345678|Nguyễn Văn A|01011990|Nam|Hà Nội", "abc", "a|b"])
def test_wrong_field_count_rejected(payload: str) -> None:
    with pytest.raises(CitizenIdError) as info:
        parse_citizen_id_qr(payload)
    assert info.value.problem is CitizenIdProblem.FIELD_COUNT


@pytest.mark.parametrize(
    ("dob", "issue", "problem"),
    [
        ("31021990", "15042021", CitizenIdProblem.DATE_OF_BIRTH),
        ("1011990", "15042021", CitizenIdProblem.DATE_OF_BIRTH),
        ("01.01.90", "15042021", CitizenIdProblem.DATE_OF_BIRTH),
        ("01011990", "15132021", CitizenIdProblem.ISSUE_DATE),
        ("01011990", "", CitizenIdProblem.ISSUE_DATE),
        ("01011990", "01011980", CitizenIdProblem.ISSUE_DATE),
        ("01011890", "15042021", CitizenIdProblem.DATE_OF_BIRTH),
    ],
)
def test_bad_dates_rejected(dob: str, issue: str, problem: CitizenIdProblem) -> None:
    payload = f"001090123456|012345678|Nguyễn Văn A|{dob}|Nam|Hà Nội|{issue}"
    with pytest.raises(CitizenIdError) as info:
        parse_citizen_id_qr(payload)
    assert info.value.problem is problem


def test_future_dates_rejected_with_a_clock() -> None:
    with pytest.raises(CitizenIdError) as info:
        parse_citizen_id_qr(VALID, today=date(2021, 4, 14))
    assert info.value.problem is CitizenIdProblem.ISSUE_DATE
    assert parse_citizen_id_qr(VALID, today=date(2021, 4, 15)).issue_date == date(2021, 4, 15)


@pytest.mark.parametrize("id_number", ["00109012345A", "00109012345", "0010901234567", "", "００１０９０１２３４５６"])
def test_non_digit_or_wrong_length_id_rejected(id_number: str) -> None:
    with pytest.raises(CitizenIdError) as info:
        parse_citizen_id_qr(f"{id_number}|012345678|Nguyễn Văn A|01011990|Nam|Hà Nội|15042021")
    assert info.value.problem is CitizenIdProblem.ID_NUMBER
    assert id_number not in info.value.detail or not id_number


@pytest.mark.parametrize("payload", ["", "   ", "\r\n", b""])
def test_empty_rejected(payload: str | bytes) -> None:
    with pytest.raises(CitizenIdError) as info:
        parse_citizen_id_qr(payload)
    assert info.value.problem is CitizenIdProblem.EMPTY
    assert info.value.code is CitizenIdProblem.EMPTY and info.value.params == {}  # worded by ui.messages


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        ("001090123456|12345|Nguyễn Văn A|01011990|Nam|Hà Nội|15042021", CitizenIdProblem.OLD_ID),
        ("001090123456|012345678||01011990|Nam|Hà Nội|15042021", CitizenIdProblem.NAME),
        ("001090123456|012345678|Nguyễn V4n A|01011990|Nam|Hà Nội|15042021", CitizenIdProblem.NAME),
        ("001090123456|012345678|Nguyễn Văn A|01011990|Male|Hà Nội|15042021", CitizenIdProblem.SEX),
        ("001090123456|012345678|Nguyễn Văn A|01011990|Nam| |15042021", CitizenIdProblem.ADDRESS),
        ("x" * 5000, CitizenIdProblem.TOO_LONG),
        (b"\xff\xfe|||", CitizenIdProblem.FIELD_COUNT),
    ],
)
def test_other_malformed_fields_rejected(payload: str | bytes, problem: CitizenIdProblem) -> None:
    with pytest.raises(CitizenIdError) as info:
        parse_citizen_id_qr(payload)
    assert info.value.problem is problem


def test_error_never_carries_the_id_number() -> None:
    with pytest.raises(CitizenIdError) as info:
        parse_citizen_id_qr("001090123456|012345678|Nguyễn Văn A|01011990|Nam|Hà Nội|99999999")
    assert "001090123456" not in str(info.value)
    assert "001090123456" not in info.value.detail


def test_mask_and_repr_hide_the_id() -> None:
    assert mask_id_number("001090123456") == "001******456"
    assert mask_id_number("12345") == "*****"
    card = parse_citizen_id_qr(VALID)
    assert card.masked_id == "001******456"
    assert "001090123456" not in repr(card)
    assert "Nguyễn" not in repr(card)


def test_twelve_digit_old_id_number_is_accepted() -> None:
    """Issue 14: a 12-digit old ID (CMND issued 2012-2016) in the old-ID field is accepted as the old number,
    by the field's position: the 12-digit CCCD number stays the ID number."""
    card = parse_citizen_id_qr("001090123456|001090555777|Nguyễn Văn A|01011990|Nam|Hà Nội|15042021")
    assert card.id_number == "001090123456"
    assert card.old_id_number == "001090555777"
    for bad in ("0010905557", "00109055577788", "00109055577x"):
        with pytest.raises(CitizenIdError) as caught:
            parse_citizen_id_qr(f"001090123456|{bad}|Nguyễn Văn A|01011990|Nam|Hà Nội|15042021")
        assert caught.value.problem is CitizenIdProblem.OLD_ID


@pytest.mark.parametrize("name", ["Nguyá»…n Văn A", "Tráº§n Thá»‹ BÃ¬nh", "Nguyá»\x85n Văn A"])
def test_mis_decoded_utf8_is_rejected(name: str) -> None:
    """Issue 14: UTF-8 read as Latin-1/cp1252 ("Nguyá»…n") is refused so that the citizen scans again."""
    with pytest.raises(CitizenIdError) as caught:
        parse_citizen_id_qr(f"001090123456||{name}|01011990|Nam|Hà Nội|15042021")
    assert caught.value.problem is CitizenIdProblem.MOJIBAKE


def test_mis_decoded_address_is_rejected_and_real_vietnamese_is_not() -> None:
    """Issue 14: the check covers every field, and never fires on correctly written Vietnamese."""
    address = "Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội"
    mangled = address.encode("utf-8").decode("cp1252", errors="replace")
    with pytest.raises(CitizenIdError) as caught:
        parse_citizen_id_qr(f"001090123456||Nguyễn Văn A|01011990|Nam|{mangled}|15042021")
    assert caught.value.problem is CitizenIdProblem.MOJIBAKE
    names = "Ánh Ân Âu Ấn Ầm Ẩn Ẫu Ậu Ắc Ằng Ẳm Ẵng Ặt Áo Ái Ước Ứng Ừng Ửa Ữa Ựa Ơn Ớt Ờ Ở Ỡ Ợ Ê Ế Ề Ể Ễ Ệ Đăng Âm"
    card = parse_citizen_id_qr(f"001090123456||{names}|01011990|Nam|Hà Nội|15042021")
    assert card.full_name == names


@pytest.mark.parametrize(("number", "dob", "sex", "ok"), [
    ("001090123456", "01011990", "Nam", True),    # 0: man born 1900-1999, year digits 90
    ("001190123456", "01011990", "Nữ", True),     # 1: woman born 1900-1999
    ("001205123456", "01012005", "Nam", True),    # 2: man born 2000-2099
    ("001305123456", "01012005", "Nữ", True),     # 3: woman born 2000-2099
    ("001090123456", "01011990", "Nữ", False),    # sex digit says man
    ("001190123456", "01011990", "Nam", False),   # sex digit says woman
    ("001290123456", "01011990", "Nam", False),   # century digit says 2000s
    ("001091123456", "01011990", "Nam", False),   # year digits 91, born 1990
])
def test_century_sex_and_year_digits_are_cross_checked(number: str, dob: str, sex: str, ok: bool) -> None:
    """Issue 14: the ID number's century/sex digit and year digits must agree with date of birth and sex."""
    payload = f"{number}||Nguyễn Văn A|{dob}|{sex}|Hà Nội|15042021"
    if ok:
        assert parse_citizen_id_qr(payload).id_number == number
    else:
        with pytest.raises(CitizenIdError) as caught:
            parse_citizen_id_qr(payload)
        assert caught.value.problem is CitizenIdProblem.ID_MISMATCH
