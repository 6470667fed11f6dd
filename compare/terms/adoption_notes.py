"""Adoption notes as catalogues write them, parsed into a degree of correspondence and the standards adopted.

A domestic catalogue says which international standard a national standard adopts, and how closely, in many
spellings: "IDT ISO 19113:2002", "ISO/IEC 27001:2022, IDT", "(ISO 780:1997, MOD)", "等同采用 ISO 712:2009",
"修改采用", "非等效采用", "NEQ", "idt". The degrees are those of GB/T 1.2-2020 after ISO/IEC Guide 21-1:
IDT (identical), MOD (modified), NEQ (not equivalent). Notes written before 2001 use "eqv" (等效采用) and
"ref" (参照采用); they are read as MOD and NEQ, and the reading is recorded so the report can show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compare.terms.stdnumber import StandardNumber, find_number_spans, fold

IDT, MOD, NEQ = "IDT", "MOD", "NEQ"
DEGREES = (IDT, MOD, NEQ)
# Adoption in the sense of the Outline's rate: identical or modified (GB/T 1.2-2020; ISO/IEC Guide 21-1).
ADOPTING_DEGREES = frozenset({IDT, MOD})

_EQV = "historic degree 'eqv' (等效采用, before GB/T 20000.2-2001) read as MOD"
_REF = "historic degree 'ref' (参照采用) read as NEQ"
# degree -> (Latin words, Chinese words, remark for a historic term); Chinese needs no word boundaries.
_WORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...] = (
    (IDT, ("IDT", "identical(?:ly)?"), ("等同采用", "等同"), ""),
    (MOD, ("MOD", "modified"), ("修改采用", "修改(?!单)"), ""),
    (NEQ, ("NEQ", r"not\s+equivalent"), ("非等效采用", "非等效"), ""),
    (MOD, ("EQV",), ("(?<!非)等效采用", "(?<!非)等效"), _EQV),
    (NEQ, ("REF",), ("参照采用",), _REF),
)
_DEGREE_RE = [(re.compile("|".join([rf"(?<![A-Za-z]){w}(?![A-Za-z])" for w in latin] + list(chinese)), re.I),
               degree, remark) for degree, latin, chinese, remark in _WORDS]
_NOTHING = {"", "无", "none", "n/a", "na", "-", "/", "—", "否", "not adopted", "未采用"}
_SEGMENT_BREAK = re.compile(r"[;；\n]")


@dataclass(frozen=True)
class Reference:
    """One international standard named in a note, with the degree written beside it (None if none was)."""

    number: StandardNumber
    degree: str | None


@dataclass(frozen=True)
class AdoptionNote:
    """A parsed adoption note.

    raw: the note exactly as written (kept for the report).
    degree: the single degree the note states, or None (no degree, or conflicting degrees).
    references: the international standards named, each with its own degree.
    problem: why the note could not be fully read; '' when it could.
    remarks: readings worth showing (a historic term read as a current degree).
    """

    raw: str
    degree: str | None = None
    references: tuple[Reference, ...] = ()
    problem: str = ""
    remarks: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.raw.strip() or fold(self.raw).strip().lower() in _NOTHING

    @property
    def is_readable(self) -> bool:
        """True when the note gave a degree or a standard number, i.e. was not kept only verbatim."""
        return bool(self.degree or self.references)


def parse_note(text: str | None) -> AdoptionNote:
    """Read an adoption note; never raises. A note with neither a degree nor a number keeps `raw` and a `problem`.

    >>> parse_note("等同采用 ISO 712:2009").references[0].degree
    'IDT'
    """
    raw = (text or "").strip()
    folded = fold(raw)
    if folded.strip().lower() in _NOTHING:
        return AdoptionNote(raw=raw)
    tokens = _degree_tokens(folded)
    numbers = [(start, end, n) for start, end, n in find_number_spans(folded) if n.is_international]
    breaks = [m.start() for m in _SEGMENT_BREAK.finditer(folded)]
    stated = {d for _, d, _ in tokens}
    sole = next(iter(stated)) if len(stated) == 1 else None
    references = tuple(Reference(n, _degree_for(start, end, tokens, breaks, sole)) for start, end, n in numbers)
    remarks = tuple(dict.fromkeys(r for _, _, r in tokens if r))
    degrees = {r.degree for r in references} if references else stated
    degree = next(iter(degrees)) if len(degrees) == 1 else None
    problem = ""
    if not tokens and not numbers:
        problem = "no degree (IDT/MOD/NEQ, 等同/修改/非等效采用) and no international standard number found"
    elif not tokens:
        problem = "no degree of correspondence stated (IDT, MOD or NEQ)"
    elif degree is None and not references:
        problem = f"conflicting degrees ({', '.join(sorted(stated))}) and no standard number to pair them with"
    elif any(r.degree is None for r in references):
        problem = "a referenced standard has no degree beside it"
    return AdoptionNote(raw=raw, degree=degree, references=references, problem=problem, remarks=remarks)


def _degree_tokens(folded: str) -> list[tuple[int, str, str]]:
    """(position, degree, remark) for every degree word, without double-counting '等同采用' as '等同' too."""
    taken: list[tuple[int, int]] = []
    tokens = []
    for pattern, degree, remark in _DEGREE_RE:
        for match in pattern.finditer(folded):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            tokens.append((match.start(), degree, remark))
    return sorted(tokens)


def _degree_for(start: int, end: int, tokens, breaks: list[int], sole: str | None) -> str | None:
    """The degree that belongs to the number at [start, end): the nearest one in its own segment of the note.

    Segments are separated by ';' or a new line, so "ISO 1:2000 IDT; ISO 2:2001 MOD" pairs each number with its
    own degree; a note with one degree gives it to every number ("MOD ISO 286-1:2010, ISO 286-2:2010").
    """
    low = max([b for b in breaks if b <= start], default=-1)
    high = min([b for b in breaks if b >= end], default=10**9)
    near = [(min(abs(p - start), abs(p - end)), d) for p, d, _ in tokens if low < p < high]
    if near:
        return min(near)[1]
    return sole
