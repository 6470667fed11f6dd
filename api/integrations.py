"""The call sites of work other modules provide: indicator comparison, the result workbook, adoption figures.

They are kept here, in one place, so each is switched on as the module providing it lands: the indicator
comparison is used as soon as `compare.consistency.compare_clauses` exists (by /v1/compare, searches with
compare=true, statistics, and the job workbooks); a job's result is the reviewed workbook that
`compare.writers.write_matches` writes for .xlsx; store-wide adoption figures come from `compare.adoption` if it
ever provides `adoption_summary(store)` (today adoption is computed from uploaded catalogues, POST /v1/adoption).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from compare.model import MatchResult, similarity_to_score
from compare.workbook import WorkbookInfo
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


def workbook_comparison(encoder) -> Callable[[str, str], dict] | None:
    """The indicator comparison the result workbook applies to each row, when indicator comparison exists."""
    if compare_clauses is None:
        return None

    def compare(domestic: str, international: str) -> dict:
        return compare_clauses(domestic, international, encoder=encoder).to_dict()

    return compare


def write_job_output(results: Iterable[MatchResult], path: Path, *, headers: list[str],
                     on_row: Callable[[MatchResult], None], encoder, store: str, source: str,
                     threshold: float) -> int:
    """Write a job's result workbook (the reviewed workbook officials fill in); returns the rows written."""
    info = WorkbookInfo(store=store, model=encoder.name, source=source, threshold=threshold)
    return write_matches(results, path, headers=headers, on_row=on_row, workbook_info=info,
                         compare=workbook_comparison(encoder))


def adoption_figures(store) -> dict[str, Any] | None:
    """Adoption figures against the Outline's 85 % target, when the adoption module is installed."""
    return adoption_summary(store) if adoption_summary is not None else None
