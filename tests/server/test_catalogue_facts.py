"""Issue 14 part 2: the shipped catalogue cites no replaced instrument as current, names only the ministry's units
after the 2025 merger, and every entry is either verified with a source or shown with the note to confirm its time
and fee at the counter."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest

from kiosk_app.api.schemas import ProcedureDetail, TimeUnit
from server.catalogue import read_catalogue


@dataclass(frozen=True)
class Replaced:
    """An instrument no longer in force: how it is written, what replaced it and from when."""

    pattern: str  # case-insensitive regex over a legal basis or a procedure name
    instrument: str
    replaced_by: str
    since: date
    source: str


# The list the catalogue is checked against; extend it when an instrument is replaced.
REPLACED = (
    Replaced(r"Luật Năng lượng nguyên tử (năm )?2008|18/2008/QH12", "Luật Năng lượng nguyên tử 2008 (18/2008/QH12)",
             "Luật Năng lượng nguyên tử 94/2025/QH15", date(2026, 1, 1),
             "https://nhansu.vn/van-ban-phap-luat/Luat-Nang-luong-nguyen-tu-2025-so-94-2025-QH15-643689.html"),
    Replaced(r"Luật Khoa học và Công nghệ (năm )?2013|29/2013/QH13", "Luật Khoa học và Công nghệ 2013 (29/2013/QH13)",
             "Luật Khoa học, công nghệ và đổi mới sáng tạo 93/2025/QH15", date(2025, 10, 1),
             "https://vneconomy.vn/ban-hanh-ke-hoach-trien-khai-thi-hanh-luat-khoa-hoc-cong-nghe-va-doi-moi-sang-tao.htm"),
    Replaced(r"08/2010/TT-BKHCN", "Thông tư 08/2010/TT-BKHCN (khai báo, cấp phép, chứng chỉ nhân viên bức xạ)",
             "Nghị định 142/2020/NĐ-CP, then Nghị định 332/2025/NĐ-CP", date(2021, 2, 1),
             "DOMAIN.md (Corrections, December 2026); Thông tư 02/2022/TT-BKHCN guides 142/2020 instead"),
    Replaced(r"142/2020/NĐ-CP", "Nghị định 142/2020/NĐ-CP (detailed the 2008 Atomic Energy Law)",
             "Nghị định 332/2025/NĐ-CP under Luật 94/2025/QH15", date(2026, 1, 1),
             "https://nhanchinh.vn/nghi-dinh-332-2025-nd-cp-bien-phap-thi-hanh-mot-so-dieu-cua%C2%A0luat-nang-luong-nguyen-tu"),
    Replaced(r"07/2010/NĐ-CP", "Nghị định 07/2010/NĐ-CP (detailed the 2008 Atomic Energy Law)",
             "Nghị định 331/2025/NĐ-CP and 332/2025/NĐ-CP", date(2026, 1, 1),
             "https://vbpl.ts24.com.vn/support/solutions/articles/16000230683"),
    Replaced(r"08/2014/NĐ-CP", "Nghị định 08/2014/NĐ-CP (detailed the 2013 S&T Law)",
             "decrees under Luật 93/2025/QH15", date(2025, 10, 1),
             "a detailing decree lapses with the law it details (Luật Ban hành VBQPPL)"),
    Replaced(r"61/2018/NĐ-CP", "Nghị định 61/2018/NĐ-CP (one-stop mechanism)", "Nghị định 118/2025/NĐ-CP",
             date(2025, 7, 1), "DOMAIN.md (Dossier code)"),
    Replaced(r"01/2018/TT-VPCP", "Thông tư 01/2018/TT-VPCP (one-stop forms)", "Thông tư 03/2025/TT-VPCP",
             date(2025, 7, 1), "DOMAIN.md (Forms of the one-stop mechanism)"),
    Replaced(r"Luật Viễn thông (năm )?2009|41/2009/QH12", "Luật Viễn thông 2009 (41/2009/QH12)",
             "Luật Viễn thông 24/2023/QH15", date(2024, 7, 1), "https://hethongphapluat.com/luat-vien-thong-2023/dieu-33"),
    Replaced(r"thiết lập mạng viễn thông công cộng", "giấy phép thiết lập mạng viễn thông công cộng (licence type)",
             "giấy phép cung cấp dịch vụ viễn thông có / không có hạ tầng mạng (Luật Viễn thông 2023, Điều 33)",
             date(2024, 7, 1), "https://hethongphapluat.com/luat-vien-thong-2023/dieu-33"),
)

# Nghị định 55/2025/NĐ-CP, Điều 3: the ministry's 25 units (https://stp.hanam.gov.vn/Pages/quy-dinh-moi-ve-cau-to-chuc-
# cua-bo-khoa-hoc-va-cong-nghe.aspx), plus the ministry itself where the handling unit is not known.
MINISTRY_UNITS = {
    "Bộ Khoa học và Công nghệ", "Vụ Bưu chính", "Vụ Đánh giá và Thẩm định công nghệ", "Vụ Khoa học kỹ thuật và công nghệ",
    "Cục An toàn bức xạ và hạt nhân", "Cục Bưu điện Trung ương", "Cục Công nghiệp công nghệ thông tin",
    "Cục Chuyển đổi số quốc gia", "Cục Đổi mới sáng tạo", "Cục Khởi nghiệp và Doanh nghiệp công nghệ",
    "Cục Sở hữu trí tuệ", "Cục Tần số vô tuyến điện", "Cục Thông tin, Thống kê", "Cục Viễn thông",
    "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia", "Trung tâm Công nghệ thông tin",
}


def cited_replaced(procedure: ProcedureDetail) -> list[str]:
    """What ``procedure`` cites as current (legal bases, its name) that the list above says was replaced."""
    texts = [*procedure.legal_basis, *(d.number for d in procedure.legal_documents), procedure.name_vi]
    return [f"{text!r}: {r.instrument} -> {r.replaced_by} from {r.since}"
            for text in texts for r in REPLACED if re.search(r.pattern, text, re.IGNORECASE)]


CATALOGUE = read_catalogue()


def test_the_check_recognises_replaced_instruments() -> None:
    """Issue 14: the check flags the bases main's catalogue cited, and lets their replacements through."""
    sample = CATALOGUE.procedures[0]
    for old in ("Luật Năng lượng nguyên tử 2008", "Luật Khoa học và Công nghệ 2013", "Thông tư 08/2010/TT-BKHCN",
                "Nghị định 142/2020/NĐ-CP", "Nghị định 61/2018/NĐ-CP", "Thông tư 01/2018/TT-VPCP"):
        assert cited_replaced(sample.model_copy(update={"legal_basis": [old]})), old
    assert cited_replaced(sample.model_copy(update={"name_vi": "Cấp giấy phép thiết lập mạng viễn thông công cộng"}))
    for current in ("Luật Năng lượng nguyên tử 2025 (94/2025/QH15)", "Nghị định 332/2025/NĐ-CP",
                    "Luật Khoa học, công nghệ và đổi mới sáng tạo 2025 (93/2025/QH15)", "Luật Viễn thông 2023"):
        assert not cited_replaced(sample.model_copy(update={"legal_basis": [current], "name_vi": "x"})), current


@pytest.mark.parametrize("procedure", CATALOGUE.procedures, ids=lambda p: p.code)
def test_no_entry_cites_a_replaced_instrument_as_current(procedure: ProcedureDetail) -> None:
    """Issue 14: legal bases replaced in 2025 (and the abolished telecom licence) are not cited as current."""
    assert cited_replaced(procedure) == []


@pytest.mark.parametrize("procedure", CATALOGUE.procedures, ids=lambda p: p.code)
def test_every_entry_is_verified_with_a_source_or_flagged(procedure: ProcedureDetail) -> None:
    """Issue 14: an entry is verified (a source and the day it was checked) or its time and fee carry the note."""
    if procedure.verified is None:
        assert procedure.confirm_at_counter
        return
    assert not procedure.confirm_at_counter
    assert re.match(r"https?://\S+", procedure.verified.source), "a verified entry names where it was checked"
    assert procedure.verified.checked_on <= date(2026, 12, 3)
    # A verified entry states its time with its unit, and the kind of each charge.
    assert procedure.processing_times and procedure.processing_times[0].amount == procedure.processing_days
    assert all(f.kind is not None for f in procedure.fees if f.amount_vnd)


def test_some_entries_are_verified_and_the_catalogue_still_covers_the_fields() -> None:
    """Issue 14: ≥ 30 procedures across the ministry's seven fields, at least one checked against the national portal."""
    procedures = CATALOGUE.procedures
    assert len(procedures) >= 30
    assert len({p.field for p in procedures}) == 7
    assert any(p.verified and "dichvucong.gov.vn" in p.verified.source for p in procedures)


@pytest.mark.parametrize("procedure", CATALOGUE.procedures, ids=lambda p: p.code)
def test_units_are_the_ministrys_after_the_2025_merger(procedure: ProcedureDetail) -> None:
    """Issue 14: implementing units are among Decree 55/2025/NĐ-CP's units (or the ministry itself)."""
    assert procedure.implementing_unit_vi in MINISTRY_UNITS


@pytest.mark.parametrize("procedure", CATALOGUE.procedures, ids=lambda p: p.code)
def test_no_free_beside_a_described_charge(procedure: ProcedureDetail) -> None:
    """Issue 14: a fee of 0 đ only where the entry says nothing is charged; a charge only described has no amount."""
    for fee in procedure.fees:
        if fee.amount_vnd == 0:
            assert re.search(r"không thu", fee.description_vi, re.IGNORECASE), fee.description_vi


def test_times_carry_their_units() -> None:
    """Issue 14: trademark examination in months, the radiation production licence in days, not working days."""
    by_code = {p.code: p for p in CATALOGUE.procedures}
    trademark = by_code["1.005152"]
    assert [(t.amount, t.unit) for t in trademark.processing_times] == [(1, TimeUnit.MONTHS), (9, TimeUnit.MONTHS)]
    assert [(t.amount, t.unit) for t in by_code["2.000169"].processing_times] == [(60, TimeUnit.CALENDAR_DAYS)]
    licence = by_code["2.000169"]
    assert [f.case_vi for f in licence.fees] == ["Cơ sở sản xuất chất phóng xạ", "Cơ sở chế biến chất phóng xạ"]
