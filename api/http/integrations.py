"""Where the API uses the indicator comparison and the job workbook, kept in one place.

The job workbook is the reviewed result workbook that `compare.io.writers.write_matches` writes for .xlsx, with
the best match's indicator comparison, as `stdcompare match` writes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from compare.indicators.verdicts import compare_clauses, comparison_function
from compare.matching.lists import attach_comparisons
from compare.core.model import MatchResult, similarity_to_score
from compare.indicators.rollup import roll_up
from compare.io.workbook import WorkbookInfo
from compare.io.writers import write_matches

def compare_pair(domestic: str, international: str, encoder) -> dict[str, Any]:
    """The indicator comparison of two clauses (the JSON of `stdcompare compare --json`) and their similarity."""
    vectors = encoder.encode([domestic, international], role="document")
    similarity = similarity_to_score(float(np.dot(vectors[0], vectors[1])))
    return {**compare_clauses(domestic, international, encoder=encoder).to_dict(), "similarity": similarity}


def consistency_of(pairs: Iterable[tuple[str, str]], encoder) -> dict[str, Any]:
    """Indicator verdicts added up over (domestic, international) clause pairs, with the share of indicators
    at the international level (consistent or stricter) and a suggested degree of correspondence."""
    return roll_up(compare_clauses(d, i, encoder=encoder) for d, i in pairs).to_dict()


def write_job_output(results: Iterable[MatchResult], path: Path, *, headers: list[str],
                     on_row: Callable[[MatchResult], None], encoder, store: str, source: str,
                     threshold: float) -> int:
    """Write a job's result workbook (the reviewed workbook officials fill in); returns the rows written."""
    info = WorkbookInfo(store=store, model=encoder.name, source=source, threshold=threshold)
    # the workbook judges each row against its best match only, as `stdcompare match` does
    return write_matches(attach_comparisons(results, encoder, first=1), path, headers=headers, on_row=on_row,
                         workbook_info=info, compare=comparison_function(encoder), verdicts=True)
