"""Vietnamese folding, tone placement, letter modifiers and Telex composition."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk_app.domain.vietnamese import (
    Modifier,
    Tone,
    apply_modifier,
    apply_tone,
    fold,
    telex,
    telex_key,
    tone_of,
)

# ---------------------------------------------------------------------------------- fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đăng ký", "dang ky"),
        ("ĐĂNG KÝ NHÃN HIỆU", "dang ky nhan hieu"),
        ("Nguyễn Thị Ánh", "nguyen thi anh"),
        ("Bộ Khoa học và Công nghệ", "bo khoa hoc va cong nghe"),
        ("người thuở khuỷu", "nguoi thuo khuyu"),
        ("dang ky", "dang ky"),
        ("", ""),
        ("Số 12/2024", "so 12/2024"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_is_the_same_for_nfc_and_nfd() -> None:
    text = "Đăng ký nhãn hiệu Nguyễn"
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert fold(nfd) == fold(text) == "dang ky nhan hieu nguyen"


@given(st.text())
def test_fold_is_idempotent_and_leaves_no_marks(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", folded))
    assert "đ" not in folded


# ---------------------------------------------------------------------------------- tones


@pytest.mark.parametrize(
    ("word", "tone", "expected"),
    [
        ("Nguyên", Tone.TILDE, "Nguyễn"),
        ("Thi", Tone.DOT, "Thị"),
        ("Anh", Tone.ACUTE, "Ánh"),
        ("hiêu", Tone.DOT, "hiệu"),
        ("nhan", Tone.TILDE, "nhãn"),
        ("khuyu", Tone.HOOK, "khuỷu"),  # three vowels: the middle one
        ("ngoai", Tone.GRAVE, "ngoài"),
        ("giư", Tone.TILDE, "giữ"),  # gi is the initial consonant
        ("gi", Tone.GRAVE, "gì"),  # ... unless no other vowel follows
        ("gin", Tone.GRAVE, "gìn"),
        ("gia", Tone.GRAVE, "già"),
        ("quôc", Tone.ACUTE, "quốc"),  # qu is the initial consonant
        ("quy", Tone.ACUTE, "quý"),
        ("qua", Tone.HOOK, "quả"),
        ("ngươi", Tone.GRAVE, "người"),  # ươ: the ơ
        ("thuơ", Tone.HOOK, "thuở"),
        ("hoang", Tone.GRAVE, "hoàng"),  # closed: last vowel of the nucleus
        ("toan", Tone.ACUTE, "toán"),
        ("huynh", Tone.GRAVE, "huỳnh"),
        ("mua", Tone.GRAVE, "mùa"),  # open, two vowels: the first
        ("tai", Tone.GRAVE, "tài"),
        ("hoa", Tone.GRAVE, "hòa"),  # traditional style by default
        ("thuy", Tone.HOOK, "thủy"),
        ("Đăng ky", Tone.ACUTE, "Đăng ký"),  # only the last syllable
        ("ĐÂT", Tone.DOT, "ĐẬT"),  # case is kept
        ("ky", Tone.ACUTE, "ký"),
        ("uyên", Tone.HOOK, "uyển"),
        ("yêu", Tone.GRAVE, "yều"),
        ("cưu", Tone.ACUTE, "cứu"),
    ],
)
def test_apply_tone(word: str, tone: Tone, expected: str) -> None:
    assert apply_tone(word, tone) == expected


@pytest.mark.parametrize(
    ("word", "tone", "old", "new"),
    [
        ("hoa", Tone.GRAVE, "hòa", "hoà"),
        ("khoe", Tone.HOOK, "khỏe", "khoẻ"),
        ("thuy", Tone.HOOK, "thủy", "thuỷ"),
        ("mua", Tone.GRAVE, "mùa", "mùa"),  # other diphthongs are the same in both styles
        ("hoang", Tone.GRAVE, "hoàng", "hoàng"),
        ("ngoai", Tone.GRAVE, "ngoài", "ngoài"),
    ],
)
def test_tone_style(word: str, tone: Tone, old: str, new: str) -> None:
    assert apply_tone(word, tone, style="old") == old
    assert apply_tone(word, tone, style="new") == new


def test_apply_tone_replaces_an_existing_tone() -> None:
    assert apply_tone("Nguyến", Tone.TILDE) == "Nguyễn"
    assert apply_tone("hoà", Tone.ACUTE) == "hóa"  # a misplaced (new style) tone is moved too
    assert apply_tone("người", Tone.NONE) == "ngươi"


def test_apply_tone_without_a_vowel_changes_nothing() -> None:
    assert apply_tone("nh", Tone.ACUTE) == "nh"
    assert apply_tone("", Tone.ACUTE) == ""
    assert apply_tone("ký ", Tone.DOT) == "ký "  # nothing before the cursor to mark


def test_apply_tone_accepts_nfd_and_returns_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyên")
    result = apply_tone(nfd, Tone.TILDE)
    assert result == "Nguyễn"
    assert unicodedata.is_normalized("NFC", result)


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="tone style"):
        apply_tone("hoa", Tone.GRAVE, style="newest")


def test_tone_of() -> None:
    assert tone_of("Nguyễn") is Tone.TILDE
    assert tone_of("Đăng ký") is Tone.ACUTE
    assert tone_of("ký nhan") is Tone.NONE  # the last syllable only


# ---------------------------------------------------------------------------------- modifiers


@pytest.mark.parametrize(
    ("word", "modifier", "expected"),
    [
        ("a", Modifier.CIRCUMFLEX, "â"),
        ("a", Modifier.BREVE, "ă"),
        ("A", Modifier.BREVE, "Ă"),
        ("e", Modifier.CIRCUMFLEX, "ê"),
        ("o", Modifier.CIRCUMFLEX, "ô"),
        ("o", Modifier.HORN, "ơ"),
        ("u", Modifier.HORN, "ư"),
        ("d", Modifier.STROKE, "đ"),
        ("Dang", Modifier.STROKE, "Đang"),
        ("Nguyen", Modifier.CIRCUMFLEX, "Nguyên"),
        ("thuong", Modifier.HORN, "thương"),  # uo -> ươ inside a syllable
        ("huou", Modifier.HORN, "hươu"),
        ("thuo", Modifier.HORN, "thuơ"),  # ... but uơ at its end (thuở)
        ("quoc", Modifier.CIRCUMFLEX, "quôc"),
        ("tăn", Modifier.CIRCUMFLEX, "tân"),  # a different modifier is replaced
        ("â", Modifier.CIRCUMFLEX, "a"),  # the same one is undone
        ("ngươi", Modifier.HORN, "nguoi"),
        ("đ", Modifier.STROKE, "d"),
        ("ùa", Modifier.HORN, "ừa"),  # the tone moves to the modified vowel
        ("hóa", Modifier.BREVE, "hoắ"),
        ("nh", Modifier.CIRCUMFLEX, "nh"),  # nothing to modify
        ("xin cau", Modifier.CIRCUMFLEX, "xin câu"),  # last syllable only
    ],
)
def test_apply_modifier(word: str, modifier: Modifier, expected: str) -> None:
    assert apply_modifier(word, modifier) == expected


# ---------------------------------------------------------------------------------- telex


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("Nguyeenx Thij Anhs", "Nguyễn Thị Ánh"),
        ("Ddawng kys nhanx hieeuj", "Đăng ký nhãn hiệu"),
        ("nguowif", "người"),
        ("thuowng", "thương"),
        ("thuowr", "thuở"),
        ("khuyur", "khuỷu"),
        ("quoocs", "quốc"),
        ("giuwx", "giữ"),
        ("hoaf", "hòa"),
        ("tieengs", "tiếng"),
        ("hoafn", "hoàn"),  # the tone moves when the syllable closes
        ("ass", "as"),  # a repeated tone key undoes and types the letter
        ("aaa", "aa"),
        ("ddd", "dd"),
        ("asz", "a"),
        ("w", "ư"),
        ("Vieejt Nam", "Việt Nam"),
        ("Truwowng", "Trương"),  # uwow as well as uow
        ("Nguwowif", "Người"),
        ("DDawngj Tuaans", "Đặng Tuấn"),
        ("uoongs", "uống"),
    ],
)
def test_telex(keys: str, expected: str) -> None:
    assert telex(keys) == expected


def test_telex_new_style() -> None:
    assert telex("hoaf", style="new") == "hoà"


def test_telex_key_types_one_key() -> None:
    assert telex_key("Nguyên", "x") == "Nguyễn"
    assert telex_key("Nguyễn ", "T") == "Nguyễn T"


# ---------------------------------------------------------------------------------- properties

_ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
           "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]
_NUCLEI = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay",
           "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo",
           "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai",
           "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "yêu"]
_CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
_TONES = list(Tone)


@st.composite
def syllables(draw: st.DrawFn) -> str:
    syllable = draw(st.sampled_from(_ONSETS)) + draw(st.sampled_from(_NUCLEI))
    syllable += draw(st.sampled_from(_CODAS))
    syllable = apply_tone(syllable, draw(st.sampled_from(_TONES)))
    case = draw(st.sampled_from(["lower", "title", "upper"]))
    return {"lower": syllable, "title": syllable.title(), "upper": syllable.upper()}[case]


words = st.lists(syllables(), min_size=1, max_size=4).map(" ".join)
styles = st.sampled_from(["old", "new"])
any_text = st.text(alphabet="abcdđeghiklmnopqrstuvxyăâêôơưáàảãạấầẩẫậếềểễệ ,.-0123456789ĐĂÂÊÔƠƯ")


@given(words, st.sampled_from(_TONES), styles)
def test_a_tone_keeps_the_letters(word: str, tone: Tone, style: str) -> None:
    assert fold(apply_tone(word, tone, style)) == fold(word)


@given(words, st.sampled_from(_TONES), styles)
def test_applying_a_tone_twice_equals_once(word: str, tone: Tone, style: str) -> None:
    once = apply_tone(word, tone, style)
    assert apply_tone(once, tone, style) == once


@given(words, st.sampled_from(_TONES), styles)
def test_tone_is_readable_back(word: str, tone: Tone, style: str) -> None:
    assert tone_of(apply_tone(word, tone, style)) is tone


@given(words, st.sampled_from(_TONES))
def test_tone_none_removes_the_tone(word: str, tone: Tone) -> None:
    marked = apply_tone(word, tone)
    plain = apply_tone(marked, Tone.NONE)
    assert tone_of(plain) is Tone.NONE
    last = plain.split(" ")[-1]
    assert not any(m.value in unicodedata.normalize("NFD", last) for m in _TONES if m.value)
    assert plain == apply_tone(word, Tone.NONE)


@given(any_text, st.sampled_from(_TONES), styles)
def test_arbitrary_text_keeps_its_letters(text: str, tone: Tone, style: str) -> None:
    result = apply_tone(text, tone, style)
    assert fold(result) == fold(text)
    assert len(result) == len(unicodedata.normalize("NFC", text))


@given(words, st.sampled_from(list(Modifier)))
def test_a_modifier_changes_only_the_last_syllable(word: str, modifier: Modifier) -> None:
    head, _, _ = word.rpartition(" ")
    result = apply_modifier(word, modifier)
    assert result.rpartition(" ")[0] == head
    assert len(result) == len(word)


@pytest.mark.parametrize(("keys", "expected"), [
    ("giwx", "giữ"), ("gixw", "giữ"), ("Giwx", "Giữ"), ("giwax", "giữa"), ("giwowng", "giương"), ("giwf", "giừ"),
])
def test_telex_gi_with_w_gives_giu_horn(keys: str, expected: str) -> None:
    """Issue 14: Telex `giwx` gives "giữ" (w after the "gi" onset types ư, and the tone moves onto it)."""
    assert telex(keys) == expected
    assert telex(keys, "new") == expected
