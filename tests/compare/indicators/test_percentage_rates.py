"""A percentage per a time: a rate of relative change ('10 % of the initial length per minute', '(15±3)%/min',
'5 % per hour'), read in '%/min', never a plain percentage that would pair with a fraction
(`constructions.percentage_per_time`). Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.indicators.constructions import percentage_per_time
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


@pytest.mark.parametrize("after, per", [
    (" of the initial length per minute", "min"), (" per hour.", "h"), (" of the gauge length per second", "s"),
    (" of the mass", ""), (" of the samples, per batch", ""), (" per cent", ""),
])
def test_the_time_a_percentage_is_per(after: str, per: str) -> None:
    assert percentage_per_time(after) == per


@pytest.mark.parametrize("text, unit", [
    ("拉伸速度为隔距长度的(15±3)%/min。", "%/min"),
    ("The loading rate shall be 15 % ± 3 % of the gauge length per minute.", "%/min"),
    ("The speed of testing is 5 %/h.", "%/h"),
])
def test_the_rate_is_read_per_time(text: str, unit: str) -> None:
    (ind,) = extract(text).indicators
    assert ind.normalized.dimension == extract("速度为5 %/min。").indicators[0].normalized.dimension
    assert ind.unit.replace(" ", "") == unit


def test_a_rate_pairs_across_the_languages() -> None:
    result = compare_clauses("以每分钟拉伸隔距长度15 %的速度进行试验。",
                             "Extend the test piece at 15 % of the gauge length per minute.")
    assert [str(p.verdict) for p in result.pairs] == ["consistent"]
