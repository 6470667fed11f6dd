"""Hybrid signals beside the embedding similarity, each a pure function of two clauses giving 0..1.

Each was measured on the benchmark before it was kept (docs/matching-quality.md, "Hybrid signals, each measured"):
identifiers (compare/terms/identifiers.py) and the clause-number structure are used by alignment; the numbers
agreement is off there (it hurt: counterparts often differ in value on purpose). `match` adds it to its ranking at 0.1
(`Ranking.numbers`, NUMBERS_WEIGHT; 0.05 before the margin's scale became the query side's), where beside the lexical
candidates and the termbase it lifts the standards sets as the store grows (docs/matching-quality.md, "Candidates by
words over the whole side", "Thirteenth round").
"""

from __future__ import annotations

import re
import unicodedata
from operator import itemgetter
from dataclasses import dataclass

from compare.indicators.numbers import SCIENTIFIC, read_number
from compare.terms.lexicon import writes_decimal_comma

# "1 000" and "1,000" are one number, also where a sentence ends after it ("... and 1 000.") or a decimal part
# follows ("1 000.5"); "1,5" (decimal comma) is read as 1.5.
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:[.,]\d+)?")
# ... in a text that writes its decimals with a comma (compare.terms.lexicon.writes_decimal_comma), only a space
# groups thousands: "1,150 mm" beside "0,550 mm" is 1.15 mm, "2 483,5 MHz" 2483.5
_NUMBER_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?:\.\d+)?")
_SPACES = re.compile(r"[ \u00a0\u202f]")
_CLAUSE_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*)\s*$")


# A power of ten written with superscripts ("10¹¹", "10⁻³"): NFKC alone makes "1011" of it.
_SUPERSCRIPT_POWER = re.compile(r"(?<![\d.,])10([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_SHOWN = str.maketrans("⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "+-0123456789")
_POWER = re.compile(SCIENTIFIC)
_EXPONENT = re.compile(r"\d[eE][-+]?\d")


def numbers_in(text: str, powers: bool = True) -> frozenset[float]:
    """The numeric values written in a clause, after folding full-width digits ("０．２" -> 0.2). A number written
    with a power of ten is one value however the power is written ("6,0 × 10¹¹", "6.0×10^11" -> 6e11; the number
    grammar of compare.indicators.numbers). `powers=False` reads them as before 2026-12-04 ("10¹¹" -> 1011,
    "10^11" -> 10 and 11), as the growth benchmark's answer key was first built."""
    if powers:
        text = _SUPERSCRIPT_POWER.sub(lambda m: "10^" + m.group(1).translate(_SHOWN), text)
    # a full-width comma separates the items of a list ("56，63，71，…，400"; "3 520，29"): NFKC would make it a comma
    # that groups thousands or marks decimals, so it becomes an ideographic comma, which does neither
    folded = unicodedata.normalize("NFKC", text.replace("，", "、"))
    values = set()
    if powers and ("10^" in folded or _EXPONENT.search(folded)):
        values.update(read_number(found.group()) for found in _POWER.finditer(folded))
        folded = _POWER.sub(" ", folded)
    decimal_comma = writes_decimal_comma(folded)
    for token in (_NUMBER_DECIMAL_COMMA if decimal_comma else _NUMBER).findall(folded):
        if decimal_comma:
            token = _SPACES.sub("", token)  # only spaces group thousands there; a comma left is the decimal one
        elif _GROUPED.fullmatch(token):
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


def fuse_numbers(text: str, hits: list[tuple[int, float]], texts: dict[int, str],
                 weight: float) -> list[tuple[int, float]]:
    """`hits` re-ordered by (similarity + weight x the share of numbers the query and each candidate both carry)
    / (1 + weight); `texts` gives each candidate's text by id. Unchanged when the query carries no number."""
    query = numbers_in(text)
    if not query or not weight:
        return hits
    fused = [(cid, (sim + weight * overlap(query, numbers_in(texts.get(cid, "")))) / (1 + weight))
             for cid, sim in hits]
    return sorted(fused, key=lambda item: -item[1])


def fuse_numbers_many(queries: list[str], ranked: list[list[tuple[int, float]]], numbers_of,
                      weight: float) -> list[list[tuple[int, float]]]:
    """`fuse_numbers` of each query with its own shortlist; `numbers_of(ids)` gives candidates' numbers by id
    (`numbers_in` of their texts; asked once, and only when a query carries a number)."""
    numbered = [numbers_in(text) if weight else frozenset() for text in queries]
    wanted = {cid for query, hits in zip(numbered, ranked) if query for cid, _ in hits}
    if not wanted:
        return ranked
    numbers = numbers_of(wanted)
    out = []
    for query, hits in zip(numbered, ranked):
        if query:
            # `overlap` written out: a list's rows fuse hundreds of thousands of candidates
            size, fused = len(query), []
            for cid, sim in hits:
                carried = numbers.get(cid)
                shared = len(query & carried) / max(size, len(carried)) if carried else 0.0
                fused.append((cid, (sim + weight * shared) / (1 + weight)))
            fused.sort(key=itemgetter(1), reverse=True)  # stable, as sorting by the negated value
            hits = fused
        out.append(hits)
    return out


def same_clause_number(a: str, b: str) -> float:
    """1 when both clause labels are plain dotted numbers ("5.2.1") and equal: identical adoptions keep
    the numbering."""
    ma, mb = _CLAUSE_NUMBER.match(a or ""), _CLAUSE_NUMBER.match(b or "")
    return 1.0 if ma and mb and ma.group(1) == mb.group(1) else 0.0


def plain_clause_number(label: str) -> str:
    """The label when it is a plain dotted number ("5.2.1"), else ''."""
    match = _CLAUSE_NUMBER.match(label or "")
    return match.group(1) if match else ""


_ANCHOR_TABLE = re.compile(r"^(?:表|Table)\s*([A-Z]?\.?\d+)\s*(?:第\s*(\d+)\s*行|row\s*(\d+))?$", re.I)
_ANCHOR_ANNEX = re.compile(r"^(?:附\s*录|Annex)\s*([A-Z])$", re.I)
_ANCHOR_NOTE = re.compile(r"^(.+?)\s*(?:注|NOTE)\s*(\d*)$")
_ANCHOR_CLAUSE = re.compile(r"^((?:[A-Z]\.)?\d+(?:\.\d+)*)$")


def clause_anchor(label: str) -> str:
    """A language-neutral key for a clause label, equal for counterparts in an identical or modified adoption:
    "5.2.1" and "A.1" as written, "表1 第3行" and "Table 1 row 3" -> "T1/3", "附录A" and "Annex A" -> "annex A",
    "4.5 注2" and "4.5 NOTE 2" -> "4.5/N2"; '' for anything else."""
    text = unicodedata.normalize("NFKC", label or "").strip()
    if match := _ANCHOR_CLAUSE.match(text):
        return match.group(1)
    if match := _ANCHOR_TABLE.match(text):
        row = match.group(2) or match.group(3)
        return f"T{match.group(1)}" + (f"/{row}" if row else "")
    if match := _ANCHOR_ANNEX.match(text):
        return f"annex {match.group(1).upper()}"
    if match := _ANCHOR_NOTE.match(text):
        parent = clause_anchor(match.group(1))
        return f"{parent}/N{match.group(2) or 1}" if parent else ""
    return ""


@dataclass(frozen=True)
class SignalWeights:
    """How much each signal adds to a pair's similarity (cosine scale). Zero switches a signal off."""

    numbers: float = 0.0
    clause_number: float = 0.1
    identifiers: float = 0.2
