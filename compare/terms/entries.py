"""Termbase entries as users bring them and take them away: one concept with its Chinese and English terms.

The termbase CSV (compare/terms/termbase.csv and a user's own) holds one row per concept; TBX files (tbx.py)
hold one entry per concept. Both are read into `Entry` values, so importing, merging and exporting work on one
shape whatever the file was.
"""

from __future__ import annotations

import re
import unicodedata
import dataclasses
from dataclasses import dataclass

COLUMNS = ("concept", "parent", "field", "role", "zh", "en")
TERM_SEPARATOR = "|"
_NOT_SLUG = re.compile(r"[^0-9a-z\u3400-\u9fff]+")


@dataclass(frozen=True)
class Entry:
    """One concept: its identifier, its terms in each language (preferred first), and what the termbase CSV
    says about it (broader concept, field, role; see compare.terms.termbase)."""

    concept: str
    zh: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    field: str = ""
    parent: str = ""
    role: str = ""
    definition: str = dataclasses.field(default="", compare=False)

    def terms(self) -> tuple[str, ...]:
        return self.zh + self.en

    def row(self) -> dict[str, str]:
        """The entry as a termbase CSV row."""
        return {"concept": self.concept, "parent": self.parent, "field": self.field, "role": self.role,
                "zh": TERM_SEPARATOR.join(self.zh), "en": TERM_SEPARATOR.join(self.en)}

    @classmethod
    def from_row(cls, row: dict[str, str]) -> "Entry":
        """An entry from a termbase CSV row (terms separated by |)."""
        return cls(concept=(row.get("concept") or "").strip(), zh=split_terms(row.get("zh")),
                   en=split_terms(row.get("en")), field=(row.get("field") or "").strip(),
                   parent=(row.get("parent") or "").strip(), role=(row.get("role") or "").strip().lower())


def split_terms(cell: str | None) -> tuple[str, ...]:
    """The terms of a CSV cell, in order, without blanks or repeats."""
    seen: dict[str, None] = {}
    for term in (cell or "").split(TERM_SEPARATOR):
        term = " ".join(term.split())
        if term and term_key(term) not in {term_key(t) for t in seen}:
            seen[term] = None
    return tuple(seen)


def term_key(term: str) -> str:
    """How the termbase compares terms: NFKC-folded, case-blind, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", term).lower().split())


def concept_slug(text: str) -> str:
    """A concept identifier made from a term or an id ('Total mercury' -> 'total_mercury')."""
    return _NOT_SLUG.sub("_", term_key(text)).strip("_")
