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


# --- issue 21 finding 9: everyday words, ranking by field and popularity -------------------------------
def _shipped_index() -> tuple[object, ProcedureIndex]:
    from pathlib import Path

    from kiosk_app.catalogue_cache import CatalogueCache

    catalogue = CatalogueCache(Path("/nonexistent/catalogue.json"))  # the shipped catalogue
    return catalogue, ProcedureIndex.for_catalogue(catalogue.procedures())


@pytest.mark.parametrize("query", ["thuong hieu", "thương hiệu", "đăng ký thương hiệu", "logo", "THUONG HIEU"])
def test_everyday_words_find_the_trademark_first(query: str) -> None:
    """Issue 21 finding 9: "thuong hieu" (the everyday word) found nothing relevant; now trademark
    registration comes first, accents or not."""
    _catalogue, index = _shipped_index()
    hits = index.search(query)
    assert hits and hits[0].code == "1.005152", hits


def test_nhan_hieu_does_not_list_the_radiation_worker_certificate() -> None:
    """Issue 21 finding 9: "nhan hieu" also listed "Cấp chứng chỉ nhân viên bức xạ" (it shares "nhân");
    a hit far weaker than the best one is no longer listed."""
    catalogue, index = _shipped_index()
    codes = [hit.code for hit in index.search("nhan hieu")]
    assert codes[0] == "1.005152"
    assert "1.009846" not in codes
    assert all("nhãn hiệu" in (catalogue.get(c).name_vi + " ".join(_terms(c))).lower() for c in codes)


def _terms(code: str) -> tuple[str, ...]:
    from kiosk_app.search import load_search_terms

    terms = load_search_terms().get(code)
    return terms.terms if terms is not None else ()


def test_a_name_match_outranks_an_everyday_term_which_outranks_a_document() -> None:
    """Issue 21 finding 9: ranking by field: the same words in a name beat them in an everyday term; a
    document's name is a weak match, listed only when no name or term matches as well."""
    name = SearchEntry("1", "Cấp giấy phép lái xe", "Driving licence", "x")
    term = SearchEntry("2", "Thủ tục B", "Procedure B", "x", terms=("giấy phép lái xe",))
    document = SearchEntry("3", "Thủ tục C", "Procedure C", "x", documents=("Bản sao giấy phép lái xe",))
    assert [hit.code for hit in ProcedureIndex([document, term, name]).search("giay phep lai xe")] == ["1", "2"]
    assert [hit.code for hit in ProcedureIndex([document]).search("giay phep lai xe")] == ["3"]
    scores = {hit.code: hit.score for index in (ProcedureIndex([name]), ProcedureIndex([term]), ProcedureIndex([document]))
              for hit in index.search("giay phep lai xe")}
    assert scores["1"] > scores["2"] > scores["3"]


def test_popularity_orders_matches_of_equal_strength_only() -> None:
    """Issue 21 finding 9: of two procedures matching equally, the popular one comes first; popularity
    does not lift a weak match over a strong one."""
    equal = [SearchEntry("1", "Đăng ký A", "A", "x", popularity=1), SearchEntry("2", "Đăng ký B", "B", "x", popularity=5)]
    assert [hit.code for hit in ProcedureIndex(equal).search("dang ky")] == ["2", "1"]
    unequal = [SearchEntry("1", "Đăng ký nhãn hiệu", "A", "x", popularity=1),
               SearchEntry("2", "Cấp phép", "B", "x", terms=("đăng ký nhanh",), popularity=5)]
    assert [hit.code for hit in ProcedureIndex(unequal).search("dang ky nhan hieu")][0] == "1"


def test_a_document_matches_only_with_the_phrase_as_typed() -> None:
    """A long list of documents matches any short query a little: only the phrase itself counts there."""
    entries = [SearchEntry("1", "Khai báo chất phóng xạ", "Declaration", "x",
                           documents=("Giấy chứng nhận đăng ký doanh nghiệp",))]
    assert [hit.code for hit in ProcedureIndex(entries).search("dang ky doanh nghiep")] == ["1"]
    assert ProcedureIndex(entries).search("dang ky doanh thu") == []


def test_search_terms_are_well_formed() -> None:
    """Every procedure code of resources/catalogue/search_terms.yaml is in the shipped catalogue, and no
    everyday term is given to two procedures (it would then point nowhere in particular)."""
    from kiosk_app.domain.vietnamese import fold
    from kiosk_app.search import load_search_terms

    catalogue, _index = _shipped_index()
    terms = load_search_terms()
    assert terms and all(catalogue.get(code) is not None for code in terms)
    folded = [fold(term) for item in terms.values() for term in item.terms]
    assert sorted({t for t in folded if folded.count(t) > 1}) == []
    assert all(1 <= item.popularity <= 5 for item in terms.values())


def test_common_words_alone_do_not_make_a_hit() -> None:
    """Issue 21 finding 9: "đăng ký khai sinh" (birth registration, another office's procedure) listed
    every "Đăng ký …" procedure on the strength of "đăng ký" alone; a query with a distinctive word lists
    only procedures having one of its words, and offers the ticket otherwise."""
    _catalogue, index = _shipped_index()
    assert index.search("đăng ký khai sinh") == []
    assert [hit.code for hit in index.search("dang ky nhan hieu")][:1] == ["1.005152"]
    assert len(index.search("dang ky")) > 3  # only common words: every registration is a fair answer
