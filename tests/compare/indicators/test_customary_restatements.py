"""A limit written in an inch-pound unit and restated in brackets in a metric unit ('39 inches (990 mm)') is compared,
and shown in its pair, by the restatement when the other clause writes a metric unit (compare.indicators.verdicts,
`restatements_compared`, `as_compared`). The texts are written for these tests."""

from __future__ import annotations

from compare.indicators.verdicts import compare_clauses


def _pairs(domestic: str, international: str) -> list[tuple[str, float | None, str]]:
    """(verdict, international value, international unit) of each pair with both sides."""
    return [(str(p.verdict), p.international.value, p.international.unit)
            for p in compare_clauses(domestic, international).pairs if p.domestic and p.international]


def test_an_inch_pound_limit_is_compared_by_its_metric_restatement():
    # 39 inches is 990.6 mm, within the rounding of '1.00 m' read from inches; the standard's own 990 mm is not
    assert _pairs("护栏高度不应小于1.00 m。",
                  "Guard rails shall be at least 39 inches (990 mm) high.") == [("stricter", 990.0, "mm")]
    assert _pairs("软管长度不应大于15 m。",
                  "The hose length shall not exceed 50 feet (15 m).") == [("consistent", 15.0, "m")]
    assert _pairs("排风口风速不应小于0.40 m/s。",
                  "The exhaust face velocity shall be at least 80 ft/min (0.41 m/s).") == [("looser", 0.41, "m/s")]


def test_the_limit_stays_as_written_when_no_metric_restatement_is_wanted():
    # the other clause writes inches too: nothing to convert
    assert _pairs("Guard rails shall be at least 42 inches high.",
                  "Guard rails shall be at least 39 inches (990 mm) high.") == [("stricter", 39.0, "inches")]
    # a metric limit restated in inches is shown in its metric unit
    (pair,) = compare_clauses("护栏高度不应小于1.00 m。", "Guard rails shall be at least 990 mm (39 in) high.").pairs
    assert (pair.international.value, pair.international.unit) == (990.0, "mm")
    # kcal and kJ: nutrition standards write both; the pair shows each side as written
    assert _pairs("糖含量不应大于0.12 g/100 kJ。",
                  "Sugars: not more than 0,5 g/100 kcal (0,12 g/100 kJ).") == [("consistent", 0.5, "g/100 kcal")]
    # and the inch-pound side is shown in the metric unit the other clause writes
    assert _pairs("门洞净宽不应小于0.80 m。",
                  "Door openings shall provide a clear width of 32 inches (815 mm) minimum.") == \
        [("looser", 815.0, "mm")]
