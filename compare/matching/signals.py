"""Hybrid signals beside the embedding similarity, each a pure function of two clauses giving 0..1.

Each was measured on the benchmark before it was kept (README, "Matching quality"): identifiers
(compare/identifiers.py) and the clause-number structure are used by alignment; the numbers agreement is
kept for measurement but off by default (it hurt: counterparts often differ in value on purpose).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# "1 000" and "1,000" are one number; "1,5" (decimal comma) is read as 1.5.
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?![\d.])|\d+(?:[.,]\d+)?")
_CLAUSE_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*)\s*$")


def numbers_in(text: str) -> frozenset[float]:
    """The numeric values written in a clause, after folding full-width digits ("０．２" -> 0.2)."""
    folded = unicodedata.normalize("NFKC", text)
    values = set()
    for token in _NUMBER.findall(folded):
        if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f,]\d{3})+", token):
            token = re.sub(r"[ \u00a0\u202f,]", "", token)
        try:
            values.add(float(token.replace(",", ".")))
        except ValueError:
            continue
    return frozenset(values)


def overlap(a: frozenset, b: frozenset) -> float:
    """Share of the items (numbers, identifiers) two clauses have in common (0 when either has none)."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def same_clause_number(a: str, b: str) -> float:
    """1 when both clause labels are plain dotted numbers ("5.2.1") and equal: identical adoptions keep
    the numbering."""
    ma, mb = _CLAUSE_NUMBER.match(a or ""), _CLAUSE_NUMBER.match(b or "")
    return 1.0 if ma and mb and ma.group(1) == mb.group(1) else 0.0


@dataclass(frozen=True)
class SignalWeights:
    """How much each signal adds to a pair's similarity (cosine scale). Zero switches a signal off."""

    numbers: float = 0.0
    clause_number: float = 0.1
    identifiers: float = 0.2
