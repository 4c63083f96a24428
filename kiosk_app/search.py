"""Procedure search for the lookup screen: diacritics folded, typo-tolerant, everyday words, ranked.

Folding (``kiosk_app.domain.vietnamese.fold``) makes "dang ky nhan hieu" find "Đăng ký nhãn hiệu";
rapidfuzz (a maintained C++ library) scores the typo-tolerant matches fast enough to search as the
citizen types, even over thousands of procedures.

Issue 21 finding 9: people search with their own words ("thương hiệu" for "nhãn hiệu"). Each procedure
is searched in three fields, weighted: its name (full weight), its everyday terms from
resources/catalogue/search_terms.yaml (almost full), and the names of its documents and its legal
bases (a weak match only). A small bonus for popular procedures orders matches of about equal
strength, and a hit far weaker than the best one is not listed, so "nhan hieu" shows the trademark
procedures, not the radiation-worker certificate that merely shares "nhân".
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import yaml
from rapidfuzz import fuzz, process

from kiosk_app.domain.vietnamese import fold
from kiosk_app.paths import RESOURCES

SEARCH_TERMS = RESOURCES / "catalogue" / "search_terms.yaml"


@dataclass(frozen=True)
class SearchEntry:
    """The searchable text of one procedure."""

    code: str
    name_vi: str
    name_en: str
    field: str = ""
    terms: tuple[str, ...] = ()  # everyday words for the procedure
    documents: tuple[str, ...] = ()  # its documents' names and its legal bases
    popularity: int = 1  # 1 (rare) … 5 (asked for every day)


@dataclass(frozen=True)
class Hit:
    code: str
    score: float


@dataclass(frozen=True)
class SearchTerms:
    """A procedure's everyday words and popularity (resources/catalogue/search_terms.yaml)."""

    terms: tuple[str, ...] = ()
    popularity: int = 1


class _Component(Protocol):
    @property
    def name_vi(self) -> str: ...
    @property
    def name_en(self) -> str: ...


class _FieldValue(Protocol):
    @property
    def value(self) -> str: ...


class CatalogueProcedure(Protocol):
    """What the index reads of a catalogue procedure (kiosk_app.api.schemas.ProcedureDetail)."""

    @property
    def code(self) -> str: ...
    @property
    def name_vi(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def field(self) -> _FieldValue: ...
    @property
    def legal_basis(self) -> Sequence[str]: ...
    @property
    def components(self) -> Sequence[_Component]: ...


def load_search_terms(path: Path = SEARCH_TERMS) -> dict[str, SearchTerms]:
    """Everyday words per procedure code; an absent file means none (the names still work)."""
    if not path.exists():
        return {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}  # noqa: S506 (a safe loader)
    return {
        str(code): SearchTerms(tuple(str(t) for t in item.get("terms", ())), int(item.get("popularity", 1)))
        for code, item in raw.items()
    }


def entry_for(procedure: CatalogueProcedure, terms: SearchTerms | None = None) -> SearchEntry:
    """A catalogue procedure as the index searches it."""
    terms = terms or SearchTerms()
    documents = tuple(text for c in procedure.components for text in (c.name_vi, c.name_en))
    return SearchEntry(procedure.code, procedure.name_vi, procedure.name_en, procedure.field.value,
                       terms.terms, documents + tuple(procedure.legal_basis), terms.popularity)


class ProcedureIndex:
    """Folded names, everyday terms and documents of every procedure, searched by whole words first
    and fuzzily second, weighted by the field that matched."""

    MIN_SCORE = 75.0
    NAME, TERMS, DOCUMENTS = 1.0, 0.95, 0.6  # weight of a match in each field
    POPULARITY_POINTS = 2.0  # per level above 1: orders matches of about equal strength only
    RELATIVE_CUT = 0.7  # a hit scoring under 70 % of the best one is noise, not an answer
    MIN_HIT = 70.0  # nor is a hit this weak on its own (a near miss on one word of a long name)

    def __init__(self, entries: Iterable[SearchEntry]) -> None:
        self.entries = list(entries)
        self._codes = [e.code for e in self.entries]
        self._vi = [fold(e.name_vi) for e in self.entries]
        self._en = [fold(e.name_en) for e in self.entries]
        self._fields = [fold(e.field.replace("_", " ")) for e in self.entries]
        self._words = [set(vi.split()) | set(en.split()) for vi, en in zip(self._vi, self._en, strict=True)]
        self._terms = [(i, fold(term)) for i, e in enumerate(self.entries) for term in e.terms]
        self._documents = [" · ".join(fold(d) for d in e.documents) for e in self.entries]
        # Every word of a procedure's name and everyday terms, and in how many procedures each occurs:
        # "dang ky" names half the catalogue, "khai sinh" none, so it cannot make a hit alone.
        own = [words | {w for _, term in self._terms if _ == i for w in term.split()}
               for i, words in enumerate(self._words)]
        self._own_words = own
        self._frequency: dict[str, int] = {}
        for words in own:
            for word in words:
                self._frequency[word] = self._frequency.get(word, 0) + 1

    @classmethod
    def for_catalogue(cls, procedures: Iterable[CatalogueProcedure],
                      terms: Mapping[str, SearchTerms] | None = None) -> ProcedureIndex:
        """The index of a catalogue, with the shipped everyday terms unless ``terms`` is given."""
        known = load_search_terms() if terms is None else terms
        return cls(entry_for(p, known.get(p.code)) for p in procedures)

    def _scores(self, q: str, texts: Sequence[str], limit: int, *, phrase_only: bool = False) -> list[tuple[int, float]]:
        """(position in ``texts``, score) of the texts ``q`` matches: fuzzy similarity, plus the phrase
        as typed, plus the words typed as the beginnings of the text's words. ``phrase_only``: only texts
        holding the phrase as typed (long document lists match any short query a little)."""
        tokens = q.split()
        found = []
        # partial_ratio: a short query against a long text (WRatio would scale long texts down);
        # token_set_ratio: the same words in another order.
        for _, score, i in process.extract(q, texts, scorer=fuzz.partial_ratio, processor=None,
                                           limit=limit, score_cutoff=self.MIN_SCORE):
            text = texts[i]
            score = 0.7 * score + 0.3 * fuzz.token_set_ratio(q, text, processor=None)
            if f" {q} " in f" {text} " or f" {text} " in f" {q} ":
                score += 30  # the phrase as typed, or the whole term inside the query
            elif phrase_only:
                continue
            words = text.split()
            score += 10 * sum(any(w.startswith(t) for w in words) for t in tokens) / len(tokens)
            found.append((i, score))
        return found

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """Best matches first; an empty query returns nothing (the screen shows fields to browse)."""
        q = " ".join(fold(query).split())
        if not q:
            return []
        scores: dict[int, float] = {}

        def keep(i: int, score: float) -> None:
            scores[i] = max(scores.get(i, 0.0), score)

        wide = max(limit * 3, 30)
        for i, code in enumerate(self._codes):  # a typed procedure code wins outright
            if code.startswith(q):
                keep(i, 200.0)
        for names in (self._vi, self._en):
            for i, score in self._scores(q, names, wide):
                keep(i, self.NAME * score)
        term_texts = [term for _, term in self._terms]
        for j, score in self._scores(q, term_texts, wide):
            keep(self._terms[j][0], self.TERMS * score)
        in_documents = set()  # hold the whole phrase typed
        for i, score in self._scores(q, self._documents, wide, phrase_only=True):
            keep(i, self.DOCUMENTS * score)
            in_documents.add(i)
        telling = self._telling_words(q)
        if telling:  # a query with a distinctive word lists only procedures having one of its words
            scores = {i: s for i, s in scores.items()
                      if s >= 200.0 or i in in_documents or any(w in self._own_words[i] for w in telling)}
        if not scores:
            return []
        floor = max(self.MIN_HIT, self.RELATIVE_CUT * max(scores.values()))
        ranked = sorted(
            ((i, s + self.POPULARITY_POINTS * (self.entries[i].popularity - 1) - len(self._vi[i]) / 100)
             for i, s in scores.items() if s >= floor),
            key=lambda kv: (-kv[1], self._codes[kv[0]]),
        )
        return [Hit(self._codes[i], round(s, 1)) for i, s in ranked[:limit]]

    COMMON_SHARE = 0.2  # a word in more than this share of the procedures tells nothing alone

    def _telling_words(self, q: str) -> list[str]:
        """The query's words that are distinctive: not in most names ("dang", "ky", "cap", "giay"…).
        Words the catalogue does not know at all (a typo, a word of another service) do not count."""
        common = max(2, self.COMMON_SHARE * len(self.entries))
        return [t for t in q.split() if len(t) > 1 and self._frequency.get(t, 0) and self._frequency[t] <= common]

    def in_field(self, field: str) -> list[str]:
        """Codes of a field's procedures, in name order (browse by field)."""
        return [e.code for e in sorted((e for e in self.entries if e.field == field), key=lambda e: fold(e.name_vi))]

    def fields(self) -> Sequence[str]:
        return sorted({e.field for e in self.entries})
