"""A degree suggested from the clauses, for links whose degree no catalogue states.

When both standards of a suggested link have their clauses in the store, the share of clauses on each side that
have a close counterpart on the other hints at the degree: nearly all, both ways, looks identical; most looks
modified; few looks not equivalent. It is a hint for the reviewer, shown beside the link and never counted in the
rate, which counts declared degrees only. The cut-offs are plain defaults, not calibrated on real standards.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from compare.adoption.rate import AdoptionResult, Outcome
from compare.adoption.links import UNKNOWN, Link
from compare.terms.adoption_notes import IDT, MOD, NEQ
from compare.adoption.catalogue import Entry
from compare.core.errors import NotFoundError
from compare.store.store import Store

CLOSE = 0.70          # cosine at which two clauses count as counterparts (see tests: pairs 0.72-0.87)
IDENTICAL_SHARE = 0.9
MODIFIED_SHARE = 0.6


@dataclass(frozen=True)
class ClauseEvidence:
    """How much of each standard has a close counterpart in the other, and the degree that suggests."""

    degree: str
    domestic_share: float
    international_share: float
    domestic_clauses: int
    international_clauses: int

    def describe(self) -> str:
        return (f"clause comparison suggests {self.degree}: {self.domestic_share:.0%} of {self.domestic_clauses} "
                f"domestic and {self.international_share:.0%} of {self.international_clauses} international clauses "
                f"have a counterpart (cosine ≥ {CLOSE})")


def compare_clause_sets(domestic: np.ndarray, international: np.ndarray, close: float = CLOSE) -> ClauseEvidence:
    """Suggest a degree from two sets of unit clause vectors (rows)."""
    sims = np.asarray(domestic, np.float32) @ np.asarray(international, np.float32).T
    dom = float(np.mean(sims.max(axis=1) >= close))
    intl = float(np.mean(sims.max(axis=0) >= close))
    weaker = min(dom, intl)
    degree = IDT if weaker >= IDENTICAL_SHARE else MOD if weaker >= MODIFIED_SHARE else NEQ
    return ClauseEvidence(degree, dom, intl, len(domestic), len(international))


def suggest_degrees(result: AdoptionResult, vectors_of: Callable[[Entry], np.ndarray | None]) -> AdoptionResult:
    """Add clause evidence to every link whose degree is 'to confirm' and whose two standards have clauses.

    `vectors_of` returns an entry's clause vectors, or None when the store does not hold it.
    """
    cache: dict[str, np.ndarray | None] = {}

    def vectors(entry: Entry) -> np.ndarray | None:
        if entry.label not in cache:
            cache[entry.label] = vectors_of(entry)
        return cache[entry.label]

    outcomes = []
    for outcome in result.outcomes:
        links = tuple(_with_evidence(link, outcome, vectors) for link in outcome.links)
        outcomes.append(replace(outcome, links=links))
    return replace(result, outcomes=tuple(outcomes))


def _with_evidence(link: Link, outcome: Outcome, vectors) -> Link:
    if link.degree != UNKNOWN:
        return link
    domestic, international = vectors(link.domestic), vectors(outcome.standard)
    if domestic is None or international is None or not len(domestic) or not len(international):
        return link
    evidence = compare_clause_sets(domestic, international)
    return replace(link, suggested=evidence.degree, evidence=f"{link.evidence}; {evidence.describe()}")


def store_vectors(store: Store) -> Callable[[Entry], np.ndarray | None]:
    """Look a catalogue entry up in the store under the spellings a user may have ingested it with."""

    def lookup(entry: Entry) -> np.ndarray | None:
        for number in dict.fromkeys([entry.label, entry.raw_number]):
            try:
                clauses = store.standard_clauses(number)
            except NotFoundError:
                continue
            return store.vectors([c.id for c in clauses])
        return None

    return lookup
