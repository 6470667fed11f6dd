"""`align` of the Chinese document with the English one puts the right counterpart first for at least 98 % of
clauses, in every format; the declared MOD adoption makes clause numbers anchors."""

from __future__ import annotations

import pytest

from compare.matching.align import align_documents, alignment_results
from compare.matching.align_inputs import load_document
from compare.matching.signals import clause_anchor
from tests.compare.documents.corpus import counterpart_number


def right_share(results) -> tuple[float, list]:
    judged, right, wrong = 0, 0, []
    for result in results:
        expected = counterpart_number(result.row.clause)
        if result.row.clause in ("前言", "引言"):
            expected = {"前言": "Foreword", "引言": "Introduction"}[result.row.clause]
        if expected is None:
            continue
        judged += 1
        first = result.matches[0].clause.clause if result.matches else None
        if first is not None and clause_anchor(first) == clause_anchor(expected) and (
                clause_anchor(first) or first == expected):
            right += 1
        else:
            wrong.append((result.row.clause, expected, first))
    return right / judged, wrong


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx", "docx-word-numbering", "xml"])
def test_align_puts_the_right_counterpart_first(documents, encoder, fmt):
    dom = load_document(str(documents["zh", fmt]), "domestic", encoder)
    intl = load_document(str(documents["en", fmt]), "international", encoder)
    assert dom.degree == "MOD" and intl.degree is None
    alignment = align_documents(dom, intl, encoder)
    share, wrong = right_share(alignment_results(dom, intl, alignment))
    assert share >= 0.98, wrong
    assert alignment.ordered


@pytest.mark.slow
def test_align_across_formats(documents, encoder):
    """The Chinese text PDF against the English STS XML (what an official holds: a GB PDF and ISO's XML)."""
    dom = load_document(str(documents["zh", "pdf"]), "domestic", encoder)
    intl = load_document(str(documents["en", "xml"]), "international", encoder)
    share, wrong = right_share(alignment_results(dom, intl, align_documents(dom, intl, encoder)))
    assert share >= 0.98, wrong
