"""Two crossed pairs whose names state one concept only are told apart by their values (`one_concept_crossings`,
fixpair40), with a clause pair written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.one_concept_crossings import one_concept_only
from compare.indicators.verdicts import compare_clauses


def _side(ind):
    if ind is None:
        return None
    return (ind.low, ind.high) if ind.comparator == Comparator.RANGE else ind.value


# Each band with its centre frequency in brackets: the Chinese second band takes the name '中心频率' of the bracket
# before it, the English later centres only 'centre'; the first band must face the first band, the second centre
# the second centre (before the rule, each faced the other, held as 'frequency' against 'frequency').
def test_bands_and_centres_of_one_concept_are_told_apart_by_their_values():
    result = compare_clauses(
        "ISM频段：6 765 kHz～6 795 kHz（中心频率6 780 kHz）；433.05 MHz～434.79 MHz（中心频率433.92 MHz）。",
        "frequency range 6 765 kHz – 6 795 kHz (centre frequency 6 780 kHz); 433,05 MHz – 434,79 MHz "
        "(centre 433,92 MHz).")
    got = sorted((repr((_side(p.domestic), _side(p.international))), p.verdict) for p in result.pairs)
    assert got == sorted([
        (repr(((6765.0, 6795.0), (6765.0, 6795.0))), Verdict.CONSISTENT),
        (repr((6780.0, 6780.0)), Verdict.CONSISTENT),
        (repr(((433.05, 434.79), (433.05, 434.79))), Verdict.CONSISTENT),
        (repr((433.92, 433.92)), Verdict.CONSISTENT)])
    assert result.overall == Verdict.CONSISTENT


def test_one_concept_only():
    assert one_concept_only(("frequency", None, "frequency", None))
    assert one_concept_only(("frequency", "frequency", "frequency", "frequency"))
    assert one_concept_only(("frequency", "", None, None))
    # two concepts: the names tell the pairs apart, the pair named alike is held as before
    assert not one_concept_only(("frequency", "frequency", "voltage", None))
    # no concept at all: nothing held by a name
    assert not one_concept_only((None, None, "", None))
