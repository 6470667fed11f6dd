"""Identifiers a clause names, in either language: the concepts of the termbase (compare/terms/termbase.py: chemicals,
contaminants, foods ...) and codes with digits (NO3, B1, IT7, H7, g6). Sentence encoders blur short names
("氟化物" lands nearer to "nitrite" than to "fluoride"); exact identifiers do not."""

from __future__ import annotations

import re
import unicodedata

from compare.terms.termbase import Termbase

_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,3}\d{1,3}[A-Za-z]?)(?![A-Za-z0-9])")


def identifiers_in(text: str, termbase: Termbase | None) -> frozenset[str]:
    """The identifiers a clause names: termbase concepts (those for matching only included), and codes
    (lower-cased)."""
    folded = unicodedata.normalize("NFKC", text)
    codes = frozenset(code.lower() for code in _CODE.findall(folded))
    return codes | (termbase.matching.concepts_in(text) if termbase is not None else frozenset())
