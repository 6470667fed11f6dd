"""The call sites of work other modules provide: indicator comparison, the result workbook, adoption figures.

They are kept here, in one place, so each is switched on as the module providing it lands: the indicator
comparison is used as soon as `compare.consistency.compare_clauses` exists; a job's result is written by
`compare.writers.write_matches` until the reviewed workbook of `compare.workbook` (issue 4, still in progress)
is finished: then `write_job_output` calls `write_result_workbook` instead; store-wide adoption figures come
from `compare.adoption` if it ever provides `adoption_summary(store)` (today adoption is computed from uploaded
catalogues, by POST /v1/adoption).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from compare.model import MatchResult, similarity_to_score
from compare.writers import write_matches

try:  # issue 3: indicator comparison
    from compare.consistency import compare_clauses
except ImportError:  # not merged yet
    compare_clauses = None

try:  # a store-wide adoption roll-up
    from compare.adoption import adoption_summary
except ImportError:
    adoption_summary = None

NO_INDICATORS = "indicator comparison is not installed in this build; only the similarity score is given"


def indicators_available() -> bool:
    return compare_clauses is not None


def compare_pair(domestic: str, international: str, encoder) -> dict[str, Any]:
    """Similarity score of two clauses and, when available, their indicator comparison (verdicts)."""
    vectors = encoder.encode([domestic, international], role="document")
    score = similarity_to_score(float(np.dot(vectors[0], vectors[1])))
    if compare_clauses is None:
        return {"score": score, "verdict": None, "indicators": None, "comparison": None, "note": NO_INDICATORS}
    comparison = compare_clauses(domestic, international, encoder=encoder).to_dict()
    return {"score": score, "verdict": comparison.get("overall"), "indicators": comparison.get("indicators"),
            "comparison": comparison, "note": ""}


def write_job_output(results: Iterable[MatchResult], path: Path, *, headers: list[str],
                     on_row: Callable[[MatchResult], None], encoder, store: str = "", source: str = "") -> int:
    """Write a job's result workbook; returns the rows written. `encoder`, `store` and `source` are what the
    reviewed workbook records on its Summary sheet once it replaces the plain table."""
    return write_matches(results, path, headers=headers, on_row=on_row)


def adoption_figures(store) -> dict[str, Any] | None:
    """Adoption figures against the Outline's 85 % target, when the adoption module is installed."""
    return adoption_summary(store) if adoption_summary is not None else None
