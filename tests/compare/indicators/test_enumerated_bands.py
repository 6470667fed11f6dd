"""A band written by its ends on one side and by its points on the other (`enumerated_bands`), with clause pairs
written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.enumerated_bands import lists_the_band
from compare.indicators.verdicts import _scaled, compare_clauses, dimension_of


# '250 Hz～1 000 Hz，均为50 dB' against '250 Hz, 500 Hz and 1 000 Hz, 50 dB each': the band and its listed points state
# the same rows; the band was paired with one point and judged 'different'.
def test_a_band_is_no_partner_of_one_of_its_listed_points():
    result = compare_clauses("63 Hz，40 dB；125 Hz，45 dB；250 Hz～1 000 Hz，均为50 dB。",
                             "63 Hz, 40 dB; 125 Hz, 45 dB; 250 Hz, 500 Hz and 1 000 Hz, 50 dB each.")
    assert result.overall == Verdict.CONSISTENT
    assert not any(p.domestic is not None and p.international is not None and p.domestic.low == 250
                   for p in result.pairs)


def test_the_points_must_hold_both_ends_and_one_between():
    band = next(r for r in extract_indicators("250 Hz～1 000 Hz，均为50 dB。") if r.low == 250)
    listed = extract_indicators("250 Hz, 500 Hz and 1 000 Hz, 50 dB each.")
    two_ends = extract_indicators("250 Hz and 1 000 Hz, 50 dB each.")
    short = extract_indicators("250 Hz, 500 Hz and 800 Hz, 50 dB each.")
    point = next(r for r in listed if r.value == 500)
    assert lists_the_band(band, point, listed, dimension_of, _scaled)
    assert not lists_the_band(band, point, two_ends, dimension_of, _scaled)   # two points only: no list of the band
    assert not lists_the_band(band, point, short, dimension_of, _scaled)      # the upper end is not among the points
    assert not lists_the_band(point, band, listed, dimension_of, _scaled)     # the band must be the range
