"""Procedure search: folded diacritics (đ included), typo tolerance, ranking, codes, browse by field."""
from __future__ import annotations

import pytest

from kiosk_app.search import ProcedureIndex, SearchEntry

ENTRIES = [
    SearchEntry("1.005096", "Đăng ký nhãn hiệu", "Trademark registration", "intellectual_property"),
    SearchEntry("1.005099", "Đăng ký kiểu dáng công nghiệp", "Industrial design registration", "intellectual_property"),
    SearchEntry("1.005100", "Đăng ký sáng chế", "Patent registration", "intellectual_property"),
    SearchEntry("1.009846", "Cấp chứng chỉ nhân viên bức xạ", "Radiation worker certificate", "radiation_safety"),
    SearchEntry("1.005298", "Khai báo chất phóng xạ", "Declaration of radioactive substances", "radiation_safety"),
    SearchEntry("1.003441", "Cấp lại giấy phép bưu chính bị mất, hư hỏng", "Re-issue of a lost or damaged postal licence",
                "post"),
    SearchEntry("1.004411", "Đăng ký chuyển giao công nghệ", "Registration of technology transfer", "science_technology"),
]


@pytest.fixture(scope="module")
def index() -> ProcedureIndex:
    return ProcedureIndex(ENTRIES)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("dang ky nhan hieu", "1.005096"),
        ("Đăng ký nhãn hiệu", "1.005096"),
        ("ĐĂNG KÝ NHÃN HIỆU", "1.005096"),
        ("nhan hieu", "1.005096"),
        ("nhan heiu", "1.005096"),  # typo
        ("trademark", "1.005096"),
        ("sang che", "1.005100"),
        ("buc xa", "1.009846"),
        ("phong xa", "1.005298"),
        ("buu chinh", "1.003441"),
        ("chuyen giao cong nghe", "1.004411"),
        ("1.0098", "1.009846"),
    ],
)
def test_first_hit(index: ProcedureIndex, query: str, first: str) -> None:
    hits = index.search(query)
    assert hits and hits[0].code == first, [h.code for h in hits]


def test_nothing_for_nonsense_or_empty(index: ProcedureIndex) -> None:
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("xqzwv") == []


def test_browse_by_field(index: ProcedureIndex) -> None:
    assert index.fields()[0] == "intellectual_property"
    assert index.in_field("radiation_safety") == ["1.009846", "1.005298"]


@pytest.mark.parametrize(("query", "words"), [("tan so", "tần số"), ("nhan heiu", "nhãn hiệu"), ("radio frequency", "tần số"),
                                              ("ma so ma vach", "mã số mã vạch"), ("vien thong", "viễn thông")])
def test_real_catalogue_first_hit(query: str, words: str) -> None:
    from pathlib import Path

    from kiosk_app.catalogue_cache import CatalogueCache

    catalogue = CatalogueCache(Path("/nonexistent/catalogue.json"))  # the shipped catalogue
    index = ProcedureIndex(SearchEntry(p.code, p.name_vi, p.name_en, p.field.value) for p in catalogue.procedures())
    hits = index.search(query)
    assert hits and words in catalogue.get(hits[0].code).name_vi.lower()
