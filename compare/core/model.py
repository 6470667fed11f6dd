"""The data model: frozen dataclasses that flow between readers, the store, matching and writers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from compare.core.vocabulary import Verdict


@dataclass(frozen=True)
class InputRow:
    """One row of a user's file. `row` counts data rows from 1; `line` is where it sits in the file
    (spreadsheet row or text line) for messages. `original` keeps every cell as read, in column order."""

    row: int
    line: int
    text: str
    standard: str = ""
    clause: str = ""
    title: str = ""
    lang: str = ""
    original: dict[str, Any] = field(default_factory=dict, compare=False)
    note: str = ""  # what the reader changed, e.g. a cell cut to the length cap (compare.core.policy)
    skip: str = ""  # why the row is no clause to match ('total row': its text is then ''), '' for a clause


@dataclass(frozen=True)
class Clause:
    """A clause held in the store."""

    id: int
    standard: str
    clause: str
    text: str
    lang: str
    side: str
    title: str = ""
    body: str = ""


class Judgement(Protocol):
    """What the model needs of an indicator comparison (compare.indicators.verdicts.ClauseComparison): the
    overall verdict (compare.core.vocabulary.NO_VERDICT when nothing was compared), a 0-100 consistency score,
    and a JSON form."""

    @property
    def overall(self) -> Verdict | str: ...

    @property
    def score(self) -> float | None: ...  # None when no indicator was read on either side (NO_VERDICT)

    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Candidate:
    """A counterpart found for a query. `score` is 0-100 (see README, "What a score means")."""

    clause: Clause
    score: float
    similarity: float
    confirmed: bool = False  # a reviewer confirmed this pair (see `stdcompare review`)
    # a whole standard the query is stated to adopt (compare.matching.titles): the degree written (IDT, MOD, NEQ;
    # '' when none is) and where the statement was read ('the list's column 采标情况', 'catalogue X', ...)
    degree: str = ""
    stated_in: str = ""
    # The indicator comparison (compare.indicators.verdicts.ClauseComparison) once attach_comparisons has run.
    comparison: Judgement | None = field(default=None, compare=False)


@dataclass(frozen=True)
class MatchResult:
    """The counterparts found for one input row, best first."""

    row: InputRow
    lang: str
    target_side: str
    matches: tuple[Candidate, ...]
    note: str = ""

    def counterpart(self, threshold: float) -> Candidate | None:
        """The row's counterpart as the workbook names it: the best match when a reviewer confirmed it or it
        scores at least `threshold`; None when the row has no counterpart ("no counterpart found"). A confirmed
        pair is never hidden by the threshold: the reviewer's decision stands whatever the score."""
        best = self.matches[0] if self.matches else None
        if best is None or not (best.confirmed or best.score >= threshold):
            return None
        return best


def query_key(standard: str, clause: str, text: str) -> str:
    """How a reviewed decision finds its query again: by standard and clause when both are known, else by text."""
    if standard.strip() and clause.strip():
        return f"clause:{standard.strip()}|{clause.strip()}"
    return "text:" + " ".join(text.split())


def standard_key(standard: str, title: str) -> str:
    """How a reviewed decision on a whole standard (a row of a list of standards, matched on titles) finds its
    query again: by its number, keeping its title for the pair's export (compare.io.pairs)."""
    return f"standard:{standard.strip()}|{' '.join(title.split())}"


def parse_query_key(key: str) -> tuple[str, str, str]:
    """The (standard, clause, text) a `query_key` or `standard_key` was made from; what the key does not keep is
    ''. A whole standard has no clause and its title as text."""
    if key.startswith("clause:"):
        standard, _, clause = key[len("clause:"):].partition("|")
        return standard, clause, ""
    if key.startswith("standard:"):
        standard, _, title = key[len("standard:"):].partition("|")
        return standard, "", title
    return "", "", key[len("text:"):]


def similarity_to_score(similarity: float) -> float:
    """Map cosine similarity of unit vectors to the 0-100 score users see: 100 x cosine, floored at 0."""
    return round(max(0.0, min(1.0, float(similarity))) * 100.0, 1)
