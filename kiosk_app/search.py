"""Procedure search for the lookup screen: diacritics folded, typo-tolerant, ranked.

Folding (``kiosk_app.domain.vietnamese.fold``) makes "dang ky nhan hieu" find "Đăng ký nhãn hiệu";
rapidfuzz (a maintained C++ library) scores the typo-tolerant matches fast enough to search as the
citizen types, even over thousands of procedures.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from kiosk_app.domain.vietnamese import fold


@dataclass(frozen=True)
class SearchEntry:
    """The searchable text of one procedure."""

    code: str
    name_vi: str
    name_en: str
    field: str = ""


@dataclass(frozen=True)
class Hit:
    code: str
    score: float


class ProcedureIndex:
    """Folded names of every procedure, searched by whole words first and fuzzily second."""

    MIN_SCORE = 75.0

    def __init__(self, entries: Iterable[SearchEntry]) -> None:
        self.entries = list(entries)
        self._codes = [e.code for e in self.entries]
        self._vi = [fold(e.name_vi) for e in self.entries]
        self._en = [fold(e.name_en) for e in self.entries]
        self._fields = [fold(e.field.replace("_", " ")) for e in self.entries]
        self._words = [set(vi.split()) | set(en.split()) for vi, en in zip(self._vi, self._en, strict=True)]

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """Best matches first; an empty query returns nothing (the screen shows fields to browse)."""
        q = " ".join(fold(query).split())
        if not q:
            return []
        scores: dict[int, float] = {}
        for i, code in enumerate(self._codes):  # a typed procedure code wins outright
            if code.startswith(q):
                scores[i] = 200.0
        for names in (self._vi, self._en):
            # partial_ratio: a short query against a long name (WRatio would scale long names down);
            # token_set_ratio: the same words in another order.
            for _, score, i in process.extract(q, names, scorer=fuzz.partial_ratio, processor=None,
                                               limit=max(limit * 3, 30), score_cutoff=self.MIN_SCORE):
                score = 0.7 * score + 0.3 * fuzz.token_set_ratio(q, names[i], processor=None)
                scores[i] = max(scores.get(i, 0.0), score)
        tokens = q.split()
        for i in list(scores):
            if q in f"{self._vi[i]} {self._en[i]}":
                scores[i] += 30  # the phrase as typed
            prefixed = sum(any(w.startswith(t) for w in self._words[i]) for t in tokens)
            scores[i] += 10 * prefixed / len(tokens)
            scores[i] -= len(self._vi[i]) / 100  # shorter names first among equals
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], self._codes[kv[0]]))
        return [Hit(self._codes[i], round(s, 1)) for i, s in ranked[:limit]]

    def in_field(self, field: str) -> list[str]:
        """Codes of a field's procedures, in name order (browse by field)."""
        return [e.code for e in sorted((e for e in self.entries if e.field == field), key=lambda e: fold(e.name_vi))]

    def fields(self) -> Sequence[str]:
        return sorted({e.field for e in self.entries})



