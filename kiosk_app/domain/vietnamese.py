"""Vietnamese text rules: diacritic folding for search, tone-mark placement and letter modifiers.

Pure Python (``unicodedata`` only), used by the on-screen keyboard (tone and letter keys), by search
(``fold``) and by an optional Telex composition for hardware keyboards.

Written here rather than taken from a library: the one Python input-method engine on PyPI (``bogo``)
has not been released since 2014, and the rules needed are small and fully covered by tests. The
placement rules follow the standard orthography (Quy tắc đặt dấu thanh):

* a modified vowel (ă â ê ô ơ ư) takes the mark; in "ươ" the ơ takes it;
* "gi" and "qu" before another vowel are consonant clusters (giữ, quốc);
* a closed syllable (ending in a consonant) puts it on the last vowel of the nucleus (hoàng, toán);
* an open syllable with two vowels puts it on the first (mùa, tài); for "oa", "oe", "uy" the
  traditional ("old") style does that too (hòa, thủy), the "new" style puts it on the second
  (hoà, thuỷ);
* an open syllable with three vowels puts it on the middle one (ngoài, khuỷu).
"""

from __future__ import annotations

import unicodedata
from enum import Enum
from typing import Literal

__all__ = [
    "Modifier",
    "Tone",
    "ToneStyle",
    "apply_modifier",
    "apply_tone",
    "fold",
    "telex",
    "telex_key",
    "tone_of",
]

ToneStyle = Literal["old", "new"]


class Tone(Enum):
    """The six tones of Vietnamese; the value is the combining mark (empty for level tone)."""

    NONE = ""  # thanh ngang
    ACUTE = "\u0301"  # thanh sắc
    GRAVE = "\u0300"  # thanh huyền
    HOOK = "\u0309"  # thanh hỏi
    TILDE = "\u0303"  # thanh ngã
    DOT = "\u0323"  # thanh nặng


class Modifier(Enum):
    """Letter modifiers; the value is the combining mark (the stroke of đ has none in Unicode)."""

    CIRCUMFLEX = "\u0302"  # â ê ô
    BREVE = "\u0306"  # ă
    HORN = "\u031b"  # ơ ư
    STROKE = "stroke"  # đ


_TONE_MARKS = frozenset(t.value for t in Tone if t is not Tone.NONE)
_VOWELS = frozenset("aăâeêioôơuưy")
_MODIFIED_VOWELS = frozenset("ăâêôơư")
_NEW_STYLE_SECOND = frozenset({"oa", "oe", "uy"})
_MODIFIER_TARGETS: dict[Modifier, frozenset[str]] = {
    Modifier.CIRCUMFLEX: frozenset("aăâeêoôơ"),
    Modifier.BREVE: frozenset("aăâ"),
    Modifier.HORN: frozenset("oôơuư"),
    Modifier.STROKE: frozenset("d"),
}


# --------------------------------------------------------------------------------------------
# folding


def fold(text: str) -> str:
    """Lower-case ``text`` and remove every diacritic (đ/Đ become d), for accent-insensitive search.

    Works on NFC and NFD input alike: ``fold("Đăng ký") == "dang ky"``.
    """
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.replace("đ", "d"))


# --------------------------------------------------------------------------------------------
# characters


def _strip_tone(ch: str) -> str:
    """``ch`` without its tone mark, keeping its modifier (ấ -> â)."""
    decomposed = unicodedata.normalize("NFD", ch)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))


def _char_tone(ch: str) -> Tone:
    for c in unicodedata.normalize("NFD", ch):
        if c in _TONE_MARKS:
            return Tone(c)
    return Tone.NONE


def _with_tone(ch: str, tone: Tone) -> str:
    return unicodedata.normalize("NFC", _strip_tone(ch) + tone.value)


def _base(ch: str) -> str:
    """Lower-case letter without tone, keeping its modifier (Ấ -> â)."""
    return _strip_tone(ch).lower()


def _plain(ch: str) -> str:
    """The letter without tone or modifier, case kept (Ấ -> A, đ -> d)."""
    decomposed = unicodedata.normalize("NFD", ch)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return {"đ": "d", "Đ": "D"}.get(plain, plain)


def _compose(plain: str, modifier: Modifier | None, tone: Tone) -> str:
    """Build a letter from its plain form, modifier and tone (keeps the case of ``plain``)."""
    if modifier is Modifier.STROKE:
        return "Đ" if plain == "D" else "đ" if plain == "d" else plain
    marks = (modifier.value if modifier else "") + tone.value
    return unicodedata.normalize("NFC", plain + marks)


def _modifier_of(ch: str) -> Modifier | None:
    if ch in "đĐ":
        return Modifier.STROKE
    for c in unicodedata.normalize("NFD", ch):
        if c in (Modifier.CIRCUMFLEX.value, Modifier.BREVE.value, Modifier.HORN.value):
            return Modifier(c)
    return None


# --------------------------------------------------------------------------------------------
# syllables


def _split_last_syllable(word: str) -> tuple[str, str]:
    """Split NFC ``word`` into (everything before, the trailing run of letters)."""
    start = len(word)
    while start > 0 and word[start - 1].isalpha():
        start -= 1
    return word[:start], word[start:]


def _nucleus(syllable: str) -> tuple[int, int]:
    """Return (start, end) indexes of the vowel nucleus of ``syllable``; start == end if none."""
    bases = [_base(ch) for ch in syllable]
    i = 0
    while i < len(bases) and bases[i] not in _VOWELS:
        i += 1
    # "gi" and "qu" followed by another vowel: the i/u belongs to the initial consonant.
    onset = "".join(bases[:i])
    if (
        i + 1 < len(bases)
        and ((onset == "g" and bases[i] == "i") or (onset == "q" and bases[i] == "u"))
        and bases[i + 1] in _VOWELS
    ):
        i += 1
    end = i
    while end < len(bases) and bases[end] in _VOWELS:
        end += 1
    return i, end


def _tone_position(syllable: str, style: ToneStyle) -> int | None:
    """Index in ``syllable`` of the vowel that carries the tone mark, or None without a vowel."""
    start, end = _nucleus(syllable)
    if start == end:
        return None
    bases = [_base(ch) for ch in syllable[start:end]]
    modified = [k for k, b in enumerate(bases) if b in _MODIFIED_VOWELS]
    closed = end < len(syllable)
    if modified:
        offset = modified[-1]  # "ươ": the ơ
    elif closed:
        offset = len(bases) - 1
    elif len(bases) == 1:
        offset = 0
    elif len(bases) == 2:
        pair = "".join(bases)
        offset = 1 if style == "new" and pair in _NEW_STYLE_SECOND else 0
    else:
        offset = 1
    return start + offset


def tone_of(word: str) -> Tone:
    """The tone of the last syllable of ``word`` (Tone.NONE if it has no mark)."""
    _, syllable = _split_last_syllable(unicodedata.normalize("NFC", word))
    for ch in syllable:
        tone = _char_tone(ch)
        if tone is not Tone.NONE:
            return tone
    return Tone.NONE


def apply_tone(word: str, tone: Tone, style: ToneStyle = "old") -> str:
    """Put ``tone`` on the right vowel of the last syllable of ``word``, replacing any tone it had.

    ``Tone.NONE`` removes the tone. A syllable without a vowel is returned without tone marks.
    The result is NFC. ``style`` chooses "old" (hòa, thủy) or "new" (hoà, thuỷ) placement.
    """
    if style not in ("old", "new"):
        raise ValueError(f"unknown tone style {style!r}: must be 'old' or 'new'")
    prefix, syllable = _split_last_syllable(unicodedata.normalize("NFC", word))
    letters = [_strip_tone(ch) for ch in syllable]
    toneless = "".join(letters)
    if tone is not Tone.NONE:
        position = _tone_position(toneless, style)
        if position is not None:
            letters[position] = _with_tone(letters[position], tone)
    return prefix + "".join(letters)


def _modifier_position(syllable: str, modifier: Modifier) -> int | None:
    targets = _MODIFIER_TARGETS[modifier]
    if modifier is Modifier.STROKE:
        first = syllable[:1]
        return 0 if first and _base(first) in ("d", "đ") else None
    start, end = _nucleus(syllable)
    candidates = [k for k in range(start, end) if _base(syllable[k]) in targets]
    if modifier is Modifier.HORN:
        # The horn goes on the o of "uo"/"ươ" (hươu, người), on u only without an o (thư, cứu).
        o_candidates = [k for k in candidates if _base(syllable[k]) in ("o", "ô", "ơ")]
        candidates = o_candidates or candidates
    return candidates[-1] if candidates else None


def apply_modifier(word: str, modifier: Modifier, style: ToneStyle = "old") -> str:
    """Add ``modifier`` to the fitting letter of the last syllable of ``word``.

    "a" + CIRCUMFLEX -> "â", "a" + BREVE -> "ă", "o"/"u" + HORN -> "ơ"/"ư" ("uo" -> "ươ" when the
    syllable goes on, "uơ" at its end as in "thuở"), "d" + STROKE -> "đ". A letter that already
    has this modifier loses it (a second tap undoes the first); a different modifier is replaced
    (ă + CIRCUMFLEX -> â). The tone is kept and re-placed by the rules of ``style`` (a modified
    vowel takes it). Returns ``word`` unchanged (NFC) if no letter takes the modifier.
    """
    prefix, syllable = _split_last_syllable(unicodedata.normalize("NFC", word))
    position = _modifier_position(syllable, modifier)
    if position is None:
        return prefix + syllable
    letters = list(syllable)
    ch = letters[position]
    current = _modifier_of(ch)
    new_modifier = None if current is modifier else modifier
    letters[position] = _compose(_plain(ch), new_modifier, _char_tone(ch))
    if modifier is Modifier.HORN and position > 0 and _base(letters[position]) == "ơ":
        # "uo" + horn -> "ươ" (thương, người) unless the syllable ends there (thuở, huơ).
        before = position - 1
        start, _ = _nucleus(syllable)
        if before >= start and _base(letters[before]) == "u" and position + 1 < len(letters):
            letters[before] = _compose(_plain(letters[before]), Modifier.HORN, _char_tone(letters[before]))
    elif modifier is Modifier.HORN and new_modifier is None and position > 0:
        before = position - 1
        if _base(letters[before]) == "ư":
            letters[before] = _compose(_plain(letters[before]), None, _char_tone(letters[before]))
    # The nucleus changed, so the tone may belong on another vowel now (ùa + horn on u -> ừa,
    # úo + horn -> ướ).
    return prefix + _retone("".join(letters), style)


# --------------------------------------------------------------------------------------------
# Telex

_TELEX_TONES = {"s": Tone.ACUTE, "f": Tone.GRAVE, "r": Tone.HOOK, "x": Tone.TILDE, "j": Tone.DOT}
_TELEX_DOUBLES = frozenset("aeo")


def _has_modifier(syllable: str, modifier: Modifier, plain: str | None = None) -> int | None:
    for k, ch in enumerate(syllable):
        if _modifier_of(ch) is modifier and (plain is None or _plain(ch).lower() == plain):
            return k
    return None


def telex_key(text: str, key: str, style: ToneStyle = "old") -> str:
    """Type one key in Telex onto ``text`` and return the new text.

    s f r x j put a tone (sắc huyền hỏi ngã nặng) and z removes it; aa ee oo give â ê ô, aw ow uw
    give ă ơ ư (uow -> ươ), dd gives đ, w alone gives ư. Repeating a key undoes it and types the
    letter itself (ass -> as). Keys that do not compose are appended as typed.
    """
    prefix, syllable = _split_last_syllable(unicodedata.normalize("NFC", text))
    lower = key.lower()
    has_vowel = _nucleus(syllable)[0] != _nucleus(syllable)[1]
    if syllable and lower in _TELEX_TONES and has_vowel:
        tone = _TELEX_TONES[lower]
        if tone_of(syllable) is tone:
            return prefix + apply_tone(syllable, Tone.NONE, style) + key
        return prefix + apply_tone(syllable, tone, style)
    if syllable and lower == "z" and tone_of(syllable) is not Tone.NONE:
        return prefix + apply_tone(syllable, Tone.NONE, style)
    if syllable and lower in _TELEX_DOUBLES:
        start, end = _nucleus(syllable)
        done = _has_modifier(syllable, Modifier.CIRCUMFLEX, lower)
        if done is not None:
            return prefix + apply_modifier(syllable, Modifier.CIRCUMFLEX, style) + key
        plain_vowels = [k for k in range(start, end) if _plain(syllable[k]).lower() == lower]
        if plain_vowels:
            letters = list(syllable)
            k = plain_vowels[-1]
            letters[k] = _compose(_plain(letters[k]), Modifier.CIRCUMFLEX, _char_tone(letters[k]))
            return prefix + _retone("".join(letters), style)
    if lower == "w":
        if syllable:
            start, end = _nucleus(syllable)
            for k in range(start, end - 1):
                if _base(syllable[k]) == "ư" and _base(syllable[k + 1]) == "o":  # uwow -> ươ
                    letters = list(syllable)
                    letters[k + 1] = _compose(_plain(letters[k + 1]), Modifier.HORN, _char_tone(letters[k + 1]))
                    return prefix + _retone("".join(letters), style)
            breve_or_horn = _has_modifier(syllable, Modifier.HORN)
            if breve_or_horn is None:
                breve_or_horn = _has_modifier(syllable, Modifier.BREVE)
            if breve_or_horn is not None:
                undone = "".join(
                    _compose(_plain(ch), None, _char_tone(ch))
                    if _modifier_of(ch) in (Modifier.HORN, Modifier.BREVE)
                    else ch
                    for ch in syllable
                )
                return prefix + _retone(undone, style) + key
            if _modifier_position(syllable, Modifier.HORN) is not None:
                return prefix + apply_modifier(syllable, Modifier.HORN, style)
            if _modifier_position(syllable, Modifier.BREVE) is not None:
                return prefix + apply_modifier(syllable, Modifier.BREVE, style)
        if not syllable or _nucleus(syllable)[0] == len(syllable):
            return prefix + syllable + ("Ư" if key.isupper() else "ư")
        if "".join(_plain(ch).lower() for ch in syllable) == "gi":
            # "gi" + w -> "giư" (giữ, giữa, giương): the i is then part of the onset, the tone moves to ư.
            return prefix + _retone(syllable + ("Ư" if key.isupper() else "ư"), style)
    if syllable and lower == "d" and _base(syllable[0]) in ("d", "đ"):
        if _base(syllable[0]) == "đ":
            return prefix + apply_modifier(syllable, Modifier.STROKE) + key
        return prefix + apply_modifier(syllable, Modifier.STROKE)
    result = prefix + syllable + key
    # "uơ" followed by more letters becomes "ươ" (thuơng -> thương), as Telex users expect.
    new_prefix, new_syllable = _split_last_syllable(result)
    return new_prefix + _fix_uo(new_syllable, style)


def _retone(syllable: str, style: ToneStyle) -> str:
    """Re-place the syllable's tone after its vowels changed."""
    tone = tone_of(syllable)
    return apply_tone(syllable, tone, style) if tone is not Tone.NONE else syllable


def _fix_uo(syllable: str, style: ToneStyle) -> str:
    start, end = _nucleus(syllable)
    bases = [_base(ch) for ch in syllable]
    for k in range(start, end - 1):
        if bases[k] == "u" and bases[k + 1] == "ơ" and k + 2 < len(syllable):
            letters = list(syllable)
            letters[k] = _compose(_plain(letters[k]), Modifier.HORN, _char_tone(letters[k]))
            return _retone("".join(letters), style)
    return _retone(syllable, style)


def telex(keystrokes: str, style: ToneStyle = "old") -> str:
    """Compose a whole Telex key sequence: ``telex("Nguyeenx Thij Anhs") == "Nguyễn Thị Ánh"``."""
    text = ""
    for key in keystrokes:
        text = telex_key(text, key, style)
    return text
