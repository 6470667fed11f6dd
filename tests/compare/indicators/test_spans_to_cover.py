"""Ranges a thing must cover (measuring, scale, operating, swept ranges) are other spans when they differ, never a
narrower or wider limit; ranges a value must stay in are judged by their ends as before
(compare.indicators.coverage_ranges)."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Verdict
from compare.indicators.coverage_ranges import range_to_cover, words_before_value
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def _only_pair(domestic: str, international: str):
    result = compare_clauses(domestic, international)
    ranged = [p for p in result.pairs if p.domestic is not None and p.international is not None
              and p.domestic.comparator == "range" and p.international.comparator == "range"]
    assert len(ranged) == 1, result.pairs
    return ranged[0]


@pytest.mark.parametrize("domestic, international", [
    ("湿度计的测量范围为10 %～90 %。", "The measuring range of the hygrometer shall be 20 % to 90 %."),
    ("控制器的工作温度范围为−25 ℃～+55 ℃。", "The controller shall operate within the temperature range −40 °C to +70 °C."),
    ("温度计的测量范围为−10 ℃～110 ℃。", "The scale shall cover at least the range 0 °C to 100 °C."),
    ("天平的称量范围为0 g～200 g。", "The weighing range of the balance shall be 0 g to 220 g."),
    ("信号发生器应在150 kHz～80 MHz内施加3 V的试验电平。",
     "A test level of 3 V shall be applied over the frequency range 150 kHz to 230 MHz."),
])
def test_spans_to_cover_that_differ_are_different(domestic, international):
    pair = _only_pair(domestic, international)
    assert pair.verdict == Verdict.DIFFERENT
    assert "span to cover" in pair.reason


def test_the_same_span_stays_consistent():
    pair = _only_pair("湿度计的测量范围为10 %～90 %。", "The measuring range of the hygrometer shall be 10 % to 90 %.")
    assert pair.verdict == Verdict.CONSISTENT


@pytest.mark.parametrize("domestic, international, verdict", [
    ("样品贮存温度为2 ℃～8 ℃。", "Samples shall be stored at 2 °C to 10 °C.", Verdict.STRICTER),
    ("出水pH值应为6.5～8.5。", "The pH of the treated water shall be 6.0 to 9.0.", Verdict.STRICTER),
    ("试验室温度应为15 ℃～35 ℃。", "The laboratory temperature shall be 18 °C to 28 °C.", Verdict.LOOSER),
])
def test_ranges_a_value_stays_in_are_judged_by_their_ends(domestic, international, verdict):
    assert _only_pair(domestic, international).verdict == verdict


@pytest.mark.parametrize("text, covered", [
    ("压力传感器的测量范围为500 hPa～1 100 hPa。", True),
    ("Measurement range: 500 hPa to 1 080 hPa.", True),
    ("The unit shall be capable of operation within the temperature range −20 °C to +50 °C.", True),
    ("Operating temperature range: −20 °C to +50 °C.", True),
    ("The tensile strength shall be 370 MPa to 500 MPa.", False),
    ("贮存温度为2 ℃～8 ℃。", False),
])
def test_range_to_cover_reads_the_words_before_the_value(text, covered):
    readings = [ind for ind in extract(text).indicators if ind.comparator == "range"]
    assert len(readings) == 1
    assert range_to_cover(readings[0]) is covered


def test_words_before_value_stop_at_the_first_number():
    assert words_before_value("测量范围为500 hPa～1 100 hPa") == "测量范围为"
    assert words_before_value("no number here") == "no number here"
    assert words_before_value("") == ""
